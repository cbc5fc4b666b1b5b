#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::nonstandardVocabularyRule(); }

std::string page(const std::string& education, const std::string& experience,
                 const std::string& training) {
  return "Nurses\nCare for patients.\n\xF0\x9F\x93\x9A"
         "Education & Training\nRequirements\n- \xE2\x80\xA2"
         "Entry Education: " +
         education +
         "\n- \xE2\x80\xA2"
         "Experience: " +
         experience +
         "\n- \xE2\x80\xA2"
         "On-the-job Training: " +
         training + "\nTime & Cost\n";
}

std::string manualRecord(const std::string& experience) {
  return "id: recruiters\nname: Recruiters\ndata_source: manual\neducation:\n"
         "  typical_entry_education: \"Bachelor's degree\"\n"
         "  work_experience_required: \"" +
         experience +
         "\"\n"
         "  on_the_job_training: \"Short-term\"\n";
}

TEST(NonstandardVocabulary, TheSeedUsesTheSitesOnetPhrasesOfOneJobZone) {
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
}

TEST(NonstandardVocabulary, AValueOfTheMinorityVocabularyIsReportedWithItsCounterpart) {
  const auto findings = testing::runRuleOnPage(
      rule(), page("Post-secondary certificate", "2-5 years", "Several years"));
  EXPECT_THAT(positions(findings), ElementsAre("6:16 otherVocabulary"));
  EXPECT_EQ(findings[0].message,
            "education.work_experience_required: \"2-5 years\" is from the BLS categories and the "
            "manual template's "
            "phrases, while typical_entry_education \"Post-secondary certificate\" is from the "
            "site's O*NET phrases; a "
            "page uses one vocabulary: did you mean \"Several years\"?");
  EXPECT_EQ(findings[0].pointer, "/education/work_experience_required");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(NonstandardVocabulary, OnATieTheLaterValueIsReported) {
  // "Bachelor's degree" belongs to both vocabularies; experience and training disagree.
  const auto findings = testing::runRuleOnPage(
      rule(), page("Bachelor's degree", "1-2 years", "Few months to one year"));
  EXPECT_THAT(positions(findings), ElementsAre("7:25 otherVocabulary"));
  EXPECT_THAT(findings[0].message, ::testing::EndsWith("did you mean \"Moderate-term\"?"));
}

TEST(NonstandardVocabulary, ExperienceAndTrainingFromTwoJobZones) {
  const auto findings = testing::runRuleOnPage(
      rule(), page("Bachelor's degree", "Several years", "Short demonstration"));
  EXPECT_THAT(positions(findings), ElementsAre("7:25 jobZonePair"));
  EXPECT_EQ(
      findings[0].message,
      "education.on_the_job_training: \"Short demonstration\" is O*NET Job Zone 1's training, but "
      "work_experience_required \"Several years\" is Job Zone 4's experience (which goes with "
      "\"Several years\"): "
      "the site takes both from one Job Zone, so one of the two was changed");
}

TEST(NonstandardVocabulary, EachVocabularyOnItsOwnIsAccepted) {
  EXPECT_TRUE(testing::runRuleOnPage(
                  rule(), page("Doctoral degree", "Extensive experience", "Extensive training"))
                  .empty());
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), page("Bachelor's degree", "1-2 years", "None")).empty());
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), manualRecord("2-5 years")).empty());
}

TEST(NonstandardVocabulary, ValuesInNoListAreLeftToTheSchemaByDefault) {
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), page("Bachelors degre", "Over 10 years", "Several years"))
          .empty());
  // A hand-written record's schema allows only the template's phrases: its errors, not ours.
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), manualRecord("One to two years")).empty());
}

TEST(NonstandardVocabulary, CheckUnlistedSuggestsTheClosestAllowedValue) {
  const std::map<std::string, OptionValue> on = {{"check_unlisted", true}};
  const auto findings =
      testing::runRuleOnPage(rule(),
                             page("High School Diploma - or the equivalent (for example, GED)",
                                  "Over 10 years", "Few months to one yr"),
                             on);
  EXPECT_THAT(positions(findings), ElementsAre("5:21 unlisted", "6:16 unlisted", "7:25 unlisted"));
  EXPECT_EQ(findings[0].message,
            "education.typical_entry_education: \"High School Diploma - or the equivalent (for "
            "example, GED)\" is not "
            "one of the site's values for Entry Education; did you mean \"High school diploma or "
            "equivalent\"?");
  EXPECT_EQ(findings[1].message,
            "education.work_experience_required: \"Over 10 years\" is not one of the site's values "
            "for Experience; did "
            "you mean \"Extensive experience\"?");
  EXPECT_THAT(findings[2].message, ::testing::EndsWith("did you mean \"Few months to one year\"?"));

  // O*NET's own category wording, which no list holds: suggested by the span it names.
  const auto onet =
      testing::runRuleOnPage(rule(),
                             page("Post-Secondary Certificate - awarded for training", "None",
                                  "Over 4 years, up to and including 10 years"),
                             on);
  EXPECT_THAT(positions(onet), ElementsAre("5:21 unlisted", "7:25 unlisted"));
  EXPECT_THAT(onet[0].message, ::testing::EndsWith("did you mean \"Post-secondary certificate\"?"));
  EXPECT_THAT(onet[1].message, ::testing::EndsWith("did you mean \"Several years\"?"));

  const auto manual = testing::runRuleOnYaml(rule(), manualRecord("One to two years"), on);
  EXPECT_THAT(positions(manual), ElementsAre("6:29 unlisted"));
  EXPECT_EQ(manual[0].message,
            "education.work_experience_required: \"One to two years\" is not one of the manual "
            "template's values for "
            "Experience; did you mean \"1-2 years\"?");
}

}  // namespace
}  // namespace careerlint
