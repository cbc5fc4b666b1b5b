#include "careerlint/schema.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#include <vector>

#include "careerlint/yaml_loader.h"
#include "schema/schema_test_support.h"

namespace careerlint {
namespace {

using schema_test::check;
using schema_test::describe;
using schema_test::readFile;
using schema_test::readFixture;
using Lines = std::vector<std::string>;

const std::string kSourceDir = CAREERLINT_SOURCE_DIR;
// The site's 15 hand-written records, copied unchanged (tests/data/README.md).
const std::string kManualDir = std::string(CAREERLINT_TEST_DATA_DIR) + "/manual-careers";
// Shipped by Debian's python3-jsonschema (tools/setup.sh installs it for the tests).
const std::string kDraft7MetaSchema =
    "/usr/lib/python3/dist-packages/jsonschema/schemas/draft7.json";

// valijson, with the draft-07 meta-schema, says whether `schema` is a valid draft-07 schema.
std::vector<std::string> metaSchemaErrors(const nlohmann::json& schema) {
  const nlohmann::json meta = nlohmann::json::parse(readFile(kDraft7MetaSchema));
  valijson::Schema compiled;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(meta), compiled);
  valijson::Validator validator;
  valijson::ValidationResults results;
  validator.validate(compiled, valijson::adapters::NlohmannJsonAdapter(schema), &results);
  std::vector<std::string> errors;
  for (const auto& error : results) {
    std::string where;
    for (const std::string& part : error.context) where += part;
    errors.push_back(where + ": " + error.description);
  }
  return errors;
}

TEST(Schema, TheBuiltInSchemasAreValidDraft07Schemas) {
  ASSERT_TRUE(std::filesystem::exists(kDraft7MetaSchema))
      << "install python3-jsonschema (tools/setup.sh lists it)";
  for (const char* file : {"career.schema.json", "manual-career.schema.json"}) {
    SCOPED_TRACE(file);
    const nlohmann::json schema = nlohmann::json::parse(readFile(kSourceDir + "/schemas/" + file));
    EXPECT_EQ(metaSchemaErrors(schema), std::vector<std::string>{});
    EXPECT_EQ(schema.value("$schema", ""), "http://json-schema.org/draft-07/schema#");
  }
  // The check has teeth: a schema with a wrong keyword type is refused.
  EXPECT_FALSE(metaSchemaErrors(nlohmann::json::parse(R"({"type": 5})")).empty());
  EXPECT_FALSE(metaSchemaErrors(nlohmann::json::parse(R"({"minLength": -1})")).empty());
}

TEST(Schema, TheBuiltInSchemasAreEmbeddedAndNamed) {
  EXPECT_EQ(Schema::career().name(), "builtin:career.schema.json");
  EXPECT_EQ(Schema::manualCareer().name(), "builtin:manual-career.schema.json");
  EXPECT_EQ(Schema::builtin("career"), &Schema::career());
  EXPECT_EQ(Schema::builtin("manual-career"), &Schema::manualCareer());
  EXPECT_EQ(Schema::builtin("careers"), nullptr);
  EXPECT_EQ(Schema::builtinNames().size(), 2u);
}

// The built-in schemas are compiled without the safety checks a user's schema goes through
// (start-up time); this is what makes that safe: they pass those checks.
TEST(Schema, TheBuiltInSchemasPassTheChecksTheirCompilationSkips) {
  for (std::string_view name : Schema::builtinNames()) {
    SCOPED_TRACE(name);
    Expected<Schema> checked = Schema::fromText(Schema::builtinText(name), name);
    EXPECT_TRUE(checked) << (checked ? "" : checked.error().message);
  }
}

TEST(Schema, ChoosesTheBuiltInSchemaADocumentIsWrittenFor) {
  auto chosen = [](std::string_view yaml) {
    Expected<Document> document = loadYaml(yaml);
    EXPECT_TRUE(document);
    return chooseBuiltinSchema(*document).name();
  };
  EXPECT_EQ(chosen("schema_version: 1\ntitle: x\n"), "builtin:career.schema.json");
  EXPECT_EQ(chosen("id: x\ndata_source: manual\n"), "builtin:manual-career.schema.json");
  EXPECT_EQ(chosen("id: x\nname: X\n"), "builtin:manual-career.schema.json");
  EXPECT_EQ(chosen("ai_resilience_tier: 2\n"), "builtin:manual-career.schema.json");
  EXPECT_EQ(chosen("title: x\n"), "builtin:career.schema.json");
  EXPECT_EQ(chosen("- a list\n"), "builtin:career.schema.json");
  EXPECT_EQ(chosen(""), "builtin:career.schema.json");
}

TEST(Schema, ASchemaThatIsNotJsonIsRefusedAtTheSpot) {
  Expected<Schema> schema = Schema::fromText(
      "{\n  \"type\": \"object\",\n  \"required\": [\"a\",]\n}", "bad.schema.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().file, "bad.schema.json");
  EXPECT_EQ(schema.error().where.line, 3u);
  EXPECT_EQ(schema.error().where.column, 20u);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid JSON: syntax error while parsing value - unexpected ']'; "
            "expected '[', '{', or a literal");
}

TEST(Schema, ASchemaThatIsNotAValidSchemaIsRefused) {
  Expected<Schema> schema = Schema::fromText("[1, 2]", "a.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not a JSON Schema: its top level must be an object");

  schema = Schema::fromText(R"({"type": "text"})", "a.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not a valid JSON Schema: Unrecognised JSON type name 'text'");

  schema =
      Schema::fromText(R"({"$schema": "https://json-schema.org/draft/2020-12/schema"})", "a.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(
      schema.error().message,
      "the schema declares $schema \"https://json-schema.org/draft/2020-12/schema\"; careerlint "
      "reads JSON Schema draft-07 (\"http://json-schema.org/draft-07/schema#\")");

  schema = Schema::fromText(R"({"properties": {"a": {"x-careerlint-breakdwon": {}}}})", "a.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /properties/a/x-careerlint-breakdwon: unknown careerlint "
            "keyword; did you mean \"x-careerlint-breakdown\"?");

  // Values that are data, not schemas, are not searched for keywords.
  EXPECT_TRUE(Schema::fromText(R"({"const": {"x-careerlint-anything": 1}})", "a.json"));
}

TEST(Schema, FromFileNamesTheFile) {
  Expected<Schema> schema = Schema::fromFile(kSourceDir + "/tests/fixtures/schema/no-such.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().file, kSourceDir + "/tests/fixtures/schema/no-such.json");
  schema = Schema::fromFile(kSourceDir + "/schemas/career.schema.json");
  ASSERT_TRUE(schema);
  EXPECT_EQ(schema->name(), kSourceDir + "/schemas/career.schema.json");
}

// The seed is converted by careerlint convert; its problems are editorial (the lint rules'),
// so it passes the schema.
TEST(Schema, TheSeedPassesTheCareerSchema) {
  EXPECT_EQ(
      describe(check(readFile(kSourceDir + "/seeds/medical-assistants.yaml"), Schema::career())),
      Lines{});
}

// The site's 15 hand-written records, validated as they are: their real problems.
TEST(Schema, TheFifteenRealRecordsAndTheirFindings) {
  // The schema rules and the site's scoring arithmetic (scoring_test.cpp works the latter out).
  const std::map<std::string, Lines> expected = {
      {"ai-ml-engineers.yaml", {}},
      {"business-development-executives.yaml",
       {"growth-points/pointsMismatch 109:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +15% scores 2 (growth above 5%)",
        "schema/minItems 131:3 /technology_skills | technology_skills: must have at least 8 items, "
        "found 7 (8-12 technical skills)"}},
      {"content-creators.yaml",
       {"education-flags/requiredByEducation 71:23 /education/requires_bachelors | "
        "education.requires_bachelors: is false, but education.typical_entry_education is "
        "\"Bachelor's degree\", which needs it true",
        "exposure-label/labelMismatch 94:12 /ai_assessment/aiExposure/label | "
        "ai_assessment.aiExposure.label: is \"High\", but an exposure score of 0.50 is \"Medium\" "
        "(a score from 0.25 to 0.50)"}},
      {"cybersecurity-analysts.yaml",
       {"education-flags/requiredByEducation 71:23 /education/requires_bachelors | "
        "education.requires_bachelors: is false, but education.typical_entry_education is "
        "\"Bachelor's degree\", which needs it true",
        "exposure-label/labelMismatch 94:12 /ai_assessment/aiExposure/label | "
        "ai_assessment.aiExposure.label: is \"Low\", but an exposure score of 0.25 is \"Medium\" "
        "(a score from 0.25 to 0.50)",
        "human-advantage-category/categoryMismatch 101:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 15 (2 + 2 + 5 + 4 "
        "+ 2) is \"Moderate\" (a sum from 12 to 19)",
        "human-advantage-points/pointsMismatch 111:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 15 (2 + 2 + 5 + 4 "
        "+ 2) scores 1 (a sum from 12 to 19)"}},
      {"data-annotators.yaml",
       {"schema/minItems 131:3 /technology_skills | technology_skills: must have at least 8 items, "
        "found 6 (8-12 technical skills)"}},
      {"data-center-technicians.yaml",
       {"education-flags/requiredByEducation 75:23 /education/requires_associate | "
        "education.requires_associate: is false, but education.typical_entry_education is "
        "\"Associate's degree\", which needs it true",
        "human-advantage-category/categoryMismatch 100:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"Essential\", but an EPOCH sum of 12 (1 + 5 + "
        "3 + 2 + 1) is \"Moderate\" (a sum from 12 to 19)",
        "human-advantage-points/pointsMismatch 110:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 12 (1 + 5 + 3 + 2 "
        "+ 1) scores 1 (a sum from 12 to 19)"}},
      {"devops-engineers.yaml", {}},
      {"executive-assistants.yaml",
       {"education-flags/requiredByEducation 71:23 /education/requires_bachelors | "
        "education.requires_bachelors: is false, but education.typical_entry_education is "
        "\"Bachelor's degree\", which needs it true",
        "human-advantage-category/categoryMismatch 100:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 19 (5 + 4 + 4 + 3 "
        "+ 3) is \"Moderate\" (a sum from 12 to 19)",
        "human-advantage-points/pointsMismatch 110:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 19 (5 + 4 + 4 + 3 "
        "+ 3) scores 1 (a sum from 12 to 19)"}},
      {"growth-marketers.yaml",
       {"growth-points/pointsMismatch 109:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +15% scores 2 (growth above "
        "5%)"}},
      {"management-consultants.yaml",
       {"growth-points/pointsMismatch 109:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +18% scores 2 (growth above "
        "5%)"}},
      {"product-managers.yaml",
       {"exposure-label/labelMismatch 95:12 /ai_assessment/aiExposure/label | "
        "ai_assessment.aiExposure.label: is \"Low\", but an exposure score of 0.25 is \"Medium\" "
        "(a score from 0.25 to 0.50)"}},
      {"quantitative-analysts.yaml",
       {"human-advantage-category/categoryMismatch 100:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 14 (1 + 1 + 5 + 5 "
        "+ 2) is \"Moderate\" (a sum from 12 to 19)",
        "growth-points/pointsMismatch 109:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +20% scores 2 (growth above 5%)",
        "human-advantage-points/pointsMismatch 110:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 14 (1 + 1 + 5 + 5 "
        "+ 2) scores 1 (a sum from 12 to 19)"}},
      {"recruiters.yaml",
       {"education-flags/requiredByEducation 71:23 /education/requires_bachelors | "
        "education.requires_bachelors: is false, but education.typical_entry_education is "
        "\"Bachelor's degree\", which needs it true",
        "growth-label/labelMismatch 96:12 /ai_assessment/jobGrowth/label | "
        "ai_assessment.jobGrowth.label: is \"Stable\", but a change of +8% is \"Growing\" or "
        "\"Rapid Growth\" (growth above 5%)",
        "human-advantage-category/categoryMismatch 100:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 19 (5 + 3 + 4 + 3 "
        "+ 4) is \"Moderate\" (a sum from 12 to 19)",
        "growth-points/pointsMismatch 109:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +8% scores 2 (growth above 5%)",
        "human-advantage-points/pointsMismatch 110:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 19 (5 + 3 + 4 + 3 "
        "+ 4) scores 1 (a sum from 12 to 19)"}},
      {"solutions-architects.yaml", {}},
      {"ux-product-designers.yaml",
       {"education-flags/requiredByEducation 71:23 /education/requires_bachelors | "
        "education.requires_bachelors: is false, but education.typical_entry_education is "
        "\"Bachelor's degree\", which needs it true",
        "human-advantage-category/categoryMismatch 101:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 19 (5 + 2 + 4 + 5 "
        "+ 3) is \"Moderate\" (a sum from 12 to 19)",
        "growth-points/pointsMismatch 110:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +16% scores 2 (growth above 5%)",
        "human-advantage-points/pointsMismatch 111:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 19 (5 + 2 + 4 + 5 "
        "+ 3) scores 1 (a sum from 12 to 19)"}},
  };
  std::size_t records = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kManualDir)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("_") || entry.path().extension() != ".yaml") continue;
    ++records;
    SCOPED_TRACE(name);
    Expected<Document> document = loadYaml(readFile(entry.path().string()));
    ASSERT_TRUE(document);
    ASSERT_EQ(&chooseBuiltinSchema(*document), &Schema::manualCareer());
    FindingList findings;
    validate(*document, Schema::manualCareer(), name, findings);
    ASSERT_TRUE(expected.contains(name));
    EXPECT_EQ(describe(findings.findings), expected.at(name));
  }
  EXPECT_EQ(records, 15u);
}

}  // namespace
}  // namespace careerlint
