#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "schema/schema_test_support.h"

namespace careerlint::schema_test {
namespace {

TEST(ComputedTotal, TheTotalIsTheSumOfItsParts) {
  const Schema schema = compile(R"({"x-careerlint-sum": {"total": "t", "parts": ["a", "b"]}})");
  EXPECT_EQ(describe(check("a: 1\nb: 2.5\nt: 3.5\n", schema)), Lines{});
  EXPECT_EQ(describe(check("a: 1\nb: 2\nt: 4\n", schema)),
            Lines{"computed-total/totalMismatch 3:4 /t | t: 4 is not the sum of its parts: a 1 + b "
                  "2 = 3"});
}

TEST(ComputedTotal, OnlyChecksWhenEveryValueIsANumber) {
  const Schema schema = compile(R"({"x-careerlint-sum": {"total": "t", "parts": ["a", "b"]}})");
  EXPECT_EQ(describe(check("a: 1\nt: 4\n", schema)), Lines{});
  EXPECT_EQ(describe(check("a: 1\nb: two\nt: 4\n", schema)), Lines{});
  EXPECT_EQ(describe(check("a: 1\nb: 2\nt: null\n", schema)), Lines{});
}

TEST(ComputedTotal, TheManualSchemaChecksTheAiScore) {
  const std::string fixture = readFixture("manual-valid.yaml");
  // growthPoints 0 also breaks the site's scoring of +4% (growth-points, scoring_test.cpp).
  EXPECT_EQ(
      describe(check(replaceOnce(fixture, "growthPoints: 1", "growthPoints: 0"),
                     Schema::manualCareer())),
      (Lines{"growth-points/pointsMismatch 77:19 /ai_assessment/scoring/growthPoints | "
             "ai_assessment.scoring.growthPoints: is 0, but a change of +4% scores 1 (a change "
             "from 0% to 5%)",
             "computed-total/totalMismatch 79:17 /ai_assessment/scoring/totalScore | "
             "ai_assessment.scoring.totalScore: 4 is not the sum of its parts: exposurePoints 1 "
             "+ growthPoints 0 + humanAdvantagePoints 2 = 3"}));
  // Parts that add up to the total again: no computed-total finding.
  const Lines adjusted =
      describe(check(replaceOnce(replaceOnce(fixture, "growthPoints: 1", "growthPoints: 0"),
                                 "exposurePoints: 1", "exposurePoints: 2"),
                     Schema::manualCareer()));
  for (const std::string& line : adjusted) EXPECT_FALSE(line.starts_with("computed-total/"));
  EXPECT_EQ(adjusted.size(), 2u);
}

TEST(ComputedTotal, BadParametersAreRefused) {
  Expected<Schema> schema = Schema::fromText(R"({"x-careerlint-sum": {"total": "t"}})", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /x-careerlint-sum: \"total\" and \"parts\" are required");
}

}  // namespace
}  // namespace careerlint::schema_test
