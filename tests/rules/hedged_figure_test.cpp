#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::hedgedFigureRule(); }

std::string pageWithNarrative(const std::string& paragraph) {
  return "Medical Assistants\nPerform clinical duties.\n\xF0\x9F\x92\xA1"
         "Inside This Career\n" +
         paragraph + "\n";
}

// The site's house style accepted, as a team may configure it.
std::map<std::string, OptionValue> houseStyle() {
  return {{"house_style", std::vector<std::string>{"Perhaps"}}};
}

TEST(HedgedFigure, TheSeedsPerhapsIsReportedAtInfoByDefault) {
  const auto findings = testing::runRuleOnPage(rule(), testing::seedPage());
  EXPECT_THAT(positions(findings), ElementsAre("14:358 hedgedFigure"));
  EXPECT_EQ(findings[0].severity, Severity::Info);
}

TEST(HedgedFigure, TheSitesHouseStyleCanBeAccepted) {
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage(), houseStyle()).empty());
}

TEST(HedgedFigure, AnotherHedgeOnALaterShareIsReportedAndDropped) {
  const std::string page = pageWithNarrative(
      "Perhaps 50% of time goes to clinical duties. Another roughly 35% involves paperwork. The "
      "remaining time "
      "splits between calls and supplies.");
  const auto findings = testing::runRuleOnPage(rule(), page, houseStyle());
  EXPECT_THAT(positions(findings), ElementsAre("4:54 hedgedFigure"));
  EXPECT_EQ(findings[0].message,
            "inside_look.content[0]: \"roughly 35%\" hedges a stated figure; the site's narratives "
            "hedge a breakdown "
            "once (\"Perhaps X% of time goes to …\") and state figures plainly otherwise: drop "
            "\"roughly\"");
  EXPECT_EQ(findings[0].severity, Severity::Info);
  EXPECT_EQ(findings[0].span.end.column, 65u);  // just past the "%"
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->description, "Drop \"roughly\"");
  EXPECT_EQ(testing::applyFixes(page, findings),
            pageWithNarrative(
                "Perhaps 50% of time goes to clinical duties. Another 35% involves paperwork. The "
                "remaining time splits between calls and supplies."));
}

TEST(HedgedFigure, AnotherHedgeOpeningTheBreakdownBecomesTheHouseStyle) {
  const std::string page =
      pageWithNarrative("Approximately 60% of time goes to care. Another 40% involves records.");
  const auto findings = testing::runRuleOnPage(rule(), page, houseStyle());
  EXPECT_THAT(positions(findings), ElementsAre("4:1 hedgedFigure"));
  EXPECT_EQ(findings[0].fix->description, "Write \"Perhaps\"");
  EXPECT_EQ(testing::applyFixes(page, findings),
            pageWithNarrative("Perhaps 60% of time goes to care. Another 40% involves records."));
}

TEST(HedgedFigure, RangesTildesAndAnEstimatedAreFiguresTooButBoundsAreNot) {
  const std::string page = pageWithNarrative(
      "Perhaps 50% of time goes to care, ~20% to records, an estimated 10 percent to calls and "
      "about 15–20% to "
      "supplies. Over 40% of graduates and 35%+ growth are not hedged.");
  const auto findings = testing::runRuleOnPage(rule(), page, houseStyle());
  EXPECT_THAT(positions(findings),
              ElementsAre("4:35 hedgedFigure", "4:52 hedgedFigure", "4:89 hedgedFigure"));
  EXPECT_EQ(
      testing::applyFixes(page, findings),
      pageWithNarrative(
          "Perhaps 50% of time goes to care, 20% to records, 10 percent to calls and 15–20% to "
          "supplies. Over 40% of graduates and 35%+ growth are not hedged."));
}

TEST(HedgedFigure, PerhapsInsideASentenceIsASecondHedge) {
  const auto findings = testing::runRuleOnPage(
      rule(),
      pageWithNarrative(
          "Perhaps 30% of time goes to care, perhaps 30% to records, and the rest to calls."),
      houseStyle());
  EXPECT_THAT(positions(findings), ElementsAre("4:35 hedgedFigure"));
}

TEST(HedgedFigure, WithoutAHouseStylePerhapsIsAHedgeLikeAnyOther) {
  const auto findings = testing::runRuleOnPage(rule(), testing::seedPage());
  EXPECT_THAT(positions(findings), ElementsAre("14:358 hedgedFigure"));
  EXPECT_EQ(findings[0].message,
            "inside_look.content[0]: \"Perhaps 50%\" hedges a stated figure; state figures "
            "plainly: drop \"Perhaps\"");
}

TEST(HedgedFigure, TheHedgeListIsAnOption) {
  const std::string page =
      pageWithNarrative("Perhaps 50% of time goes to care. Another roughly 50% to records.");
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page, {{"hedges", std::vector<std::string>{"about"}}})
                  .empty());
}

TEST(HedgedFigure, YamlRecordsAreFixedInPlainQuotedAndBlockScalars) {
  const std::string yaml =
      "name: Recruiters\n"
      "description: Recruiters fill roughly 40% of roles internally.\n"
      "tasks:\n"
      "  - \"Close about 20% of offers\"\n"
      "ai_assessment:\n"
      "  classificationRationale: |\n"
      "    Growth of about 8% reflects steady hiring.\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings),
              ElementsAre("2:30 hedgedFigure", "4:12 hedgedFigure", "7:15 hedgedFigure"));
  EXPECT_TRUE(findings[0].fix.has_value());
  EXPECT_TRUE(findings[1].fix.has_value());  // double-quoted: mapped back to the source bytes
  EXPECT_TRUE(findings[2].fix.has_value());  // block scalar: likewise
  EXPECT_EQ(findings[2].message.substr(0, 65),
            "ai_assessment.classificationRationale: \"about 8%\" hedges a stated");
  EXPECT_EQ(testing::applyFixes(yaml, findings),
            "name: Recruiters\n"
            "description: Recruiters fill 40% of roles internally.\n"
            "tasks:\n"
            "  - \"Close 20% of offers\"\n"
            "ai_assessment:\n"
            "  classificationRationale: |\n"
            "    Growth of 8% reflects steady hiring.\n");
}

// A hedge that runs across a folded line break cannot be edited in place exactly: the finding is
// at the words and says why there is no fix.
TEST(HedgedFigure, AFixThatDoesNotMapBackIsNotOfferedAndTheFindingSaysWhy) {
  const std::string yaml =
      "name: Recruiters\n"
      "description: Recruiters fill about\n"
      "  40% of roles internally.\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings), ElementsAre("2:30 hedgedFigure"));
  EXPECT_EQ(findings[0].span.end.line, 3u);
  EXPECT_FALSE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].message,
            "description: \"about 40%\" hedges a stated figure; state figures plainly: drop "
            "\"about\" (not fixed automatically: the text runs across a line break or an escape "
            "in the file)");
}

}  // namespace
}  // namespace careerlint
