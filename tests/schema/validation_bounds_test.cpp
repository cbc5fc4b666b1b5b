// Validation is bounded: a schema that branches exponentially or leads back to itself without
// descending into the document stops with one finding instead of hanging or overflowing the
// stack (both happened before the bounds in schema/walk.h).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "schema/schema_test_support.h"

namespace careerlint {
namespace {

using schema_test::compile;
using schema_test::describe;

std::vector<std::string> validateDeep(const Schema& schema, const std::string& yaml) {
  YamlLimits limits;
  limits.maxDepth = 100000;
  auto document = loadYaml(yaml, limits);
  EXPECT_TRUE(document);
  if (!document) return {};
  FindingList findings;
  validate(*document, schema, "deep.yaml", findings);
  return describe(findings.findings);
}

std::string stopped(const std::string& schemaName) {
  return "schema/limit 1:1  | validation stopped: checking this document against " + schemaName +
         " takes more than 200000 steps or 1000 nested checks (a schema that loops or branches "
         "without end?)";
}

TEST(ValidationBounds, ExponentialBranchingStops) {
  const Schema schema = compile(
      R"({"oneOf": [{"type": "array", "items": {"$ref": "#"}}, {"type": "array", "items": {"$ref": "#"}},
                    {"type": "null"}]})");
  EXPECT_EQ(validateDeep(schema, std::string(25, '[') + "1" + std::string(25, ']') + "\n"),
            std::vector<std::string>{stopped("inline.schema.json")});
}

TEST(ValidationBounds, ALoopThroughAllOfStops) {
  const Schema schema = compile(
      R"({"definitions": {"a": {"allOf": [{"$ref": "#/definitions/b"}]}, "b": {"allOf": [{"$ref": "#/definitions/a"}]}},
          "$ref": "#/definitions/a"})");
  EXPECT_EQ(validateDeep(schema, "x: 1\n"),
            std::vector<std::string>{stopped("inline.schema.json")});
}

TEST(ValidationBounds, AVeryDeepDocumentStopsInsteadOfOverflowingTheStack) {
  const Schema schema =
      compile(R"({"additionalProperties": {"$ref": "#"}, "items": {"$ref": "#"}})");
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "{a: ";
  deep += "1" + std::string(20000, '}') + "\n";
  EXPECT_EQ(validateDeep(schema, deep), std::vector<std::string>{stopped("inline.schema.json")});
}

TEST(ValidationBounds, ADocumentWithinTheBoundsIsCheckedWhole) {
  const Schema schema = compile(R"({"items": {"$ref": "#"}, "type": ["array", "string"]})");
  EXPECT_EQ(validateDeep(schema, std::string(500, '[') + "1" + std::string(500, ']') + "\n").size(),
            1u);
}

}  // namespace
}  // namespace careerlint
