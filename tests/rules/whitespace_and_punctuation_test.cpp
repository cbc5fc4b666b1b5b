#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::whitespaceAndPunctuationRule(); }

const std::string kTasks = "\xF0\x9F\x93\x8BKey Responsibilities\n";
const std::string kInside = "\xF0\x9F\x92\xA1Inside This Career\n";
const std::string kDot = "\xE2\x80\xA2";
const std::string kCurlyApostrophe = "\xE2\x80\x99";
const std::string kOpen = "\xE2\x80\x9C";
const std::string kClose = "\xE2\x80\x9D";

TEST(WhitespaceAndPunctuation, SpacesAndSpaceBeforePunctuationOnARawPageWithFixes) {
  const std::string page = "Nurses\nCare for  patients , every day.\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("2:9 doubleSpace", "2:19 spaceBeforePunctuation"));
  EXPECT_EQ(findings[0].message, "2 spaces in a row inside description: write one space");
  EXPECT_EQ(findings[0].severity, Severity::Info);
  EXPECT_EQ(findings[1].message, "a space before \",\" in description: delete it");
  EXPECT_EQ(findings[1].severity, Severity::Warning);
  EXPECT_EQ(testing::applyFixes(page, findings), "Nurses\nCare for patients, every day.\n");
}

TEST(WhitespaceAndPunctuation, UnmatchedBracketsButNotEnumeratorsOrSmileys) {
  const std::string page =
      "Nurses\n" + kTasks + "- " + kDot + "Take vital signs (blood pressure, pulse.\n- " + kDot +
      "Record results ) in charts.\n- " + kDot + "Explain a) diets and b) medications :)\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("3:21 unbalancedBracket", "4:19 unbalancedBracket"));
  EXPECT_EQ(findings[0].message, "\"(\" in tasks[0] is never closed: add the \")\" or delete it");
  EXPECT_EQ(findings[1].message,
            "\")\" in tasks[1] closes a bracket that was never opened: add the \"(\" or delete it");
  EXPECT_FALSE(findings[0].fix.has_value());
}

TEST(WhitespaceAndPunctuation, QuotesUnclosedAndMixed) {
  const std::string page = "Nurses\n" + kInside + "Nurses say \"it's hard, and it" +
                           kCurlyApostrophe + "s rewarding.\nThe work is " + kOpen +
                           "meaningful.\nMany say " + kOpen + "it works" + kClose +
                           " and \"it helps\".\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("3:12 unbalancedQuote", "3:30 mixedQuotes",
                                               "4:13 unbalancedQuote", "5:10 mixedQuotes"));
  EXPECT_EQ(findings[1].message,
            "straight (') and curly (\xE2\x80\x99) apostrophes mixed in inside_look.content[0]: "
            "use one style throughout the value");
  EXPECT_EQ(
      findings[2].message,
      "\xE2\x80\x9C in inside_look.content[1] is never closed: add the \xE2\x80\x9D or delete it");
  EXPECT_EQ(findings[3].severity, Severity::Info);
}

TEST(WhitespaceAndPunctuation, TheSeedsStyleAndOrdinaryPunctuationAreFine) {
  // Straight apostrophes throughout ("doesn't"), em dashes, "(CMA, RMA)", "9-12 months".
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
  const std::string page =
      "Nurses\nA 12\" ruler, an ellipsis ... and .NET skills; roughly .5 of shifts.\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(WhitespaceAndPunctuation, YamlValuesAreFixedInQuotedAndBlockScalarsToo) {
  const std::string yaml =
      "name: Recruiters\n"
      "technology_skills:\n  - Data  entry\n  - \"Applicant  tracking\"\n  - \" LinkedIn \"\n"
      "description: |\n  Recruiters find people. \n  They screen\tthem.\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings),
              ElementsAre("3:9 doubleSpace", "4:15 doubleSpace", "5:6 surroundingSpace",
                          "5:15 surroundingSpace", "7:26 surroundingSpace", "8:14 doubleSpace"));
  EXPECT_EQ(findings[2].message, "a space at the start of technology_skills[2]: delete it");
  EXPECT_EQ(findings[4].message, "a space at the end of a line of description: delete it");
  EXPECT_EQ(findings[5].message, "a tab inside description: write one space");
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_TRUE(findings[1].fix.has_value());  // quoted: edited inside the quotes
  EXPECT_TRUE(findings[5].fix.has_value());  // literal block: the tab is the source byte
  EXPECT_EQ(testing::applyFixes(yaml, findings),
            "name: Recruiters\n"
            "technology_skills:\n  - Data entry\n  - \"Applicant tracking\"\n"
            "  - \" LinkedIn \"\n"
            "description: |\n  Recruiters find people. \n  They screen them.\n");
}

TEST(WhitespaceAndPunctuation, SeveritiesPerCheck) {
  const std::string page = "Nurses\nCare for  patients , every day (always.\n";
  std::map<std::string, std::string> checks = {{"doubleSpace", "off"},
                                               {"unbalancedBracket", "error"}};
  const auto findings = testing::runRuleOnPage(rule(), page, {{"checks", checks}});
  EXPECT_THAT(positions(findings),
              ElementsAre("2:19 spaceBeforePunctuation", "2:32 unbalancedBracket"));
  EXPECT_EQ(findings[0].severity, Severity::Warning);  // the default of a check not configured
  EXPECT_EQ(findings[1].severity, Severity::Error);
}

}  // namespace
}  // namespace careerlint
