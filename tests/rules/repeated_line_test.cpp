#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::repeatedLineRule(); }

const std::string kTasks = "\xF0\x9F\x93\x8BKey Responsibilities\n";
const std::string kInside = "\xF0\x9F\x92\xA1Inside This Career\n";
const std::string kSkills = "\xF0\x9F\x92\xBBTechnology Skills\n";
const std::string kAka =
    "\xF0\x9F\x8F\xB7\xEF\xB8\x8F"
    "Also Known As\n";
const std::string kDot = "\xE2\x80\xA2";

TEST(RepeatedLine, AnItemListedTwiceAndOneThatDiffersOnlyInCase) {
  const std::string page = "Optometrists\n" + kSkills + "Epic\nMicrosoft Excel\nEpic.\n" + kAka +
                           "Optometrist\nEye Doctor\noptometrist\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("5:1 repeatedItem", "9:1 repeatedItem"));
  EXPECT_EQ(findings[0].message,
            "\"Epic.\" is listed twice in technology_skills (first as technology_skills[0], line "
            "3): delete the repeat");
  EXPECT_EQ(
      findings[1].message,
      "\"optometrist\" repeats \"Optometrist\" in alternate_titles but for letter case (first as "
      "alternate_titles[0], line 7): delete one");
  EXPECT_EQ(findings[1].pointer, "/alternate_titles/2");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(RepeatedLine, TheTitleAsAnAlternateTitleAndAnItemInTwoListsAreNotRepeats) {
  // 150 of the site's 165 careers list their own title under Also Known As.
  const std::string page = "Surgical Technologists\n" + kSkills +
                           "Scheduling\n\xE2\xAD\x90Key Abilities\n" + kDot + "Scheduling\n" +
                           kAka + "Surgical Technologists\nScrub Technician\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(RepeatedLine, AParagraphPastedTwiceAndATaskPastedAsAParagraph) {
  const std::string page =
      "Nurses\nCare for patients.\n" + kTasks + "- " + kDot + "Take and record vital signs.\n- " +
      kDot + "Take and record vital signs.\n" + kInside +
      "Nurses work long shifts in hospitals and clinics.\nThey care for patients.\n"
      "Nurses work long shifts in  hospitals and clinics.\nTake and record vital signs.\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  // The task listed twice is responsibility-style's, not reported here.
  EXPECT_THAT(positions(findings), ElementsAre("9:1 repeatedParagraph", "10:1 repeatedParagraph"));
  EXPECT_EQ(findings[0].message,
            "inside_look.content[2] repeats inside_look.content[0] word for word (line 7): delete "
            "the repeat");
  EXPECT_EQ(findings[1].message,
            "inside_look.content[3] repeats tasks[0] word for word (line 4): delete the repeat");
  EXPECT_EQ(findings[0].pointer, "/inside_look/content/2");
}

TEST(RepeatedLine, ALongSentenceSaidTwiceIsReportedAtItsColumn) {
  const std::string page =
      "Nurses\n" + kInside +
      "Nurses care for patients. The role suits those who want steady work with people every day.\n"
      "The work is varied. The role suits those who want steady work with people every day.\n"
      "The work is varied.\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  // "The work is varied." is too short to count as a repeat.
  EXPECT_THAT(positions(findings), ElementsAre("4:21 repeatedSentence"));
  EXPECT_EQ(findings[0].message,
            "the sentence \"The role suits those who want steady work with\xE2\x80\xA6\" in "
            "inside_look.content[1] "
            "repeats one in inside_look.content[0] (line 3): delete the repeat");
  EXPECT_EQ(findings[0].span.end.column, 85u);
  // The length is an option; 0 turns the sentence check off.
  EXPECT_THAT(
      positions(testing::runRuleOnPage(rule(), page, {{"minSentenceWords", std::int64_t{4}}})),
      ElementsAre("4:21 repeatedSentence", "5:1 repeatedSentence"));
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), page, {{"minSentenceWords", std::int64_t{0}}}).empty());
}

TEST(RepeatedLine, TheSeedHasNone) {
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
}

TEST(RepeatedLine, ASiteRecordsListsRelatedCareersAndDescriptionParagraphs) {
  const std::string yaml =
      "name: Recruiters\n"
      "description: |\n"
      "  Recruiters find and hire people for open roles.\n\n"
      "  They work with hiring managers.\n\n"
      "  Recruiters find and hire people for open roles.\n"
      "keywords:\n  - \"talent acquisition\"\n  - \"sourcing\"\n  - \"Talent Acquisition\"\n"
      "related_careers:\n  - slug: \"hr-specialists\"\n    relationship: similar\n"
      "  - slug: \"hr-specialists\"\n    relationship: advancement\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings),
              ElementsAre("7:3 repeatedParagraph", "11:5 repeatedItem", "15:11 repeatedItem"));
  EXPECT_EQ(findings[0].message,
            "description (paragraph 3) repeats description (paragraph 1) word for word (line 3): "
            "delete the repeat");
  EXPECT_EQ(findings[2].message,
            "\"hr-specialists\" is listed twice in related_careers (first as related_careers[0], "
            "line 13): delete the "
            "repeat");
  EXPECT_EQ(findings[2].pointer, "/related_careers/1/slug");
}

TEST(RepeatedLine, ARelatedCareerCardTwiceIsNamedByItsTitle) {
  const std::string page =
      "Nurses\n\xF0\x9F\x94\x97Related Careers\nOther careers in healthcare-clinical\nSurgeons\n"
      "$239,200/yr\nDentists\n$179,210/yr\nSurgeons\n$239,200/yr\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("8:1 repeatedItem"));
  EXPECT_EQ(findings[0].message,
            "\"Surgeons\" is listed twice in related_careers (first as related_careers[0], line "
            "4): delete the repeat");
  EXPECT_EQ(findings[0].pointer, "/related_careers/2/title");
}

TEST(RepeatedLine, CareerModelValuesDerivedFromTheProseAreNotCompared) {
  // The factors and the time breakdown repeat parts of the prose by construction.
  const std::string yaml =
      "schema_version: 1\ntitle: Nurses\n"
      "ai_assessment:\n  classificationRationale: \"Low Exposure + Low Exposure: AI assists\"\n"
      "  factors: [Low Exposure, Low Exposure]\n"
      "education:\n  certifications:\n    - {name: RN}\n    - {name: RN}\n";
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), yaml).empty());
}

}  // namespace
}  // namespace careerlint
