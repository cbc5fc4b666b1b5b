#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::staleDataRule(); }

std::map<std::string, OptionValue> today(const std::string& date) { return {{"today", date}}; }

const std::string kFullPage =
    "Nurses\nCare for patients.\n\xF0\x9F\x93\x9A"
    "Education & Training\nRequirements\nTime & Cost\n"
    "Source: college board (2021)\n\xF0\x9F\x94\x97"
    "Data Sources\nLast updated: 2024-01-09\n";

std::string manualRecord(const std::string& lastUpdated, int wageYear) {
  return "id: recruiters\nname: Recruiters\ndata_source: manual\nlast_updated: \"" + lastUpdated +
         "\"\nwages:\n  source: \"Glassdoor (Jan 2026)\"\n  year: " + std::to_string(wageYear) +
         "\nai_assessment:\n  jobGrowth:\n    percentChange: 8\n    source: \"BLS Employment "
         "Projections 2024-2034\"\n";
}

TEST(StaleData, TheSeedsProjectionIsCurrentIn2026) {
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage(), today("2026-11-26")).empty());
}

TEST(StaleData, TheSeedsProjectionIsStaleOnceItStartsMoreThanTwoYearsAgo) {
  const auto findings = testing::runRuleOnPage(rule(), testing::seedPage(), today("2027-06-01"));
  EXPECT_THAT(positions(findings), ElementsAre("32:6 staleProjection"));
  EXPECT_EQ(findings[0].message,
            "ai_assessment.jobGrowth.source: the projection period 2024-2034 starts 3 years before "
            "today's year (2027), "
            "more than 2: BLS publishes new 10-year projections every year; update the growth "
            "figure and its period");
  EXPECT_EQ(findings[0].span.end.column, 15u);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(StaleData, LastUpdatedAndTheCostYearOfAFullPage) {
  const auto findings = testing::runRuleOnPage(rule(), kFullPage, today("2026-11-26"));
  EXPECT_THAT(positions(findings), ElementsAre("6:24 staleYear", "8:15 staleDate"));
  EXPECT_EQ(findings[0].message,
            "education.cost_data_source.year: the education costs are from 2021, 5 years before "
            "today's year (2026), "
            "more than 2: refresh them from the newest data and update the year");
  EXPECT_EQ(findings[1].message,
            "last_updated: 2024-01-09 is 1052 days before today (2026-11-26), more than 365: "
            "review the page's figures "
            "and update the date");
  const std::map<std::string, OptionValue> lenient = {{"today", std::string("2026-11-26")},
                                                      {"max_age_days", std::int64_t{1100}},
                                                      {"max_age_years", std::int64_t{5}}};
  EXPECT_TRUE(testing::runRuleOnPage(rule(), kFullPage, lenient).empty());
}

TEST(StaleData, AHandWrittenRecordsDateWageYearAndProjection) {
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), manualRecord("2026-01-08", 2026), today("2026-11-26"))
                  .empty());
  const auto findings =
      testing::runRuleOnYaml(rule(), manualRecord("2026-01-08", 2023), today("2027-03-01"));
  EXPECT_THAT(positions(findings),
              ElementsAre("4:15 staleDate", "7:9 staleYear", "11:41 staleProjection"));
  EXPECT_EQ(findings[0].message,
            "last_updated: 2026-01-08 is 417 days before today (2027-03-01), more than 365: review "
            "the page's figures "
            "and update the date");
  EXPECT_EQ(findings[1].message,
            "wages.year: the wage figures are from 2023, 4 years before today's year (2027), more "
            "than 2: refresh them "
            "from the newest data and update the year");
  EXPECT_EQ(findings[2].span.end.column, 50u);  // quoted, yet exactly the period inside it
}

TEST(StaleData, DatesAndYearsAfterTodayAreReported) {
  const auto findings =
      testing::runRuleOnYaml(rule(), manualRecord("2027-01-08", 2028), today("2026-11-26"));
  EXPECT_THAT(positions(findings), ElementsAre("4:15 futureDate", "7:9 futureDate"));
  EXPECT_EQ(findings[0].message,
            "last_updated: 2027-01-08 is after today (2026-11-26): correct the date to when the "
            "page was last reviewed");
  EXPECT_EQ(findings[1].message,
            "wages.year: 2028 is after today's year (2026): correct the year of the wage figures");
}

TEST(StaleData, WithoutTodayTheRealDateIsUsed) {
  // The seed's projection started in 2024 and never lies in the future.
  for (const Finding& finding : testing::runRuleOnPage(rule(), testing::seedPage())) {
    EXPECT_EQ(finding.messageId, "staleProjection");
  }
  EXPECT_THAT(positions(testing::runRuleOnYaml(rule(), manualRecord("2000-01-01", 2026),
                                               today("not a date"))),
              ::testing::Contains("4:15 staleDate"));
}

}  // namespace
}  // namespace careerlint
