#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::duplicateHeadingRule(); }

TEST(DuplicateHeading, ASectionPrintedTwiceIsReportedAtItsSecondHeading) {
  const std::string page =
      "Nurses\nCare for patients.\n\xF0\x9F\x93\x8BKey Responsibilities\n- \xE2\x80\xA2Take vital "
      "signs.\n"
      "\xF0\x9F\x92\xA1Inside This Career\nNurses work long shifts.\n\xF0\x9F\x93\x8BKey "
      "Responsibilities\n"
      "- \xE2\x80\xA2Give medication.\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("7:1 duplicateHeading"));
  EXPECT_EQ(findings[0].message,
            "\"Key Responsibilities\" is printed a second time (first at line 3): the site prints "
            "each section once; "
            "merge the two sections or delete the repeated one");
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_EQ(findings[0].pointer, "/page/sections/2");
  EXPECT_EQ(findings[0].span.end.column, 22u);  // the whole heading, emoji included
}

TEST(DuplicateHeading, AHeadingWithoutItsEmojiStillNamesTheSameSection) {
  const std::string page =
      "Nurses\n\xE2\xAD\x90Key Abilities\nOral Comprehension\nKey Abilities\nNear Vision\n";
  EXPECT_THAT(positions(testing::runRuleOnPage(rule(), page)), ElementsAre("4:1 duplicateHeading"));
}

TEST(DuplicateHeading, TheSeedHasNone) {
  // Its AI section repeats the section title as the component's h3 (a label by design), and
  // Related Careers and Data Sources share the 🔗 emoji under different titles.
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
}

TEST(DuplicateHeading, TheAiTitleOnceMoreAfterItsOwnH3IsARepeatedSection) {
  const std::string page =
      "Nurses\n\xF0\x9F\xA4\x96"
      "AI Resilience Assessment\nAI Resilience Assessment\nLow Exposure: AI assists\n"
      "AI Resilience Assessment\n";
  EXPECT_THAT(positions(testing::runRuleOnPage(rule(), page)), ElementsAre("5:1 duplicateHeading"));
}

TEST(DuplicateHeading, RepeatedSectionIdsInACareerModelRecord) {
  const std::string yaml =
      "schema_version: 1\ntitle: Nurses\npage:\n  order: seed\n  sections:\n"
      "    - id: key-abilities\n      heading: \xE2\xAD\x90Key Abilities\n"
      "    - id: related-careers\n      heading: \xF0\x9F\x94\x97Related Careers\n"
      "    - id: data-sources\n      heading: \xF0\x9F\x94\x97"
      "Data Sources\n"
      "    - id: key-abilities\n      heading: \xE2\xAD\x90Key Abilities\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings), ElementsAre("13:16 duplicateHeading"));
  EXPECT_EQ(findings[0].message,
            "\"Key Abilities\" is printed a second time (first at line 7): the site prints each "
            "section once; merge "
            "the two sections or delete the repeated one");
}

TEST(DuplicateHeading, ARecordWithoutPageLayoutHasNoHeadings) {
  EXPECT_TRUE(
      testing::runRuleOnYaml(rule(), "name: Recruiters\ntasks:\n  - Source candidates\n").empty());
}

}  // namespace
}  // namespace careerlint
