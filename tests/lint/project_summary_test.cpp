// What cross-file rules keep of a file (careerlint::ProjectSummary): what summarize() takes from
// a document, how the --cache writes it, and that a run reports cross-file findings from it at
// the place in the file, the document being gone by then.
#include <gtest/gtest.h>

#include <algorithm>

#include "careerlint/rule.h"
#include "careerlint/yaml_loader.h"
#include "lint/engine.h"
#include "lint/file_cache.h"
#include "support/harness.h"

namespace careerlint::lint {
namespace {

using careerlint::testing::TempDir;

constexpr std::string_view kRecord =
    "schema_version: 1\n"
    "title: '  Nurses '\n"
    "slug: nurses\n"
    "category: healthcare-clinical\n"
    "related_careers:\n"
    "  - title: Surgeons\n"
    "    slug: surgeons\n"
    "    median_pay: 250000\n"
    "  - note: no slug or title\n"
    "  - slug: dental-assistants\n"
    "    relationship: similar\n";

ProjectSummary summaryOf(std::string_view text) {
  auto document = loadYaml(text);
  EXPECT_TRUE(document);
  return document ? summarize(*document) : ProjectSummary();
}

TEST(ProjectSummary, CarriesTheNamesAndCardsCrossFileRulesReadWithTheirSpans) {
  const ProjectSummary summary = summaryOf(kRecord);
  EXPECT_TRUE(summary.isRecord);
  EXPECT_TRUE(summary.hasSlugNode);
  EXPECT_FALSE(summary.titleIsName);
  EXPECT_EQ(summary[summary.slug], "nurses");
  EXPECT_EQ(summary.slugSpan.begin, (Position{3, 7, 43}));
  EXPECT_EQ(summary[summary.title], "Nurses");
  EXPECT_EQ(summary[summary.titleKey], "nurses");
  EXPECT_EQ(summary.titleSpan.begin.line, 2u);
  EXPECT_EQ(summary.titleSpan.begin.column, 8u);
  EXPECT_EQ(summary[summary.category], "healthcare-clinical");
  ASSERT_EQ(summary.cards.size(), 2u);  // the entry with neither slug nor title is left out
  const ProjectSummary::Card& surgeons = summary.cards[0];
  EXPECT_EQ(surgeons.index, 0u);
  EXPECT_EQ(summary[surgeons.title], "Surgeons");
  EXPECT_EQ(summary[surgeons.slug], "surgeons");
  EXPECT_EQ(surgeons.where.begin.line, 6u);  // the title's span
  EXPECT_EQ(surgeons.where.begin.column, 12u);
  EXPECT_TRUE(surgeons.hasPay);
  EXPECT_EQ(surgeons.pay, 250000);
  EXPECT_EQ(surgeons.paySpan.begin.line, 8u);
  EXPECT_FALSE(surgeons.hasRelationship);
  const ProjectSummary::Card& dental = summary.cards[1];
  EXPECT_EQ(dental.index, 2u);
  EXPECT_EQ(dental.title.size, 0u);
  EXPECT_EQ(dental.where.begin.line, 10u);  // no title: the slug's span
  EXPECT_EQ(dental.where.begin.column, 11u);
  EXPECT_TRUE(dental.hasRelationship);
  EXPECT_FALSE(dental.hasPay);
}

TEST(ProjectSummary, AHandWrittenRecordIsNamedByItsNameAndId) {
  const ProjectSummary summary = summaryOf("name: Dental Assistants\nid: dental-assistants\n");
  EXPECT_TRUE(summary.titleIsName);
  EXPECT_TRUE(summary.hasSlugNode);
  EXPECT_EQ(summary[summary.slug], "dental-assistants");
  EXPECT_EQ(summary[summary.titleKey], "dental assistants");
  const ProjectSummary derived = summaryOf("schema_version: 1\ntitle: Dental Assistants\n");
  EXPECT_FALSE(derived.hasSlugNode);
  EXPECT_EQ(derived[derived.slug], "dental-assistants");  // from the title
}

TEST(ProjectSummary, AListOfCareersIsAnIndex) {
  const ProjectSummary summary = summaryOf(
      "- {slug: ' nurses ', title: Nurses, category: health, median_pay: 60000}\n"
      "- {slug: no-title}\n"
      "- {slug: surgeons, title: Surgeons}\n");
  EXPECT_FALSE(summary.isRecord);
  ASSERT_EQ(summary.index.size(), 2u);
  EXPECT_EQ(summary[summary.index[0].slug], "nurses");
  EXPECT_EQ(summary[summary.index[0].category], "health");
  EXPECT_TRUE(summary.index[0].hasPay);
  EXPECT_EQ(summary.index[0].pay, 60000);
  EXPECT_EQ(summary[summary.index[1].title], "Surgeons");
  EXPECT_FALSE(summary.index[1].hasPay);
}

TEST(ProjectSummary, TheCacheTextReadsBackAsTheSameSummary) {
  for (const ProjectSummary& summary : {summaryOf(kRecord), summaryOf("name: A\nid: a\n"),
                                        summaryOf("- {slug: a, title: A}\n"), ProjectSummary()}) {
    const std::optional<ProjectSummary> back = summaryFromJson(summaryJson(summary));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, summary);
  }
}

TEST(ProjectSummary, ACacheTextThatIsNotOneIsRefused) {
  std::string text = summaryJson(summaryOf(kRecord));
  EXPECT_FALSE(summaryFromJson(text.substr(0, text.size() / 2)));
  EXPECT_FALSE(summaryFromJson("[]"));
  EXPECT_FALSE(summaryFromJson("{\"a\": 1}"));
  // A value that points past the summary's text.
  EXPECT_FALSE(
      summaryFromJson(R"(["ab",1,[1,5],[0,0,0,0,0,0],[0,0],[0,0,0,0,0,0],[0,0],[0,0],[],[]])"));
}

// The engine lets each document go once its file is checked: related-career-exists reports from
// the summaries, at the same file:line:col as from the documents.
TEST(ProjectSummary, ARunReportsCrossFileFindingsWhereTheyAreWritten) {
  TempDir dir;
  dir.write("a.yaml",
            "schema_version: 1\ntitle: Nurses\nslug: nurses\nrelated_careers:\n"
            "  - title: Nobody\n    slug: nobody\n");
  dir.write("b.yaml", "schema_version: 1\ntitle: Surgeons\nslug: nurses\n");
  EngineOptions options;
  options.jobs = 2;
  const RunResult result = run({dir.path().string()}, options);
  std::vector<std::string> found;
  for (const Finding& finding : result.findings) {
    if (finding.ruleId != "related-career-exists") continue;
    found.push_back(std::filesystem::path(finding.file).filename().string() + ":" +
                    std::to_string(finding.span.begin.line) + ":" +
                    std::to_string(finding.span.begin.column) + " " + finding.messageId + " " +
                    finding.pointer);
  }
  EXPECT_EQ(found, (std::vector<std::string>{"a.yaml:5:12 unknownCareer /related_careers/0/slug",
                                             "b.yaml:3:7 duplicateSlug /slug"}));
}

}  // namespace
}  // namespace careerlint::lint
