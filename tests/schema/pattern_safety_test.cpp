// `pattern`, `patternProperties` and `format` on hostile texts. They went through std::regex,
// which never returned on the first text below (exponential backtracking in the built-in
// manual-career description pattern) and overflowed the stack on the second; they now go
// through util/regex.h (RE2, linear time) or are decided without a regex.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "schema/schema_test_support.h"

namespace careerlint {
namespace {

using schema_test::check;
using schema_test::compile;
using schema_test::describe;

std::vector<std::string> descriptionFindings(const std::string& description) {
  std::vector<std::string> out;
  for (const Finding& f : check("data_source: manual\ndescription: \"" + description + "\"\n",
                                Schema::manualCareer())) {
    if (f.pointer == "/description") out.push_back(describe(f));
  }
  return out;
}

TEST(PatternSafety, ManyLinesWithoutABlankOneAreRefusedAtOnce) {
  std::string lines;
  for (int i = 0; i < 28; ++i) lines += "ab\\n";
  EXPECT_EQ(descriptionFindings(lines),
            std::vector<std::string>{
                "schema/pattern 2:14 /description | description: \"ab\"… is not in the expected "
                "form (2 or 3 paragraphs separated by a blank line)"});
}

TEST(PatternSafety, AVeryLongTextDoesNotOverflowTheStack) {
  EXPECT_EQ(descriptionFindings(std::string(200000, 'a')),
            std::vector<std::string>{
                "schema/pattern 2:14 /description | description: \"" + std::string(80, 'a') +
                "\"… is not in the expected form (2 or 3 paragraphs separated by a blank line)"});
}

TEST(PatternSafety, PatternPropertiesOnALongKey) {
  const Schema schema = compile(R"({"patternProperties": {"^(a|aa)+$": {"type": "integer"}}})");
  EXPECT_EQ(describe(check(std::string(100000, 'a') + ": x\n", schema)).size(), 1u);
}

TEST(PatternSafety, AFormatIsNotMatchedOnAHugeText) {
  const Schema schema =
      compile(R"({"properties": {"when": {"type": "string", "format": "date-time"}}})");
  EXPECT_EQ(describe(check("when: \"" + std::string(200000, '1') + "\"\n", schema)).size(), 1u);
  EXPECT_TRUE(check("when: \"2026-01-02T03:04:05Z\"\n", schema).empty());
}

TEST(PatternSafety, APatternCareerlintCannotMatchIsASchemaError) {
  auto schema =
      Schema::fromText(R"j({"properties": {"slug": {"pattern": "^(?!draft)"}}})j", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: the pattern (at /properties/slug/pattern) \"^(?!draft)\" is "
            "not a regular "
            "expression careerlint can match (invalid perl operator: (?!)");
}

}  // namespace
}  // namespace careerlint
