#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "schema/schema_test_support.h"

namespace careerlint::schema_test {
namespace {

const char* kListSchema = R"({
  "x-careerlint-breakdown": {"total": 100, "share": "share", "remainder": "remainder"}
})";

TEST(BreakdownSum, StatedSharesMustAddUpToTheTotal) {
  const Schema schema = compile(kListSchema);
  EXPECT_EQ(describe(check("- {share: 60}\n- {share: 35}\n", schema)),
            Lines{"breakdown-sum/sumMismatch 1:1  | top level: the shares add up to 95, not 100"});
  EXPECT_EQ(describe(check("- {share: 60}\n- {share: 40}\n", schema)), Lines{});
  EXPECT_EQ(describe(check("[]\n", schema)), Lines{});  // no shares stated: nothing to add up
}

TEST(BreakdownSum, TheRemainderTakesWhatIsLeft) {
  const Schema schema = compile(kListSchema);
  EXPECT_EQ(
      describe(check("- {share: 50}\n- {share: 35}\n- {share: 15, remainder: true}\n", schema)),
      Lines{});
  EXPECT_EQ(
      describe(check("- {share: 50}\n- {share: 35}\n- {share: 20, remainder: true}\n", schema)),
      Lines{"breakdown-sum/remainderMismatch 3:11 /2/share | [2].share: the remainder should "
            "be 15 (100 minus the other shares, 85), found 20"});
  EXPECT_EQ(
      describe(check("- {share: 60}\n- {share: 40}\n- {share: 0, remainder: true}\n", schema)),
      Lines{"breakdown-sum/nothingLeft 3:3 /2 | [2]: takes the remainder, but nothing is "
            "left: the other shares already add up to 100 of 100"});
  EXPECT_EQ(
      describe(check("- {share: 70}\n- {share: 40}\n- {share: 5, remainder: true}\n", schema)),
      Lines{"breakdown-sum/nothingLeft 3:3 /2 | [2]: takes the remainder, but nothing is "
            "left: the other shares already add up to 110 of 100"});
  EXPECT_EQ(describe(check("- {share: 60}\n- {share: 20, remainder: true}\n- {share: 20, "
                           "remainder: true}\n",
                           schema)),
            (Lines{"breakdown-sum/remainderMismatch 2:11 /1/share | [1].share: the remainder "
                   "should be 40 (100 minus the other shares, 60), found 20",
                   "breakdown-sum/multipleRemainders 3:3 /2 | [2]: only one entry can take the "
                   "remainder, and [1] already does"}));
}

TEST(BreakdownSum, NoPartBelowZeroOrAboveTheTotal) {
  const Schema schema = compile(kListSchema);
  EXPECT_EQ(describe(check("- {share: 120}\n- {share: -20}\n", schema)),
            (Lines{"breakdown-sum/partAboveTotal 1:11 /0/share | [0].share: 120 is more than the "
                   "total of 100",
                   "breakdown-sum/negativePart 2:11 /1/share | [1].share: -20 is below 0"}));
  EXPECT_EQ(describe(check("- {share: 100}\n- {share: 0}\n", schema)), Lines{});
}

TEST(BreakdownSum, OnAMappingEachValueIsAPart) {
  const Schema schema = compile(R"({"x-careerlint-breakdown": {"total": 1, "tolerance": 0.01}})");
  EXPECT_EQ(describe(check("female: 0.25\nmale: 0.745\n", schema)), Lines{});
  EXPECT_EQ(describe(check("female: 0.25\nmale: 0.7\n", schema)),
            Lines{"breakdown-sum/sumMismatch 1:1  | top level: the parts add up to 0.95, not 1"});
}

TEST(BreakdownSum, MissingOrNonNumericPartsAreLeftToTheOtherKeywords) {
  const Schema schema = compile(kListSchema);
  EXPECT_EQ(describe(check("- {share: 60}\n- {share: forty}\n", schema)), Lines{});
  EXPECT_EQ(describe(check("- {share: 60}\n- {activity: x}\n", schema)), Lines{});
}

TEST(BreakdownSum, TheCareerSchemaChecksTheTimeBreakdown) {
  const std::string fixture = readFixture("career-valid.yaml");
  EXPECT_EQ(describe(check(replaceOnce(fixture, "share: 35", "share: 30"), Schema::career())),
            Lines{"breakdown-sum/remainderMismatch 22:14 /inside_look/time_breakdown/2/share | "
                  "inside_look.time_breakdown[2].share: the remainder should be 20 (100 minus the "
                  "other shares, 80), found 15"});
  EXPECT_EQ(describe(check(replaceOnce(fixture, "      remainder: true\n", ""), Schema::career())),
            Lines{});
  EXPECT_EQ(describe(check(replaceOnce(fixture, "share: 35", "share: 50"), Schema::career())),
            Lines{"breakdown-sum/nothingLeft 21:7 /inside_look/time_breakdown/2 | "
                  "inside_look.time_breakdown[2]: takes the remainder, but nothing is left: the "
                  "other shares already add up to 100 of 100"});
}

TEST(BreakdownSum, TheManualSchemaChecksTheGenderDistribution) {
  const std::string fixture = readFixture("manual-valid.yaml");
  EXPECT_EQ(describe(check(replaceOnce(fixture, "male: 70", "male: 60"), Schema::manualCareer())),
            Lines{"breakdown-sum/sumMismatch 130:5 /linkedin_data/gender_distribution | "
                  "linkedin_data.gender_distribution: the parts add up to 90, not 100"});
  EXPECT_EQ(describe(check(replaceOnce(fixture, "male: 70", "male: 60\n    nonbinary: 10"),
                           Schema::manualCareer())),
            Lines{});
}

TEST(BreakdownSum, BadParametersAreRefusedWithTheirPlace) {
  Expected<Schema> schema = Schema::fromText(
      R"({"properties": {"x": {"x-careerlint-breakdown": {"remainder": "r"}}}})", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /properties/x/x-careerlint-breakdown: \"remainder\" applies "
            "to lists of entries, which need \"share\"");
  schema = Schema::fromText(R"({"x-careerlint-breakdown": {"total": "100"}})", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /x-careerlint-breakdown: \"total\" must be a number");
}

}  // namespace
}  // namespace careerlint::schema_test
