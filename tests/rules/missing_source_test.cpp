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

const Rule& rule() { return rules::missingSourceRule(); }

// A full-projection page (docs/page-layout.md §9): a breakdown, pay levels, costs with their
// source, a growth figure with its note, and a Data Sources section that kept its text.
std::string fullPage(const std::string& costSource, const std::string& growthNote,
                     const std::string& sources, const std::string& progressionSource = "") {
  const std::string inside =
      "\xF0\x9F\x92\xA1Inside This Career\n"
      "Perhaps 60% of time goes to care. Another 40% involves records.\n";
  const std::string progression =
      "\xF0\x9F\x93\x88"
      "Career Progression\n1\nEntry (10th %ile)\n0-2 years experience\n"
      "$40,640\n$36,576 - $44,704\n";
  const std::string education =
      "\xF0\x9F\x93\x9A"
      "Education & Training\nRequirements\nTime & Cost\n"
      "Estimated Education Cost\n$1,000 - $15,000\n";
  const std::string ai =
      "\xF0\x9F\xA4\x96"
      "AI Resilience Assessment\nAI Resilience Assessment\nJob Growth\nStable\n"
      "+5% over 10 years\n";
  const std::string dataSources =
      "\xF0\x9F\x94\x97"
      "Data Sources\nLast updated: 2026-01-09\n";
  return "Nurses\nCare for patients.\n" + inside + progression + progressionSource + education +
         costSource + ai + growthNote + dataSources + sources;
}

std::string seedYaml() { return testing::readSourceFile("seeds/medical-assistants.yaml"); }

std::string manualRecord(const std::string& wageSource, const std::string& growthSource,
                         const std::string& citations) {
  return "id: recruiters\nname: Recruiters\ndata_source: manual\nwages:\n" + wageSource +
         "  year: 2026\n  annual:\n    median: 75000\nai_assessment:\n  jobGrowth:\n    "
         "percentChange: 8\n" +
         growthSource + citations;
}

TEST(MissingSource, TheSeedsSourcesWereDroppedByTheExtractionNotByAnEditor) {
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), seedYaml()).empty());
}

TEST(MissingSource, AFullPageWithEveryNoteAndASourceIsClean) {
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), fullPage("Source: trade data (2024)\n", "(BLS 2024-2034)\n",
                                              "O*NET 30.1 (consolidated) \xE2\x86\x97\n"))
          .empty());
}

TEST(MissingSource, PayLevelsWhileTheDataSourcesSectionKeptItsTextButListsNoSource) {
  const auto findings = testing::runRuleOnPage(
      rule(), fullPage("Source: trade data (2024)\n", "(BLS 2024-2034)\n", ""));
  EXPECT_THAT(positions(findings), ElementsAre("23:1 noDataSources"));
  EXPECT_EQ(findings[0].message,
            "data_sources: the page shows pay levels but its Data Sources section lists no source "
            "for them: add where the figures come from (e.g. BLS OES)");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  // A Levels.fyi progression cites itself on its "Data source:" line.
  EXPECT_TRUE(
      testing::runRuleOnPage(rule(), fullPage("Source: trade data (2024)\n", "(BLS 2024-2034)\n",
                                              "", "Data source: Levels.fyi (close match)\n"))
          .empty());
}

TEST(MissingSource, FiguresWithTheirOwnNotesNeedNoListAndTheBreakdownIsTheNarrativesEstimate) {
  // Without pay levels: the growth rate has its note, the costs their line, and the breakdown
  // has no source anywhere on the site.
  std::string page = fullPage("Source: trade data (2024)\n", "(BLS 2024-2034)\n", "");
  const std::size_t from = page.find("\xF0\x9F\x93\x88");
  page.erase(from, page.find("\xF0\x9F\x93\x9A") - from);
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(MissingSource, AFigureWithoutItsOwnSourceNote) {
  const auto findings = testing::runRuleOnPage(rule(), fullPage("", "", "BLS OES \xE2\x86\x97\n"));
  EXPECT_THAT(positions(findings), ElementsAre("15:1 noSource", "20:1 noSource"));
  EXPECT_EQ(findings[0].message,
            "education: the page shows education costs but no \"Source: …\" line for them (the "
            "site prints one under Time & Cost): add the source and its year");
  EXPECT_EQ(findings[1].message,
            "ai_assessment.jobGrowth: the page shows a growth rate but not its source note (the "
            "site prints \"(BLS 2024-2034)\" under it): add the projection it comes from");
}

TEST(MissingSource, AHandWrittenRecordCitesItsWagesAndGrowth) {
  const std::string cited =
      "source_citations:\n  wages: \"Glassdoor (Jan 2026)\"\n  outlook: \"BLS OOH\"\n";
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), manualRecord("", "", cited)).empty());
  EXPECT_TRUE(testing::runRuleOnYaml(
                  rule(), manualRecord("  source: \"Glassdoor\"\n", "    source: \"BLS\"\n", ""))
                  .empty());

  const auto findings = testing::runRuleOnYaml(rule(), manualRecord("", "", ""));
  EXPECT_THAT(positions(findings), ElementsAre("4:1 noSource", "10:20 noSource"));
  EXPECT_EQ(findings[0].message,
            "wages: the record states wage figures but neither wages.source nor "
            "source_citations.wages says where they "
            "come from: add the source");
  EXPECT_EQ(
      findings[1].message,
      "ai_assessment.jobGrowth: the record states a growth rate but neither jobGrowth.source nor "
      "source_citations.outlook says where it comes from: add the source");
}

TEST(MissingSource, ASourceThatSaysThereIsNoData) {
  const auto findings = testing::runRuleOnYaml(
      rule(), manualRecord("  source: \"Glassdoor\"\n",
                           "    source: \"Estimated - BLS data unavailable\"\n", ""));
  EXPECT_THAT(positions(findings), ElementsAre("12:13 estimateWithoutData"));
  EXPECT_EQ(findings[0].message,
            "ai_assessment.jobGrowth.source: \"Estimated - BLS data unavailable\" says the growth "
            "figure has no data "
            "behind it: cite a projection or remove the figure");
}

}  // namespace
}  // namespace careerlint
