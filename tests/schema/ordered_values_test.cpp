#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "schema/schema_test_support.h"

namespace careerlint::schema_test {
namespace {

TEST(OrderedValues, EachValueIsAtLeastTheOneBefore) {
  const Schema schema = compile(R"({"x-careerlint-ordered": {"keys": ["low", "mid", "high"]}})");
  EXPECT_EQ(describe(check("low: 1\nmid: 1\nhigh: 2\n", schema)), Lines{});
  EXPECT_EQ(describe(check("low: 3\nmid: 2\nhigh: 4\n", schema)),
            Lines{"ordered-values/outOfOrder 2:6 /mid | mid: 2 is less than low (3); expected "
                  "low ≤ mid ≤ high"});
}

TEST(OrderedValues, MissingAndNullValuesAreSkipped) {
  const Schema schema = compile(R"({"x-careerlint-ordered": {"keys": ["low", "mid", "high"]}})");
  EXPECT_EQ(describe(check("low: 3\nmid: null\nhigh: 4\n", schema)), Lines{});
  EXPECT_EQ(describe(check("low: 5\nhigh: 4\n", schema)),
            Lines{"ordered-values/outOfOrder 2:7 /high | high: 4 is less than low (5); expected "
                  "low ≤ mid ≤ high"});
}

TEST(OrderedValues, StrictForbidsEqualNeighbours) {
  const Schema schema =
      compile(R"({"x-careerlint-ordered": {"keys": ["min", "max"], "strict": true}})");
  EXPECT_EQ(
      describe(check("min: 2\nmax: 2\n", schema)),
      Lines{"ordered-values/outOfOrder 2:6 /max | max: 2 equals min (2); expected min < max"});
  EXPECT_EQ(describe(check("min: 2\nmax: 2.5\n", schema)), Lines{});
}

TEST(OrderedValues, TheManualSchemaOrdersWagePercentilesAndYears) {
  const std::string fixture = readFixture("manual-valid.yaml");
  EXPECT_EQ(
      describe(
          check(replaceOnce(fixture, "pct_25: 110000", "pct_25: 80000"), Schema::manualCareer())),
      Lines{"ordered-values/outOfOrder 20:13 /wages/annual/pct_25 | wages.annual.pct_25: 80000 "
            "is less than pct_10 (90000); expected pct_10 ≤ pct_25 ≤ median ≤ pct_75 ≤ pct_90"});
  EXPECT_EQ(
      describe(check(replaceOnce(fixture, "max_years: 8", "max_years: 5"), Schema::manualCareer())),
      Lines{"ordered-values/outOfOrder 41:16 /education/time_to_job_ready/max_years | "
            "education.time_to_job_ready.max_years: 5 is less than typical_years (6); "
            "expected min_years ≤ typical_years ≤ max_years"});
}

TEST(OrderedValues, TheCareerSchemaOrdersDurationsCostsAndPay) {
  const std::string fixture = readFixture("career-valid.yaml");
  EXPECT_EQ(describe(check(replaceOnce(fixture, "typical_years: 1}", "typical_years: 3}"),
                           Schema::career())),
            Lines{"ordered-values/outOfOrder 45:51 /education/education_duration/max_years | "
                  "education.education_duration.max_years: 2 is less than typical_years (3); "
                  "expected min_years ≤ typical_years ≤ max_years"});
  EXPECT_EQ(describe(check(replaceOnce(fixture, "{median: 41000, min: 37000, max: 45000}",
                                       "{median: 41000, min: 42000, max: 45000}"),
                           Schema::career())),
            Lines{"ordered-values/outOfOrder 35:38 "
                  "/career_progression/levels/1/compensation/total/median | "
                  "career_progression.levels[1].compensation.total.median: 41000 is less than min "
                  "(42000); expected min ≤ median ≤ max"});
  EXPECT_EQ(describe(check(replaceOnce(fixture, "{min_cost: 2500, max_cost: 15000}",
                                       "{min_cost: 25000, max_cost: 15000}"),
                           Schema::career())),
            Lines{"ordered-values/outOfOrder 46:47 /education/estimated_cost/max_cost | "
                  "education.estimated_cost.max_cost: 15000 is less than min_cost (25000); "
                  "expected min_cost ≤ max_cost"});
}

TEST(OrderedValues, BadParametersAreRefused) {
  Expected<Schema> schema =
      Schema::fromText(R"({"x-careerlint-ordered": {"keys": ["only"]}})", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /x-careerlint-ordered: \"keys\" must list at least two keys");
}

}  // namespace
}  // namespace careerlint::schema_test
