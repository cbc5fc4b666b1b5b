#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::relatedCareerExistsRule(); }

std::string pageWithRelated(const std::string& title, const std::vector<std::string>& related) {
  std::string text = title +
                     "\nCare for patients.\n\xF0\x9F\x94\x97"
                     "Related Careers\nOther careers in healthcare-technical\n";
  for (const std::string& career : related) text += career + "\n$60,000/yr\n";
  return text +
         "\xF0\x9F\x94\x97"
         "Data Sources\n";
}

std::string record(const std::string& slug, const std::string& name,
                   const std::string& related = "") {
  return "id: " + slug + "\nname: " + name + "\nslug: " + slug + "\ndata_source: manual\n" +
         related;
}

std::string seedFile(const std::string& name) {
  std::ifstream in(std::string(CAREERLINT_SOURCE_DIR) + "/seeds/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(RelatedCareerExists, TheSeedAndItsConvertedYamlAreOnePageInTwoForms) {
  EXPECT_TRUE(testing::runRuleOnProject(
                  rule(), {{"seeds/medical-assistants.txt", seedFile("medical-assistants.txt")},
                           {"seeds/medical-assistants.yaml", seedFile("medical-assistants.yaml")}})
                  .empty());
}

TEST(RelatedCareerExists, RelatedCardsNameLintedPagesOrContentRootPagesBySlugOrTitle) {
  const auto findings = testing::runRuleOnProject(
      rule(), {{"pages/nurses.txt",
                pageWithRelated("Nurses", {"Surgeons", "Physicians", "Dental Assistants",
                                           "Medical Dosimetrists"})},
               {"pages/surgeons.yaml", record("surgeons", "Surgeons")},
               {"root/physicians.yaml", record("physicians", "Physicians")},
               {"root/dental.yaml", record("dental-assistants-2", "Dental Assistants")}});
  EXPECT_THAT(positions(findings), ElementsAre("11:1 unknownCareer"));
  EXPECT_EQ(findings[0].file, "pages/nurses.txt");
  EXPECT_EQ(findings[0].message,
            "related_careers[3]: \"Medical Dosimetrists\" (medical-dosimetrists) names no page of "
            "the linted files or the "
            "content roots: correct the slug, add the page, or list the directory of the site's "
            "pages under "
            "content_roots");
  EXPECT_EQ(findings[0].pointer, "/related_careers/3/slug");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(RelatedCareerExists, ALonePageWithoutContentRootsHasNothingToBeCheckedAgainst) {
  EXPECT_TRUE(
      testing::runRuleOnProject(rule(), {{"nurses.txt", pageWithRelated("Nurses", {"Surgeons"})}})
          .empty());
  EXPECT_THAT(positions(testing::runRuleOnProject(
                  rule(), {{"nurses.txt", pageWithRelated("Nurses", {"Surgeons"})},
                           {"root/physicians.yaml", record("physicians", "Physicians")}})),
              ElementsAre("5:1 unknownCareer"));
}

TEST(RelatedCareerExists, AHandWrittenRecordsRelatedSlugsAndAReferenceToItself) {
  const std::string related =
      "related_careers:\n  - slug: \"recruiters\"\n    relationship: \"similar\"\n  - slug: "
      "\"hr-managers\"\n"
      "    relationship: \"advancement\"\n  - slug: \"sourcers\"\n    relationship: \"pivot\"\n";
  const auto findings = testing::runRuleOnProject(
      rule(), {{"manual/recruiters.yaml", record("recruiters", "Recruiters", related)},
               {"manual/hr-managers.yaml", record("hr-managers", "HR Managers")}});
  EXPECT_THAT(positions(findings), ElementsAre("6:11 selfReference", "10:11 unknownCareer"));
  EXPECT_EQ(findings[0].message,
            "related_careers[0]: \"recruiters\" is this page itself: name another career");
}

TEST(RelatedCareerExists, TwoPagesWithOneSlugOrOneTitle) {
  const auto findings = testing::runRuleOnProject(
      rule(), {{"a/nurses.txt", pageWithRelated("Nurses", {})},
               {"a/nurses.yaml", record("nurses", "Nurses")},  // the same page in two forms
               {"b/nurses.txt", pageWithRelated("Nurses", {})},
               {"c/rn.yaml", record("registered-nurses", "Nurses")}});
  EXPECT_THAT(positions(findings), ElementsAre("1:1 duplicateSlug", "2:7 duplicateTitle"));
  EXPECT_EQ(findings[0].file, "b/nurses.txt");
  EXPECT_EQ(findings[0].message,
            "slug \"nurses\" is also the slug of a/nurses.txt: two pages at one address; rename "
            "one or remove the copy");
  EXPECT_EQ(findings[1].file, "c/rn.yaml");
  EXPECT_EQ(findings[1].message,
            "title \"Nurses\" is also the title of a/nurses.txt (slug \"nurses\"): readers cannot "
            "tell the two careers "
            "apart; make the titles distinct");
  EXPECT_EQ(findings[1].pointer, "/name");
}

TEST(RelatedCareerExists,
     ALintedPageThatCopiesAContentRootPageIsADuplicateButRootsAreNeverReportedOn) {
  const auto findings =
      testing::runRuleOnProject(rule(), {{"drafts/nurses.yaml", record("nurses", "Nurses")},
                                         {"root/site/nurses.yaml", record("nurses", "Nurses")},
                                         {"root/old/nurses.yaml", record("nurses", "Nurses")}});
  EXPECT_THAT(positions(findings), ElementsAre("3:7 duplicateSlug"));
  EXPECT_EQ(findings[0].message,
            "slug \"nurses\" is also the slug of root/old/nurses.yaml: two pages at one address; "
            "rename one or remove "
            "the copy");
}

}  // namespace
}  // namespace careerlint
