#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::bulletArtifactRule(); }

const std::string kTasks = "\xF0\x9F\x93\x8BKey Responsibilities\n";
const std::string kInside = "\xF0\x9F\x92\xA1Inside This Career\n";
const std::string kDot = "\xE2\x80\xA2";

const std::string kPage =
    "Nurses\nCare for patients.\n" + kTasks + "- " + kDot + kDot + "Take vital signs.\n- " + kDot +
    "Clean instruments. " + kDot + "Record history.\n- " + kDot + "Python " + kDot + " SQL\n" +
    kInside + "- " + kDot + "Nurses work long shifts.\n- " + kDot + "\nThey care for patients.\n";

TEST(BulletArtifact, LeftoverBulletsOnARawPage) {
  const auto findings = testing::runRuleOnPage(rule(), kPage);
  EXPECT_THAT(positions(findings),
              ElementsAre("4:4 strayBullet", "5:23 strayBullet", "6:11 strayBullet",
                          "8:1 bulletOutsideList", "9:1 emptyBullet"));
  EXPECT_EQ(findings[0].message,
            "a second bullet \"\xE2\x80\xA2\" at the start of tasks[0]: the list already has its "
            "bullet; remove it");
  EXPECT_EQ(findings[1].message,
            "a bullet \"\xE2\x80\xA2\" inside tasks[1]: an item glued to the text before it; "
            "remove the bullet or make it an item of its own");
  EXPECT_EQ(findings[2].message,
            "a bullet \"\xE2\x80\xA2\" inside tasks[2]: a bullet used as a separator or two items "
            "glued together; split them into items or write a comma");
  EXPECT_EQ(findings[3].message,
            "a list bullet \"- \xE2\x80\xA2\" at the start of inside_look.content[0], which is not "
            "a list item: remove the marker");
  EXPECT_EQ(findings[4].message,
            "an empty bullet \"- \xE2\x80\xA2\": a list marker with no text; delete the line");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  // Between words the bullet is a separator: what to write instead is the editor's call.
  EXPECT_FALSE(findings[2].fix.has_value());
}

TEST(BulletArtifact, FixesRemoveTheStrayMarkersAndTheEmptyLine) {
  const auto findings = testing::runRuleOnPage(rule(), kPage);
  EXPECT_EQ(testing::applyFixes(kPage, findings),
            "Nurses\nCare for patients.\n" + kTasks + "- " + kDot + "Take vital signs.\n- " + kDot +
                "Clean instruments. Record history.\n- " + kDot + "Python " + kDot + " SQL\n" +
                kInside + "Nurses work long shifts.\nThey care for patients.\n");
}

TEST(BulletArtifact, AnEmptyBulletOnTheLastLineTakesTheLineBreakBeforeIt) {
  const std::string page = "Nurses\n" + kInside + "They care.\n- " + kDot;
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("4:1 emptyBullet"));
  EXPECT_EQ(testing::applyFixes(page, findings), "Nurses\n" + kInside + "They care.");

  // With CRLF line breaks the whole "\r\n" goes: no stray carriage return is left behind.
  const std::string crlf =
      "Nurses\r\n\xF0\x9F\x92\xA1Inside This Career\r\nThey care.\r\n- " + kDot;
  EXPECT_EQ(testing::applyFixes(crlf, testing::runRuleOnPage(rule(), crlf)),
            "Nurses\r\n\xF0\x9F\x92\xA1Inside This Career\r\nThey care.");
}

TEST(BulletArtifact, AnEmptyBulletTheConverterCouldNotPlaceIsLeftToUnplacedLine) {
  // In a list an empty bullet is no item: the converter keeps it under `unplaced` and
  // unplaced-line reports it, with the same fix. One finding for one line.
  const std::string page = "Nurses\n" + kTasks + "- " + kDot + "Take vital signs.\n- " + kDot +
                           "\n- " + kDot + "Give medication.\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(BulletArtifact, TheExtractedListMarkersAreNotArtifacts) {
  // "- •" before every item, "•" before abilities, other bullet styles, the licence line.
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
  const std::string page = "Nurses\n" + kTasks + "- " + kDot + "Take vital signs.\n" + kDot +
                           "Give medication.\n" +
                           "* Record charts.\n2. Educate patients.\n\xE2\xAD\x90Key Abilities\n" +
                           kDot + "Oral Comprehension\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(BulletArtifact, YamlRecordsFixOnlyPlainScalars) {
  const std::string yaml =
      "name: Recruiters\n"
      "tasks:\n  - \"" +
      kDot +
      "Source candidates\"\n  - \"\"\n"
      "technology_skills:\n  - " +
      kDot +
      "LinkedIn Recruiter\n"
      "description: |\n  Recruiters find people.\n  " +
      kDot + " They screen them.\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings), ElementsAre("3:6 strayBullet", "4:5 emptyBullet",
                                               "6:5 strayBullet", "9:3 strayBullet"));
  EXPECT_EQ(findings[1].message,
            "tasks[1] is empty: the page would print an empty item; delete it");
  EXPECT_EQ(findings[3].message,
            "a bullet \"\xE2\x80\xA2\" inside description: the site shows this value as running "
            "text, not as a list; remove the bullet");
  // The quoted and the plain values are edited in place; the bullet in the literal block is not
  // (its edit does not map back exactly, so none is offered).
  EXPECT_TRUE(findings[0].fix.has_value());
  EXPECT_FALSE(findings[3].fix.has_value());
  ASSERT_TRUE(findings[2].fix.has_value());
  EXPECT_EQ(testing::applyFixes(yaml, findings),
            "name: Recruiters\n"
            "tasks:\n  - \"Source candidates\"\n  - \"\"\n"
            "technology_skills:\n  - LinkedIn Recruiter\n"
            "description: |\n  Recruiters find people.\n  " +
                kDot + " They screen them.\n");
}

TEST(BulletArtifact, AListItemLineInTheHeader) {
  const std::string page = "Nurses\n- " + kDot + "Care for patients.\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("2:1 bulletOutsideList"));
  EXPECT_EQ(testing::applyFixes(page, findings), "Nurses\nCare for patients.\n");
}

TEST(BulletArtifact, AMiddleDotIsNotABullet) {
  EXPECT_TRUE(testing::runRuleOnYaml(
                  rule(), "name: Recruiters\nabilities:\n  - Sourcing \xC2\xB7 Screening\n")
                  .empty());
}

}  // namespace
}  // namespace careerlint
