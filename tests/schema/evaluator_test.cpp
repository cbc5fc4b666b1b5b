#include "schema/evaluator.h"

#include <gtest/gtest.h>

#include <string>
#include <valijson/schema.hpp>
#include <valijson/validator.hpp>
#include <vector>

#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "schema/node_adapter.h"
#include "schema/schema_impl.h"
#include "schema/schema_test_support.h"

// Every standard keyword the built-in schemas use, each broken once in a valid fixture: the
// finding's rule/message id, line:column, JSON pointer and message are asserted whole.

namespace careerlint::schema_test {
namespace {

struct Mutation {
  const char* keyword;  // what the row exercises
  const char* from;
  const char* to;
  std::vector<std::string> expected;  // describe() of each finding, in order
};

void expectMutations(const std::string& fixture, const Schema& schema,
                     const std::vector<Mutation>& mutations) {
  for (const Mutation& m : mutations) {
    SCOPED_TRACE(std::string(m.keyword) + ": " + m.from + " -> " + m.to);
    EXPECT_EQ(describe(check(replaceOnce(fixture, m.from, m.to), schema)), m.expected);
  }
}

TEST(Evaluator, TheValidFixturesPass) {
  EXPECT_EQ(describe(check(readFixture("career-valid.yaml"), Schema::career())),
            std::vector<std::string>{});
  EXPECT_EQ(describe(check(readFixture("manual-valid.yaml"), Schema::manualCareer())),
            std::vector<std::string>{});
}

TEST(Evaluator, CareerSchemaKeywordsFailAtTheOffendingNode) {
  expectMutations(
      readFixture("career-valid.yaml"), Schema::career(),
      {
          {"const",
           "schema_version: 1",
           "schema_version: 2",
           {"schema/const 3:17 /schema_version | schema_version: must be 1, found 2"}},
          {"type",
           "video: true",
           "video: yes",
           {"schema/type 8:8 /video | video: expected true or false, found the text \"yes\""}},
          {"type (nullable section)",
           "inside_look:\n  content:",
           "inside_look: []\nx:\n  content:",
           {"schema/type 12:14 /inside_look | inside_look: expected null or a mapping, found a "
            "list",
            "schema/additionalProperties 13:1 /x | x: unknown key"}},
          {"enum",
           "typical_entry_education: Post-secondary certificate",
           "typical_entry_education: Bachelors degree",
           {"schema/enum 37:28 /education/typical_entry_education | "
            "education.typical_entry_education: \"Bachelors degree\" is not one of the allowed "
            "values; did you mean \"Bachelor's degree\"?"}},
          {"enum (short list)",
           "order: seed",
           "order: seeds",
           {"schema/enum 77:10 /page/order | page.order: \"seeds\" is not one of the allowed "
            "values; did you mean \"seed\"?"}},
          {"enum (no close value)",
           "kind: certification",
           "kind: diploma",
           {"schema/enum 43:13 /education/certifications/0/kind | "
            "education.certifications[0].kind: \"diploma\" is not one of the allowed values: "
            "\"certification\" or \"license\""}},
          {"required (at the mapping that lacks the key)",
           "slug: medical-assistants\n",
           "",
           {"schema/required 3:1  | top level: missing required key \"slug\""}},
          {"required + additionalProperties",
           "requires_license_or_cert: true",
           "requires_licence_or_cert: true",
           {"schema/required 37:3 /education | education: missing required key "
            "\"requires_license_or_cert\"",
            "schema/additionalProperties 40:3 /education/requires_licence_or_cert | "
            "education.requires_licence_or_cert: unknown key; did you mean "
            "\"requires_license_or_cert\"?"}},
          {"additionalProperties (nested, listed keys)",
           "community_college: 7200",
           "community_colege: 7200",
           {"schema/additionalProperties 49:5 /education/cost_by_institution_type/community_colege "
            "| education.cost_by_institution_type.community_colege: unknown key; did you mean "
            "\"community_college\"?"}},
          {"additionalProperties (no close key)",
           "  humanAdvantage:\n",
           "  mood: calm\n  humanAdvantage:\n",
           {"schema/additionalProperties 63:3 /ai_assessment/mood | ai_assessment.mood: unknown "
            "key; the keys allowed here are automationPotential, classification, "
            "classificationRationale, explanation, factors, humanAdvantage, jobGrowth, "
            "taskExposure"}},
          {"minLength",
           "title: Medical Assistants",
           "title: \"\"",
           {"schema/minLength 4:8 /title | title: must not be empty"}},
          {"pattern (blank text)",
           "title: Medical Assistants",
           "title: \"   \"",
           {"schema/pattern 4:8 /title | title: \"   \" is not in the expected form (a non-empty "
            "text)"}},
          {"pattern (slug)",
           "slug: medical-assistants",
           "slug: Medical_Assistants",
           {"schema/pattern 5:7 /slug | slug: \"Medical_Assistants\" is not in the expected form "
            "(lowercase letters, digits and single hyphens, e.g. medical-assistants)"}},
          {"pattern (O*NET code)",
           "onet_code: 31-9092.00",
           "onet_code: 31-9092",
           {"schema/pattern 73:12 /onet_code | onet_code: \"31-9092\" is not in the expected form "
            "(an O*NET-SOC code such as 31-9092.00)"}},
          {"minItems",
           "tasks:\n  - Interview patients to obtain medical information and measure their vital "
           "signs.\n  - Clean and sterilize instruments and dispose of contaminated supplies.",
           "tasks: []",
           {"schema/minItems 9:8 /tasks | tasks: must have at least 1 item, found none"}},
          {"items",
           "  - Clean and sterilize instruments and dispose of contaminated supplies.",
           "  - 5",
           {"schema/type 11:5 /tasks/1 | tasks[1]: expected a text, found the number 5"}},
          {"minimum",
           "years_experience: {min: 0, max: 2}",
           "years_experience: {min: -1, max: 2}",
           {"schema/minimum 30:31 /career_progression/levels/0/years_experience/min | "
            "career_progression.levels[0].years_experience.min: must be at least 0, found -1"}},
          {"minimum (integer)",
           "level_number: 1",
           "level_number: 0",
           {"schema/minimum 28:21 /career_progression/levels/0/level_number | "
            "career_progression.levels[0].level_number: must be at least 1, found 0"}},
          {"type (integer)",
           "level_number: 1",
           "level_number: 1.5",
           {"schema/type 28:21 /career_progression/levels/0/level_number | "
            "career_progression.levels[0].level_number: expected a whole number, found the "
            "number 1.5"}},
          {"maximum",
           "year: 2024",
           "year: 2224",
           {"schema/maximum 51:52 /education/cost_data_source/year | "
            "education.cost_data_source.year: must be at most 2100, found 2224"}},
          {"if/then + maximum",
           "percentChange: 13",
           "percentChange: 20",
           {"schema/maximum 61:20 /ai_assessment/jobGrowth/percentChange | "
            "ai_assessment.jobGrowth.percentChange: must be at most 15, found 20 (Growing Slowly "
            "means a change above 5% up to 15%)"}},
          {"if/then + exclusiveMinimum",
           "percentChange: 13",
           "percentChange: 5",
           {"schema/minimum 61:20 /ai_assessment/jobGrowth/percentChange | "
            "ai_assessment.jobGrowth.percentChange: must be more than 5, found 5 (Growing Slowly "
            "means a change above 5% up to 15%)"}},
          {"if/then + exclusiveMaximum",
           "category: Growing Slowly\n    percentChange: 13",
           "category: Declining Slowly\n    percentChange: 0",
           {"schema/maximum 61:20 /ai_assessment/jobGrowth/percentChange | "
            "ai_assessment.jobGrowth.percentChange: must be less than 0, found 0 (Declining "
            "Slowly means a change from -10% up to, not including, 0%)"}},
          {"oneOf (closest branch: enum, not null)",
           "category: healthcare-technical",
           "category: healthcare-tech",
           {"schema/enum 7:11 /category | category: \"healthcare-tech\" is not one of the allowed "
            "values; did you mean \"healthcare-technical\"?"}},
          {"oneOf (a value that fits no branch)",
           "category: healthcare-technical",
           "category: 7",
           {"schema/enum 7:11 /category | category: 7 is not one of the allowed values (one of "
            "the site's 23 category slugs, docs/page-layout.md §7)"}},
          {"pattern (page directives)",
           "unplaced:\n",
           "  directives: [hello]\nunplaced:\n",
           {"schema/pattern 87:16 /page/directives/0 | page.directives[0]: \"hello\" is not in "
            "the expected form (a careerlint-disable or careerlint-enable comment line)"}},
          {"const (remainder marker)",
           "remainder: true",
           "remainder: false",
           {"schema/const 23:18 /inside_look/time_breakdown/2/remainder | "
            "inside_look.time_breakdown[2].remainder: must be true, found false"}},
      });
}

TEST(Evaluator, CareerSchemaBoundariesThatPass) {
  const std::string fixture = readFixture("career-valid.yaml");
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"percentChange: 13", "percentChange: 15"},  // Growing Slowly includes 15
           {"category: Growing Slowly\n    percentChange: 13",
            "category: Stable\n    percentChange: 0"},
           {"category: Growing Slowly\n    percentChange: 13",
            "category: Declining Quickly\n    percentChange: -10.5"},
           {"category: Growing Slowly\n    percentChange: 13",
            "category: null\n    percentChange: 40"},
           {"category: healthcare-technical", "category: null"},
           {"    category: Strong", "    category: Essential"},  // the hand-written careers' scale
           {"unplaced:\n",
            "  directives: [\"# careerlint-disable-next-line empty-section\"]\nunplaced:\n"},
       }) {
    SCOPED_TRACE(to);
    EXPECT_EQ(describe(check(replaceOnce(fixture, from, to), Schema::career())),
              std::vector<std::string>{});
  }
  // A section may be null: the whole inside_look block replaced by null.
  std::string text = fixture;
  const std::size_t begin = text.find("inside_look:\n");
  const std::size_t end = text.find("career_progression:\n");
  text.replace(begin, end - begin, "inside_look: null\n");
  EXPECT_EQ(describe(check(text, Schema::career())), std::vector<std::string>{});
}

TEST(Evaluator, ManualSchemaKeywordsFailAtTheOffendingNode) {
  expectMutations(
      readFixture("manual-valid.yaml"), Schema::manualCareer(),
      {
          {"const",
           "data_source: manual",
           "data_source: Manual",
           {"schema/const 7:14 /data_source | data_source: must be \"manual\", found \"Manual\""}},
          {"x-careerlint-tier (tier and classification)",
           "ai_resilience_tier: 2",
           "ai_resilience_tier: 1",
           {"resilience-tier/tierMismatch 56:21 /ai_resilience_tier | ai_resilience_tier: is 1, "
            "but \"AI-Augmented\" is tier 2 (tiers 1-4: AI-Resilient, AI-Augmented, In "
            "Transition, High Disruption Risk)"}},
          {"x-careerlint-classification (classification and total score)",
           "totalScore: 4",
           "totalScore: 2",
           {"computed-total/totalMismatch 79:17 /ai_assessment/scoring/totalScore | "
            "ai_assessment.scoring.totalScore: 2 is not the sum of its parts: exposurePoints 1 + "
            "growthPoints 1 + humanAdvantagePoints 2 = 4",
            "classification-band/classificationMismatch 80:19 /ai_assessment/classification | "
            "ai_assessment.classification: is \"AI-Augmented\", but a total score of 2 is \"In "
            "Transition\" (a total of 2)"}},
          {"if/then (resilience and classification)",
           "  classification: \"AI-Augmented\"",
           "  classification: \"AI-Resilient\"",
           {"classification-band/classificationMismatch 80:19 /ai_assessment/classification | "
            "ai_assessment.classification: is \"AI-Resilient\", but a total score of 4 is "
            "\"AI-Augmented\" (a total of 3 or 4)",
            "schema/const 80:19 /ai_assessment/classification | ai_assessment.classification: "
            "must be \"AI-Augmented\", found \"AI-Resilient\" (ai_resilience and "
            "ai_assessment.classification must agree)"}},
          {"pattern (ISO date)",
           "last_updated: \"2026-01-08\"",
           "last_updated: \"2026-1-8\"",
           {"schema/pattern 8:15 /last_updated | last_updated: \"2026-1-8\" is not in the expected "
            "form (an ISO date, YYYY-MM-DD)"}},
          {"pattern (paragraphs)",
           "\n  They work for software vendors, next to sales teams.\n",
           "",
           {"schema/pattern 10:14 /description | description: \"Solutions Engineers pair "
            "technical depth with customer conversations.\"… is not in the expected form (2 or 3 "
            "paragraphs separated by a blank line)"}},
          {"enum (outdated template category)",
           "category: technology",
           "category: healthcare-support",
           {"schema/enum 6:11 /category | category: \"healthcare-support\" is not one of the "
            "allowed values (one of the site's 23 category slugs, docs/page-layout.md §7; the "
            "template's comment lists an outdated set)"}},
          {"enum (BLS category)",
           "typical_entry_education: \"Bachelor's degree\"",
           "typical_entry_education: \"Post-secondary certificate\"",
           {"schema/enum 35:28 /education/typical_entry_education | "
            "education.typical_entry_education: \"Post-secondary certificate\" is not one of the "
            "allowed values: \"No formal educational credential\", \"High school diploma or "
            "equivalent\", \"Postsecondary nondegree award\", \"Some college, no degree\", "
            "\"Associate's degree\", \"Bachelor's degree\", \"Master's degree\" or \"Doctoral "
            "or professional degree\""}},
          {"maximum (EPOCH score)",
           "hope: 2",
           "hope: 6",
           {"schema/maximum 74:13 /ai_assessment/humanAdvantage/epochScores/hope | "
            "ai_assessment.humanAdvantage.epochScores.hope: must be at most 5, found 6"}},
          {"maximum (number)",
           "score: 0.35",
           "score: 1.5",
           {"schema/maximum 60:12 /ai_assessment/aiExposure/score | "
            "ai_assessment.aiExposure.score: must be at most 1, found 1.5",
            "exposure-label/labelMismatch 61:12 /ai_assessment/aiExposure/label | "
            "ai_assessment.aiExposure.label: is \"Medium\", but an exposure score of 1.5 is "
            "\"High\" (a score above 0.50)"}},
          {"minimum (wage)",
           "pct_10: 90000",
           "pct_10: -1",
           {"schema/minimum 19:13 /wages/annual/pct_10 | wages.annual.pct_10: must be at least 0, "
            "found -1"}},
          {"minItems (template rule)",
           "  - \"Postman\"\n",
           "",
           {"schema/minItems 92:3 /technology_skills | technology_skills: must have at least 8 "
            "items, found 7 (8-12 technical skills)"}},
          {"maxItems (template rule)",
           "  - \"Hand over accounts to implementation teams\"\n",
           "  - a\n  - b\n  - c\n  - d\n  - e\n  - f\n  - g\n",
           {"schema/maxItems 85:3 /tasks | tasks: must have at most 10 items, found 11 (5-10 core "
            "job tasks)"}},
          {"additionalProperties (schema form)",
           "    male: 70",
           "    male: 70\n    other: \"n/a\"",
           {"schema/type 132:12 /linkedin_data/gender_distribution/other | "
            "linkedin_data.gender_distribution.other: expected a number, found the text \"n/a\""}},
          {"enum (media source)",
           "source: \"youtube\"",
           "source: \"vimeo\"",
           {"schema/enum 134:11 /video/source | video.source: \"vimeo\" is not one of the allowed "
            "values: \"youtube\" or \"careeronestop\""}},
          {"required (nested)",
           "    label: \"Medium\"\n",
           "",
           {"schema/required 60:5 /ai_assessment/aiExposure | ai_assessment.aiExposure: missing "
            "required key \"label\""}},
      });
}

// Keywords the built-in schemas do not use yet, on small inline schemas: the walker handles
// all of draft-07's.
TEST(Evaluator, AnyOfReportsTheBranchThatCameClosest) {
  const Schema schema = compile(R"({
    "anyOf": [
      {"type": "string"},
      {"type": "object", "required": ["name", "kind"],
       "properties": {"name": {"type": "string"}, "kind": {"const": "license"}}},
      {"type": "object", "required": ["name"],
       "properties": {"name": {"type": "string"}, "kind": {"const": "certification"}}}
    ]})");
  // Closest: the third branch (the second also fails its const, and the first is the wrong type).
  EXPECT_EQ(describe(check("kind: certification\nname: 5\n", schema)),
            std::vector<std::string>{
                "schema/type 2:7 /name | name: expected a text, found the number 5"});
  EXPECT_EQ(describe(check("kind: license\nname: CMA\n", schema)), std::vector<std::string>{});
  EXPECT_EQ(describe(check("CMA\n", schema)), std::vector<std::string>{});
}

TEST(Evaluator, OneOfRejectsAValueMatchingTwoBranches) {
  const Schema schema = compile(R"({"oneOf": [{"type": "integer"}, {"minimum": 0}]})");
  EXPECT_EQ(describe(check("5\n", schema)),
            std::vector<std::string>{
                "schema/oneOf 1:1  | top level: matches more than one of the allowed forms"});
  EXPECT_EQ(describe(check("-5\n", schema)), std::vector<std::string>{});
  EXPECT_EQ(describe(check("0.5\n", schema)), std::vector<std::string>{});
}

TEST(Evaluator, OtherDraft07Keywords) {
  const Schema schema = compile(R"({
    "type": "object",
    "properties": {
      "tags": {"type": "array", "uniqueItems": true, "maxItems": 3,
               "contains": {"description": "the tag \"core\"", "const": "core"}},
      "pair": {"type": "array", "items": [{"type": "string"}, {"type": "integer"}],
               "additionalItems": false},
      "code": {"type": "string", "maxLength": 4, "format": "date"},
      "step": {"multipleOf": 5},
      "fine": {"multipleOf": 0.5},
      "blocked": false,
      "limits": {"type": "object", "minProperties": 2, "maxProperties": 3},
      "word": {"not": {"description": "the word \"none\"", "const": "none"}}
    },
    "propertyNames": {"description": "lowercase keys", "pattern": "^[a-z]+$"},
    "dependencies": {"min": ["max"], "alpha": {"required": ["beta"]}}
  })");
  EXPECT_EQ(
      describe(check("tags: [a, a]\n"
                     "pair: [x, 1, 2]\n"
                     "code: 2026-13-01\n"
                     "step: 7\n"
                     "fine: 0.3\n"
                     "blocked: 1\n"
                     "limits: {a: 1}\n"
                     "word: none\n"
                     "Bad: 1\n"
                     "min: 1\n"
                     "alpha: 1\n",
                     schema)),
      (std::vector<std::string>{
          "schema/dependencies 1:1  | top level: has \"min\" but not \"max\", which goes with it",
          "schema/required 1:1  | top level: missing required key \"beta\"",
          "schema/contains 1:7 /tags | tags: must contain at least one item that is the tag "
          "\"core\"",
          "schema/uniqueItems 1:11 /tags/1 | tags[1]: repeats tags[0]",
          "schema/additionalItems 2:14 /pair/2 | pair[2]: is one item too many: at most 2 "
          "items are allowed here",
          "schema/format 3:7 /code | code: \"2026-13-01\" is not a valid date",
          "schema/maxLength 3:7 /code | code: must be at most 4 characters long, found 10",
          "schema/multipleOf 4:7 /step | step: must be a multiple of 5, found 7",
          "schema/multipleOf 5:7 /fine | fine: must be a multiple of 0.5, found 0.3",
          "schema/false 6:10 /blocked | blocked: is not allowed here",
          "schema/minProperties 7:9 /limits | limits: must have at least 2 keys, found 1",
          "schema/not 8:7 /word | word: must not be the word \"none\"",
          "schema/pattern 9:1 /Bad | Bad: \"Bad\" is not in the expected form (lowercase "
          "keys)",
      }));
  EXPECT_EQ(describe(check("tags: [core, b]\npair: [x, 1]\nstep: 10\nfine: 1.5\nlimits: {a: 1, "
                           "b: 2}\nword: some\nmin: 1\nmax: 2\nalpha: 1\nbeta: 2\n",
                           schema)),
            std::vector<std::string>{});
}

TEST(Evaluator, AnEmptyDocumentIsNull) {
  EXPECT_EQ(describe(check("# nothing yet\n", Schema::career())),
            std::vector<std::string>{
                "schema/type 1:1  | top level: expected a mapping, found null (no value)"});
}

// minLength and maxLength are counted by the walk itself (not through valijson's check, which
// copies every text): in code points, as valijson counts them, and only on texts.
TEST(Evaluator, LengthsAreCodePointsOfTextsAsValijsonCounts) {
  const Schema schema = compile(R"({"type": "object", "additionalProperties": {"minLength": 2,
                                    "maxLength": 3}})");
  EXPECT_EQ(describe(check("a: \"\u00e9\u00e9\"\n"        // 2 code points, 4 bytes
                           "b: \"\u00e9\u00e9\u00e9\"\n"  // 3 code points, 6 bytes
                           "c: \"\U0001F600\"\n"          // 1 code point, 4 bytes
                           "d: \"abcd\"\n"
                           "e: 12345\n"  // a number: no length
                           "f: [1]\n",
                           schema)),
            (std::vector<std::string>{
                "schema/minLength 3:4 /c | c: must be at least 2 characters long, found 1",
                "schema/maxLength 4:4 /d | d: must be at most 3 characters long, found 4"}));
  const std::vector<std::string> texts = {
      "", "x", "\u00e9", "\u00e9\u00e9", "abc", "\U0001F600\U0001F600", "abcd"};
  for (const std::string& text : texts) {
    Expected<Document> document = loadYaml("v: \"" + text + "\"\n");
    ASSERT_TRUE(document);
    valijson::Validator validator;
    const bool valijsonSays =
        validator.validate(schema.impl().compiled, schema::NodeAdapter(document->root()), nullptr);
    FindingList findings;
    validate(*document, schema, "x.yaml", findings);
    EXPECT_EQ(findings.findings.empty(), valijsonSays) << text;
  }
}

// The walk and valijson's own validator (over the same node adapter) agree on validity: the
// walk only adds positions and messages.
TEST(Evaluator, AgreesWithValijsonsValidatorOnValidity) {
  const std::string career = readFixture("career-valid.yaml");
  const std::string manual = readFixture("manual-valid.yaml");
  struct Case {
    std::string yaml;
    const Schema* schema;
  };
  const std::vector<Case> cases = {
      {career, &Schema::career()},
      {replaceOnce(career, "video: true", "video: yes"), &Schema::career()},
      {replaceOnce(career, "category: healthcare-technical", "category: x"), &Schema::career()},
      {replaceOnce(career, "percentChange: 13", "percentChange: 20"), &Schema::career()},
      {replaceOnce(career, "share: 35", "share: 30"), &Schema::career()},
      {replaceOnce(career, "slug: medical-assistants\n", ""), &Schema::career()},
      {manual, &Schema::manualCareer()},
      {replaceOnce(manual, "ai_resilience_tier: 2", "ai_resilience_tier: 3"),
       &Schema::manualCareer()},
      {replaceOnce(manual, "totalScore: 4", "totalScore: 3"), &Schema::manualCareer()},
      {replaceOnce(manual, "requires_bachelors: true", "requires_bachelors: false"),
       &Schema::manualCareer()},
  };
  for (const Case& c : cases) {
    Expected<Document> document = loadYaml(c.yaml);
    ASSERT_TRUE(document);
    valijson::Validator validator;
    const bool valijsonSays = validator.validate(c.schema->impl().compiled,
                                                 schema::NodeAdapter(document->root()), nullptr);
    FindingList findings;
    validate(*document, *c.schema, "x.yaml", findings);
    const bool walkSays = findings.findings.empty();
    EXPECT_EQ(walkSays, valijsonSays) << c.yaml.substr(0, 200);
  }
}

}  // namespace
}  // namespace careerlint::schema_test
