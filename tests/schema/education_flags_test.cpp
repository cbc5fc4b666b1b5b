#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "schema/schema_test_support.h"

namespace careerlint::schema_test {
namespace {

const char* kSchema = R"({"x-careerlint-education-flags": {
  "education": "level",
  "levels": {"Master's degree": {"true": ["bachelors", "masters"], "false": ["doctoral"]}}}})";

TEST(EducationFlags, FlagsFollowTheNamedLevel) {
  const Schema schema = compile(kSchema);
  EXPECT_EQ(
      describe(check("level: Master's degree\nbachelors: true\nmasters: true\ndoctoral: false\n",
                     schema)),
      Lines{});
  EXPECT_EQ(
      describe(check("level: Master's degree\nbachelors: true\nmasters: false\ndoctoral: true\n",
                     schema)),
      (Lines{"education-flags/requiredByEducation 3:10 /masters | masters: is false, but level "
             "is \"Master's degree\", which needs it true",
             "education-flags/excludedByEducation 4:11 /doctoral | doctoral: is true, but "
             "level is \"Master's degree\", which needs it false"}));
}

TEST(EducationFlags, UnlistedLevelsAndMissingFlagsAreSkipped) {
  const Schema schema = compile(kSchema);
  EXPECT_EQ(describe(check("level: Doctoral degree\nmasters: false\n", schema)), Lines{});
  EXPECT_EQ(describe(check("level: Master's degree\n", schema)), Lines{});
  EXPECT_EQ(describe(check("level: Master's degree\nmasters: \"no\"\n", schema)), Lines{});
}

TEST(EducationFlags, TheManualSchemaChecksTheRecordsFlags) {
  const std::string fixture = readFixture("manual-valid.yaml");
  EXPECT_EQ(
      describe(check(replaceOnce(fixture, "requires_bachelors: true", "requires_bachelors: false"),
                     Schema::manualCareer())),
      Lines{"education-flags/requiredByEducation 45:23 /education/requires_bachelors | "
            "education.requires_bachelors: is false, but education.typical_entry_education is "
            "\"Bachelor's degree\", which needs it true"});
  EXPECT_EQ(
      describe(check(replaceOnce(fixture, "requires_masters: false", "requires_masters: true"),
                     Schema::manualCareer())),
      Lines{"education-flags/excludedByEducation 46:21 /education/requires_masters | "
            "education.requires_masters: is true, but education.typical_entry_education is "
            "\"Bachelor's degree\", which needs it false"});
}

TEST(EducationFlags, BadParametersAreRefused) {
  Expected<Schema> schema = Schema::fromText(
      R"({"x-careerlint-education-flags": {"education": "e", "levels": {"A": {"maybe": []}}}})",
      "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /x-careerlint-education-flags: level \"A\" may only have "
            "\"true\" and \"false\" lists");
}

}  // namespace
}  // namespace careerlint::schema_test
