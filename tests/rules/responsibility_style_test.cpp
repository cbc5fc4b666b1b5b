#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::responsibilityStyleRule(); }

std::string page(const std::vector<std::string>& tasks) {
  std::string text =
      "Medical Assistants\nPerform clinical duties.\n\xF0\x9F\x93\x8B"
      "Key Responsibilities\n";
  for (const std::string& task : tasks) text += "- \xE2\x80\xA2" + task + "\n";
  return text;
}

TEST(ResponsibilityStyle, TheSeedsOnetTasksAreInStyle) {
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
}

TEST(ResponsibilityStyle, AnInflectedVerbIsReportedAndFixedToThePlainVerb) {
  const std::string text = page({"Managing patient records.", "Schedules appointments.",
                                 "Carried supplies to rooms.", "Record vital signs."});
  const auto findings = testing::runRuleOnPage(rule(), text);
  EXPECT_THAT(positions(findings),
              ElementsAre("4:4 inflectedVerb", "5:4 inflectedVerb", "6:4 inflectedVerb"));
  EXPECT_EQ(findings[0].message,
            "tasks[0]: starts with \"Managing\"; a task is an instruction that starts with the "
            "plain verb: \"Manage …\"");
  EXPECT_EQ(findings[0].span.end.column, 12u);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(testing::applyFixes(text, findings),
            page({"Manage patient records.", "Schedule appointments.", "Carry supplies to rooms.",
                  "Record vital signs."}));
}

TEST(ResponsibilityStyle, ClearNonVerbsAreReportedButAnUnknownWordGetsTheBenefitOfTheDoubt) {
  const auto findings = testing::runRuleOnPage(
      rule(), page({"The assistant records vital signs.", "Responsible for billing and coding.",
                    "Documentation of visits.", "QA the lab results daily.",
                    "Wrangle cables behind the front desk.", "[Specific deliverable] review."}));
  EXPECT_THAT(positions(findings),
              ElementsAre("4:4 notAVerb", "5:4 notAVerb", "6:4 notAVerb", "7:4 notAVerb"));
  EXPECT_EQ(findings[1].message,
            "tasks[1]: starts with \"Responsible\", not a verb; write the task as an instruction "
            "that starts with one "
            "(\"Prepare …\", \"Review …\")");
  EXPECT_THAT(findings[2].message,
              ::testing::EndsWith(
                  "if \"Documentation\" is a verb here, add it to the rule's verbs option"));
  EXPECT_FALSE(findings[1].fix.has_value());
}

TEST(ResponsibilityStyle, TheVerbsOptionAcceptsMoreVerbs) {
  const auto findings = testing::runRuleOnPage(rule(), page({"QA the lab results daily."}),
                                               {{"verbs", std::vector<std::string>{"qa"}}});
  EXPECT_TRUE(findings.empty());
}

TEST(ResponsibilityStyle, ARepeatedTaskIsReportedAtTheRepeat) {
  const auto findings = testing::runRuleOnPage(
      rule(), page({"Record vital signs.", "Clean instruments.", "record  vital signs."}));
  EXPECT_THAT(positions(findings), ElementsAre("6:4 duplicate"));
  EXPECT_EQ(findings[0].message, "tasks[2] repeats tasks[0] (line 4): remove one of them");
}

TEST(ResponsibilityStyle, MixedFinalPunctuationReportsTheMinorityWithAFix) {
  const std::string text =
      page({"Record vital signs.", "Clean instruments.", "Greet patients", "Order supplies."});
  const auto findings = testing::runRuleOnPage(rule(), text);
  EXPECT_THAT(positions(findings), ElementsAre("6:17 mixedPunctuation"));
  EXPECT_EQ(findings[0].message,
            "tasks[2] ends without a period, while 3 of the 4 tasks end with one: end every task "
            "of the list the same "
            "way");
  EXPECT_EQ(testing::applyFixes(text, findings), page({"Record vital signs.", "Clean instruments.",
                                                       "Greet patients.", "Order supplies."}));
  // A tie: the tasks that end unlike the first one.
  EXPECT_THAT(
      positions(testing::runRuleOnPage(rule(), page({"Greet patients", "Order supplies."}))),
      ElementsAre("5:18 mixedPunctuation"));
}

TEST(ResponsibilityStyle, HandWrittenRecordsWithoutPeriodsAreFineAndQuotedTasksAreFixedInPlace) {
  const std::string record =
      "name: Recruiters\ntasks:\n  - \"Source candidates through job boards\"\n  - \"Screen "
      "resumes and call candidates\"\n"
      "  - \"Negotiate offers and close candidates\"\n";
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), record).empty());

  const std::string mixed =
      "name: Recruiters\ntasks:\n  - \"Source candidates through job boards\"\n  - \"Screening "
      "resumes.\"\n"
      "  - Negotiate offers and close candidates\n  - Attend career fairs.\n  - Coordinate "
      "interviews\n";
  const auto findings = testing::runRuleOnYaml(rule(), mixed);
  EXPECT_THAT(positions(findings),
              ElementsAre("4:6 inflectedVerb", "4:23 mixedPunctuation", "6:24 mixedPunctuation"));
  EXPECT_TRUE(findings[0].fix.has_value());  // quoted: edited inside the quotes
  EXPECT_TRUE(findings[1].fix.has_value());
  ASSERT_TRUE(findings[2].fix.has_value());
  EXPECT_EQ(findings[2].fix->description, "Remove the period");
  EXPECT_EQ(testing::applyFixes(mixed, findings),
            "name: Recruiters\ntasks:\n  - \"Source candidates through job boards\"\n  - "
            "\"Screen resumes\"\n"
            "  - Negotiate offers and close candidates\n  - Attend career fairs\n  - Coordinate "
            "interviews\n");
}

TEST(ResponsibilityStyle, LengthLimitsComeFromOnetsShortestAndLongestTasks) {
  const std::string longTask = "Coordinate " + std::string(345, 'x') + ".";
  const auto findings = testing::runRuleOnPage(rule(), page({"Dig.", longTask, "Dig trenches."}));
  EXPECT_THAT(positions(findings), ElementsAre("4:4 tooShort", "5:4 tooLong"));
  EXPECT_EQ(findings[0].message,
            "tasks[0]: \"Dig.\" is 4 characters, fewer than 12: a task says what is done to what "
            "(\"Dig trenches.\"); "
            "complete it or remove it");
  EXPECT_EQ(findings[1].message,
            "tasks[1]: the task is 357 characters, more than 350: split it into separate tasks or "
            "shorten it");
  const std::map<std::string, OptionValue> off = {{"min_length", std::int64_t{0}},
                                                  {"max_length", std::int64_t{0}}};
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page({"Dig.", longTask}), off).empty());
}

}  // namespace
}  // namespace careerlint
