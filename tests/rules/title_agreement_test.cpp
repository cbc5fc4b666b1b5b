#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rules/rule_test_util.h"
#include "rules/rules.h"
#include "support/harness.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::titleAgreementRule(); }

const std::string kInvitation =
    "Help us make this page better. Share your real-world experience, correct any errors, or add "
    "context that helps "
    "others.";

std::string page(const std::string& title, const std::string& description,
                 const std::string& question) {
  return title + "\n" + description +
         "\n\xF0\x9F\x94\x97"
         "Data Sources\n" +
         question + "\n" + kInvitation;
}

std::string seedYaml() { return testing::readSourceFile("seeds/medical-assistants.yaml"); }

TEST(TitleAgreement, TheSeedsClosingQuestionPutsAnArticleBeforeItsPluralTitle) {
  const auto findings = testing::runRuleOnPage(rule(), testing::seedPage());
  EXPECT_THAT(positions(findings), ElementsAre("40:9 pluralArticle"));
  EXPECT_EQ(findings[0].message,
            "The closing question \"Work as a Medical Assistants?\" puts \"a\" before the plural "
            "title \"Medical "
            "Assistants\": the site's template writes every plural title this way; fix the "
            "template (e.g. \"Work in "
            "this career?\")");
  EXPECT_EQ(findings[0].severity, Severity::Info);  // closing_question: info by default
  EXPECT_EQ(findings[0].pointer, "/page/closing/question");
  EXPECT_EQ(findings[0].span.end.column, 10u);  // exactly the article
}

TEST(TitleAgreement, TheSeedsConvertedYamlIsReportedAtItsOwnLine) {
  const std::string yaml = seedYaml();
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  const std::size_t line = static_cast<std::size_t>(
      std::count(yaml.begin(),
                 yaml.begin() + static_cast<std::ptrdiff_t>(yaml.find("question: Work")), '\n') +
      1);
  EXPECT_THAT(positions(findings), ElementsAre(std::to_string(line) + ":23 pluralArticle"));
}

TEST(TitleAgreement, AQuestionCutAtTheTitlesFirstCommaBeforeItsNounNamesNoCareer) {
  const auto findings = testing::runRuleOnPage(
      rule(), page("Transportation, Storage, and Distribution Managers",
                   "Plan and direct transportation.", "Work as a Transportation?"));
  EXPECT_THAT(positions(findings), ElementsAre("4:11 truncatedTitle"));
  EXPECT_EQ(findings[0].message,
            "The closing question \"Work as a Transportation?\" names no career: the site's "
            "template cuts the title "
            "\"Transportation, Storage, and Distribution Managers\" at its first comma; fix the "
            "template (e.g. \"Work "
            "in this career?\")");
  EXPECT_EQ(findings[0].severity,
            Severity::Warning);  // worse than the plural: the question names no career
  EXPECT_EQ(findings[0].span.end.column, 25u);
}

TEST(TitleAgreement, AQuestionCutAfterItsNounOnlyHasTheWrongArticle) {
  const auto findings = testing::runRuleOnPage(
      rule(), page("Helpers, Construction Trades", "Help construction trades workers.",
                   "Work as a Helpers?"));
  EXPECT_THAT(positions(findings), ElementsAre("4:9 pluralArticle"));
  EXPECT_THAT(findings[0].message, ::testing::HasSubstr("before the plural title \"Helpers\""));
}

TEST(TitleAgreement, SingularTitlesAndTitlesEndingInASingularSAreAccepted) {
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), page("Nurse", "Care for patients.", "Work as a Nurse?"))
          .empty());
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page("Chief of Business", "Run a business.",
                                                  "Work as a Chief of Business?"))
                  .empty());
  // The head noun is the word before "of": "Supervisors" is plural.
  EXPECT_THAT(positions(testing::runRuleOnPage(rule(), page("Supervisors of Glass", "Supervise.",
                                                            "Work as a Supervisors of Glass?"))),
              ElementsAre("4:9 pluralArticle"));
  // Collective heads without an "s".
  EXPECT_THAT(
      positions(testing::runRuleOnPage(rule(), page("Transit and Railroad Police", "Patrol.",
                                                    "Work as a Transit and Railroad Police?"))),
      ElementsAre("4:9 pluralArticle"));
}

const std::map<std::string, std::string> kClosingOff = {{"pluralArticle", "off"},
                                                        {"truncatedTitle", "off"}};

TEST(TitleAgreement, TheClosingQuestionSeveritiesAreAnOptionAndCanBeOff) {
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), testing::seedPage(), {{"closing_question", kClosingOff}})
          .empty());
  const std::map<std::string, std::string> warning = {{"pluralArticle", "warning"}};
  const auto findings =
      testing::runRuleOnPage(rule(), testing::seedPage(), {{"closing_question", warning}});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(TitleAgreement, ProseThatPutsASingularDeterminerBeforeThePluralTitle) {
  const auto findings = testing::runRuleOnPage(
      rule(),
      page("Medical Assistants",
           "Each medical assistants works with a physician. The role suits a medical assistants "
           "program "
           "graduate; medical assistants in clinics help every medical assistants.",
           "Work as a Medical Assistants?"),
      {{"closing_question", kClosingOff}});
  EXPECT_THAT(positions(findings), ElementsAre("2:1 proseNumber", "2:138 proseNumber"));
  EXPECT_EQ(findings[0].message,
            "description: \"Each medical assistants\" puts \"Each\" before the plural title; write "
            "\"Each medical "
            "assistant\" or drop \"Each\"");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[1].span.end.column, 162u);  // just past "every medical assistants"
}

TEST(TitleAgreement, OnetStyleImperativeDescriptionsAndPluralUseAreNotReported) {
  // The seed's own prose: "The medical assistant supports", "medical assistants combine".
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), testing::seedPage(), {{"closing_question", kClosingOff}})
          .empty());
}

TEST(TitleAgreement, AHandWrittenRecordIsCheckedByItsName) {
  const auto findings =
      testing::runRuleOnYaml(rule(),
                             "name: Data Scientist\ndescription: All data scientist are busy. A "
                             "data scientist models data.\n");
  EXPECT_THAT(positions(findings), ElementsAre("2:14 proseNumber"));
  EXPECT_EQ(findings[0].message,
            "description: \"All data scientist\" puts \"All\" before the singular title; use the "
            "plural or drop \"All\"");
  EXPECT_TRUE(testing::runRuleOnYaml(
                  rule(), "name: Recruiters\ndescription: |\n  A recruiter sources talent.\n")
                  .empty());
}

}  // namespace
}  // namespace careerlint
