#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::emptySectionRule(); }

TEST(EmptySection, TheSeedLostItsProgressionSkillsAbilitiesAndAlternateTitles) {
  const auto findings = testing::runRuleOnPage(rule(), testing::seedPage());
  EXPECT_THAT(positions(findings),
              ElementsAre("19:1 emptySection", "34:1 emptySection", "35:1 emptySection",
                          "36:1 emptySection", "37:1 emptySection"));
  EXPECT_EQ(findings[1].message,
            "\"Technology Skills\" has a heading but nothing under it: the page lost its "
            "technology skills (the site "
            "prints this heading only with content under it)");
  EXPECT_EQ(findings[1].severity, Severity::Error);    // technology-skills: error by default
  EXPECT_EQ(findings[0].severity, Severity::Warning);  // career-progression
  EXPECT_EQ(findings[1].pointer, "/page/sections/6");
  EXPECT_EQ(findings[4].span.begin.line,
            37u);  // Related Careers: a category line but no career under it
}

TEST(EmptySection, SectionsWithContentAndTheVideoAndDataSourcesHeadingsAreNotReported) {
  const std::string page =
      "Nurses\nCare for patients.\n\xF0\x9F\x8E\xAC"
      "Career Video\n\xF0\x9F\x92\xBB"
      "Technology Skills\nEpic\n"
      "\xE2\xAD\x90Key Abilities\n\xE2\x80\xA2Oral Comprehension\n\xF0\x9F\x94\x97"
      "Data Sources\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(EmptySection, SeverityPerSectionIsConfigurable) {
  const std::string page = "Nurses\n\xF0\x9F\x92\xBBTechnology Skills\nKey Abilities\n";
  std::map<std::string, std::string> sections = {{"technology-skills", "off"},
                                                 {"key-abilities", "error"}};
  const auto findings = testing::runRuleOnPage(rule(), page, {{"sections", sections}});
  EXPECT_THAT(positions(findings), ElementsAre("3:1 emptySection"));
  EXPECT_EQ(findings[0].severity, Severity::Error);
}

TEST(EmptySection, EmptyListsInAYamlRecordAreReportedAtTheirKey) {
  const auto findings = testing::runRuleOnYaml(
      rule(),
      "name: Recruiters\ntasks:\n  - Source candidates\ntechnology_skills: []\nabilities: []\n");
  EXPECT_THAT(positions(findings), ElementsAre("4:1 emptyList", "5:1 emptyList"));
  EXPECT_EQ(findings[0].message,
            "technology_skills is empty: the page would show no technology skills");
  EXPECT_EQ(findings[0].severity, Severity::Error);
}

}  // namespace
}  // namespace careerlint
