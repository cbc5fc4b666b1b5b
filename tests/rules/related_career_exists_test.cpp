#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "careerlint/convert.h"
#include "careerlint/yaml_loader.h"
#include "lint/careers_index.h"
#include "rules/rule_test_util.h"
#include "rules/rules.h"
#include "support/harness.h"

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

std::string seedFile(const std::string& name) { return testing::readSourceFile("seeds/" + name); }

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

// ---- the careers index as a content root -------------------------------------------------

struct Card {
  std::string title;
  std::string pay;  // as the page shows it: "$60,000/yr"
};

std::string pageOf(const std::string& title, const std::string& category,
                   const std::vector<Card>& cards) {
  std::string text = title +
                     "\nCare for patients.\n\xF0\x9F\x94\x97"
                     "Related Careers\nOther careers in " +
                     category + "\n";
  for (const Card& card : cards) text += card.title + "\n" + card.pay + "\n";
  return text +
         "\xF0\x9F\x94\x97"
         "Data Sources\n";
}

// Runs the rule over pages (linted) and a careers index read by careerlint's index reader, as
// the engine reads a content root that names one.
std::vector<Finding> runWithIndex(const std::vector<std::pair<std::string, std::string>>& files,
                                  const std::string& indexJson) {
  std::vector<SourceFile> sources;
  std::vector<Document> documents;
  sources.reserve(files.size() + 1);
  documents.reserve(files.size() + 1);
  for (const auto& [name, text] : files) {
    const bool page = name.ends_with(".txt");
    sources.push_back(
        SourceFile{name, text, page ? SourceFile::Kind::Page : SourceFile::Kind::Yaml});
    if (page) {
      auto conversion = convertPage(text, name);
      if (!conversion) ADD_FAILURE() << name << ": " << conversion.error().message;
      documents.push_back(conversion ? std::move(conversion->document) : Document());
    } else {
      auto document = loadYaml(text);
      if (!document) ADD_FAILURE() << name << ": " << document.error().message;
      documents.push_back(document ? std::move(*document) : Document());
    }
  }
  auto index = lint::loadCareersIndex(indexJson, "careers-index.json");
  if (!index) ADD_FAILURE() << index.error().message;
  sources.push_back(SourceFile{"careers-index.json", indexJson, SourceFile::Kind::Yaml});
  documents.push_back(index ? std::move(*index) : Document());
  // The rule sees each file's summary, as in a run: the documents are gone by then.
  std::vector<ProjectSummary> summaries;
  for (const Document& document : documents) summaries.push_back(summarize(document));
  documents.clear();
  std::vector<ProjectFile> project;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    project.push_back(ProjectFile{sources[i].path, &summaries[i], i < files.size(),
                                  rule().meta().defaultSeverity, RuleOptions(&rule().meta(), {})});
  }
  FindingList sink;
  ProjectContext context(project, rule().meta(), sink);
  rule().checkProject(context);
  sortFindings(sink.findings);
  return sink.findings;
}

const std::string kIndex = R"([
  {"title": "Nurses", "slug": "nurses", "category": "healthcare-technical", "median_pay": 60000},
  {"title": "Surgeons", "slug": "surgeons", "category": "healthcare-technical", "median_pay": 250000},
  {"title": "Physicians", "slug": "physicians", "category": "healthcare-clinical", "median_pay": 230000},
  {"title": "Dental Assistants", "slug": "dental-assistants", "category": "healthcare-technical",
   "median_pay": 45000}
])";

TEST(RelatedCareerExists, CardsAreCheckedAgainstTheCareersIndex) {
  const auto findings =
      runWithIndex({{"pages/nurses.txt", pageOf("Nurses", "healthcare-technical",
                                                {{"Surgeons", "$250,000/yr"},
                                                 {"Physicians", "$230,000/yr"},
                                                 {"Dental Assistants", "$41,000/yr"},
                                                 {"Medical Dosimetrists", "$132,880/yr"}})}},
                   kIndex);
  ASSERT_THAT(positions(findings),
              ElementsAre("7:1 otherCategory", "10:1 stalePay", "11:1 unknownCareer"));
  EXPECT_EQ(findings[0].message,
            "related_careers[1]: \"Physicians\" is in category \"healthcare-clinical\", not this "
            "page's \"healthcare-technical\": the site relates careers of the page's own category");
  EXPECT_EQ(findings[1].message,
            "related_careers[2].median_pay: \"Dental Assistants\" shows $41,000/yr, but the "
            "careers index gives $45,000/yr: the card is stale; render it again from the index");
  EXPECT_EQ(findings[1].pointer, "/related_careers/2/median_pay");
  EXPECT_EQ(findings[2].pointer, "/related_careers/3/slug");
}

TEST(RelatedCareerExists, AHandWrittenRecordsPivotMayLeaveItsCategory) {
  const std::string related =
      "category: healthcare-technical\nrelated_careers:\n  - slug: \"physicians\"\n"
      "    relationship: \"pivot\"\n  - slug: \"sourcers\"\n    relationship: \"pivot\"\n";
  EXPECT_THAT(positions(runWithIndex({{"manual/nurses.yaml", record("nurses", "Nurses", related)}},
                                     kIndex)),
              ElementsAre("9:11 unknownCareer"));
}

TEST(RelatedCareerExists, PagesRenderedFromTheRealIndexRaiseNothing) {
  // Every career of the site's careers index (tests/data/american-dream-jobs), with the related
  // cards the site computes (docs/page-layout.md §3.11: same category, another slug, by median pay
  // descending, 5).
  const std::string text =
      testing::readSourceFile("tests/data/american-dream-jobs/careers-index.json");
  const nlohmann::json index = nlohmann::json::parse(text);
  ASSERT_EQ(index.size(), 165u);
  std::vector<std::pair<std::string, std::string>> pages;
  std::set<std::string> slugs;
  std::size_t cards = 0;
  for (const nlohmann::json& career : index) {
    const std::string slug = career.at("slug");
    if (!slugs.insert(slug).second) continue;  // the index lists one slug twice; the first wins
    std::vector<std::pair<std::int64_t, std::string>> same;
    for (const nlohmann::json& other : index) {
      if (other.at("category") == career.at("category") && other.at("slug") != slug) {
        same.emplace_back(other.at("median_pay").get<std::int64_t>(), other.at("title"));
      }
    }
    std::stable_sort(same.begin(), same.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Card> related;
    for (std::size_t i = 0; i < same.size() && i < 5; ++i) {
      std::string digits = std::to_string(same[i].first);
      for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
      related.push_back({same[i].second, "$" + digits + "/yr"});
    }
    cards += related.size();
    pages.emplace_back("pages/" + slug + ".txt",
                       pageOf(career.at("title"), career.at("category"), related));
  }
  EXPECT_GT(cards, 700u);
  const auto findings = runWithIndex(pages, text);
  EXPECT_TRUE(findings.empty()) << positions(findings).size() << " findings, first: "
                                << (findings.empty()
                                        ? ""
                                        : findings[0].file + ": " + findings[0].message);
}

TEST(RelatedCareerExists, TheIndexReaderTakesBothShapesAndIsBounded) {
  auto index = lint::loadCareersIndex(
      R"([{"title": "A", "slug": "a", "category": "sales", "wages": {"annual": {"median": 5}}}])",
      "careers.json");
  ASSERT_TRUE(index);
  const Node* pay = resolvePointer(index->root(), "/0/median_pay");
  ASSERT_NE(pay, nullptr);
  EXPECT_EQ(pay->number(), 5);
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"{\"careers\": []}",
       "the careers index is not an array of careers (careers-index.json or "
       "careers.json)"},
      {"[{\"title\": \"A\"}]", "the careers index has an entry without a slug and a title"},
      {std::string(40, '[') + std::string(40, ']'),
       "the careers index is nested more than 32 levels deep"},
  };
  for (const auto& [text, message] : refused) {
    auto result = lint::loadCareersIndex(text, "i.json");
    ASSERT_FALSE(result) << text;
    EXPECT_EQ(result.error().message, message);
  }
  EXPECT_FALSE(lint::loadCareersIndex("[{\"title\": ", "i.json"));
  std::string many = "[";
  for (std::size_t i = 0; i <= lint::kMaxIndexEntries; ++i) {
    many += std::string(i ? "," : "") + "{\"slug\":\"s\",\"title\":\"t\"}";
  }
  many += "]";
  auto tooMany = lint::loadCareersIndex(many, "i.json");
  ASSERT_FALSE(tooMany);
  EXPECT_EQ(tooMany.error().message, "the careers index has more than 100000 entries");
}

TEST(RelatedCareerExists, AContentRootMayNameTheCareersIndex) {
  testing::TempDir dir;
  dir.write("site/careers-index.json", kIndex);
  dir.write(".careerlint.yaml", "root: true\ncontent_roots: [site/careers-index.json]\n");
  dir.write("nurses.txt", pageOf("Nurses", "healthcare-technical",
                                 {{"Surgeons", "$250,000/yr"}, {"Dental Assistants", "$4/yr"}}));
  const auto run = testing::runCareerlint({"lint", "-f", "compact", "nurses.txt"}, dir.path());
  EXPECT_NE(run.out.find("nurses.txt:8:1: warning: related_careers[1].median_pay: \"Dental "
                         "Assistants\" shows $4/yr, but the careers index gives $45,000/yr"),
            std::string::npos)
      << run.out << run.err;
  EXPECT_EQ(run.out.find("unknownCareer"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("related_careers[0]"), std::string::npos) << run.out;
}

TEST(RelatedCareerExists, AContentRootIndexThatIsNoIndexStopsTheRun) {
  testing::TempDir dir;
  dir.write("site/careers-index.json", "{\"careers\": []}");
  dir.write(".careerlint.yaml", "root: true\ncontent_roots: [site/careers-index.json]\n");
  dir.write("nurses.txt", pageOf("Nurses", "healthcare-technical", {{"Surgeons", "$250,000/yr"}}));
  const auto run = testing::runCareerlint({"lint", "-f", "compact", "nurses.txt"}, dir.path());
  EXPECT_EQ(run.exitCode, 2) << run.out << run.err;
  EXPECT_NE(run.err.find("careers-index.json: error: the careers index is not an array of careers"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace careerlint
