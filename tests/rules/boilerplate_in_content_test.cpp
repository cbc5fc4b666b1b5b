#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::boilerplateInContentRule(); }

const std::string kTasks = "\xF0\x9F\x93\x8BKey Responsibilities\n";
const std::string kInside = "\xF0\x9F\x92\xA1Inside This Career\n";
const std::string kDot = "\xE2\x80\xA2";

TEST(BoilerplateInContent, TheClosingInvitationGluedToAParagraphIsOneFinding) {
  const std::string page =
      "Nurses\n" + kInside +
      "Nurses rarely take center stage. Help us make this page better. Share your real-world "
      "experience, correct any errors, or add context that helps others.\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("3:34 closingText"));
  EXPECT_EQ(findings[0].message,
            "\"Help us make this page better. Share your\xE2\x80\xA6\" is inside "
            "inside_look.content[0]: it "
            "is the page's closing invitation, site boilerplate that the page prints once at its "
            "end; delete it from "
            "the value");
  EXPECT_EQ(findings[0].span.end.column, 152u);  // the whole invitation
  EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(BoilerplateInContent, TheClosingQuestionAButtonLabelAndTheTableOfContents) {
  const std::string page = "Nurses\nOn this page\n" + kTasks + "- " + kDot +
                           "Give medication. Work as a Nurses?\n- " + kDot +
                           "Report an Error\n\xF0\x9F\x92\xBBTechnology Skills\nEpic\nCompare\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("2:1 pageChrome", "4:21 closingText",
                                               "5:4 buttonLabel", "8:1 buttonLabel"));
  EXPECT_EQ(findings[0].message,
            "\"On this page\" is the whole of description: it is the table of contents of the "
            "site's page, not "
            "content; delete it");
  EXPECT_EQ(findings[2].message,
            "\"Report an Error\" is the whole of tasks[1]: it is the label of a button on the "
            "site, not content; "
            "delete it");
  EXPECT_EQ(findings[3].message,
            "\"Compare\" is the whole of technology_skills[1]: it is the label of a related "
            "career's link on the "
            "site, not content; delete it");
}

TEST(BoilerplateInContent, OrdinaryWordsAndTheChromeWhereItBelongsAreFine) {
  // The seed's closing block is under page.closing, and the related careers' "Compare" link is a
  // label.
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
  const std::string page =
      "Nurses\nNurses compare careers and report an error when they see one.\n" + kInside +
      "Compare the two roles. Many work as a team? Some do. Would you work as a nurse?\n"
      "\xF0\x9F\x94\x97Related Careers\nOther careers in "
      "healthcare-clinical\nSurgeons\n$239,200/yr\n"
      "Compare\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(BoilerplateInContent, TheVideoLinkPastedIntoAParagraph) {
  const std::string page = "Nurses\n" + kInside +
                           "Watch the video. CareerOneStop \xE2\x80\x94 U.S. Department of Labor\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("3:18 pageChrome"));
  EXPECT_EQ(findings[0].message,
            "\"CareerOneStop \xE2\x80\x94 U.S. Department of Labor\" is inside "
            "inside_look.content[0]: it is the "
            "video's link of the site's page, not content; delete it");
}

TEST(BoilerplateInContent, ASiteRecordsLiteralBlockAndList) {
  const std::string yaml =
      "name: Recruiters\n"
      "description: |\n"
      "  Recruiters find people for open roles.\n\n"
      "  Have feedback about this page? Tell us.\n"
      "abilities:\n  - \"Negotiation\"\n  - \"+3 more\"\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings), ElementsAre("5:3 closingText", "8:6 pageChrome"));
  EXPECT_EQ(findings[1].message,
            "\"+3 more\" is the whole of abilities[1]: it is the Also Known As overflow label of "
            "the site's page, not "
            "content; delete it");
}

}  // namespace
}  // namespace careerlint
