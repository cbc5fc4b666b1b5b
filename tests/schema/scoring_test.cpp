// The site's scoring arithmetic as schema keywords (src/schema/scoring.cpp): the mechanism on
// constructed records, the manual-career schema on the valid fixture, and the 15 real records.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "schema/schema_test_support.h"
#include "support/harness.h"

namespace careerlint::schema_test {
namespace {

constexpr std::string_view kGrowthPoints = R"({"x-careerlint-growth-points": {
  "from": "/change", "to": "/points",
  "bands": [{"above": 5, "is": 2, "why": "growth above 5%"},
            {"atLeast": 0, "is": 1, "why": "a change from 0% to 5%"},
            {"is": 0, "why": "a change below 0%"}]}})";

TEST(ScoringKeywords, TheFirstBandWhoseTestHoldsGivesTheValue) {
  const Schema schema = compile(kGrowthPoints);
  EXPECT_EQ(describe(check("change: 15\npoints: 2\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: 5\npoints: 1\n", schema)), Lines{});  // 5 is not above 5
  EXPECT_EQ(describe(check("change: 0\npoints: 1\n", schema)), Lines{});  // at least 0
  EXPECT_EQ(describe(check("change: -0.5\npoints: 0\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: 15\npoints: 1\n", schema)),
            Lines{"growth-points/pointsMismatch 2:9 /points | points: is 1, but a change of +15% "
                  "scores 2 (growth above 5%)"});
  EXPECT_EQ(describe(check("change: 5.5\npoints: 1\n", schema)),
            Lines{"growth-points/pointsMismatch 2:9 /points | points: is 1, but a change of "
                  "+5.5% scores 2 (growth above 5%)"});
  EXPECT_EQ(describe(check("change: -3\npoints: 1\n", schema)),
            Lines{"growth-points/pointsMismatch 2:9 /points | points: is 1, but a change of -3% "
                  "scores 0 (a change below 0%)"});
}

TEST(ScoringKeywords, NothingIsCheckedWhileAValueIsMissingOrOfAnotherType) {
  const Schema schema = compile(kGrowthPoints);
  EXPECT_EQ(describe(check("points: 1\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: 15\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: lots\npoints: 1\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: 15\npoints: null\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: 15\npoints: [1]\n", schema)), Lines{});
  EXPECT_EQ(describe(check("- 1\n", schema)), Lines{});
}

TEST(ScoringKeywords, ASumOfSeveralValuesAndAListOfAcceptedWords) {
  const Schema schema = compile(R"({"x-careerlint-human-advantage-category": {
    "from": ["/e/a", "/e/b"], "to": "/category",
    "bands": [{"atLeast": 8, "is": ["High", "Essential"], "why": "8 or more"},
              {"is": "Low", "why": "below 8"}]}})");
  EXPECT_EQ(describe(check("e: {a: 4, b: 4}\ncategory: High\n", schema)), Lines{});
  EXPECT_EQ(describe(check("e: {a: 4, b: 4}\ncategory: Essential\n", schema)), Lines{});
  EXPECT_EQ(describe(check("e: {a: 3, b: 4}\ncategory: Low\n", schema)), Lines{});
  EXPECT_EQ(describe(check("e: {a: 3, b: 4}\ncategory: High\n", schema)),
            Lines{"human-advantage-category/categoryMismatch 2:11 /category | category: is "
                  "\"High\", but an EPOCH sum of 7 (3 + 4) is \"Low\" (below 8)"});
  EXPECT_EQ(describe(check("e: {a: 5, b: 4}\ncategory: Low\n", schema)),
            Lines{"human-advantage-category/categoryMismatch 2:11 /category | category: is "
                  "\"Low\", but an EPOCH sum of 9 (5 + 4) is \"High\" or \"Essential\" (8 or "
                  "more)"});
  // A part that is not a number: the sum is not checked.
  EXPECT_EQ(describe(check("e: {a: x, b: 4}\ncategory: High\n", schema)), Lines{});
}

// Validates with the option `vocabulary` of one rule set to `value`.
Lines checkWithVocabulary(std::string_view yaml, const Schema& schema, std::string_view rule,
                          const std::string& value) {
  const RuleMeta* meta = nullptr;
  for (const RuleMeta& candidate : schemaRuleMetas()) {
    if (candidate.id == rule) meta = &candidate;
  }
  EXPECT_NE(meta, nullptr) << rule;
  const RuleOptions options(meta, {{"vocabulary", value}});
  Expected<Document> document = loadYaml(yaml);
  EXPECT_TRUE(document);
  FindingList found;
  validate(*document, schema, "test.yaml", found,
           [&](std::string_view id) { return id == rule ? &options : nullptr; });
  return describe(found.findings);
}

// The findings of one rule.
Lines only(Lines lines, std::string_view rule) {
  std::erase_if(
      lines, [&](const std::string& line) { return !line.starts_with(std::string(rule) + "/"); });
  return lines;
}

TEST(ScoringKeywords, TheScoringVocabularyAcceptsOnlyTheFirstWordOfABand) {
  const std::string record = readFixture("manual-valid.yaml");
  const std::string essential =
      replaceOnce(record, "category: \"High\"", "category: \"Essential\"");
  const std::string rapid =
      replaceOnce(replaceOnce(replaceOnce(record, "label: \"Stable\"", "label: \"Rapid Growth\""),
                              "percentChange: 4", "percentChange: 30"),
                  "growthPoints: 1", "growthPoints: 2");
  // The build's vocabulary (the default) takes both.
  EXPECT_EQ(
      checkWithVocabulary(essential, Schema::manualCareer(), "human-advantage-category", "build"),
      Lines{});
  EXPECT_EQ(only(checkWithVocabulary(rapid, Schema::manualCareer(), "growth-label", "build"),
                 "growth-label"),
            Lines{});
  // The scoring code's vocabulary takes only the first word.
  EXPECT_EQ(
      checkWithVocabulary(essential, Schema::manualCareer(), "human-advantage-category", "scoring"),
      Lines{"human-advantage-category/categoryMismatch 68:15 "
            "/ai_assessment/humanAdvantage/category | "
            "ai_assessment.humanAdvantage.category: is \"Essential\", but an EPOCH sum of "
            "20 (4 + 4 + 5 + 5 + 2) is \"High\" (the scoring code's Strong: a sum of 20 or "
            "more)"});
  const std::string rapidAlone =
      replaceOnce(replaceOnce(record, "label: \"Stable\"", "label: \"Rapid Growth\""),
                  "percentChange: 4", "percentChange: 5");
  EXPECT_EQ(only(checkWithVocabulary(rapid, Schema::manualCareer(), "growth-label", "scoring"),
                 "growth-label"),
            Lines{"growth-label/labelMismatch 64:12 /ai_assessment/jobGrowth/label | "
                  "ai_assessment.jobGrowth.label: is \"Rapid Growth\", but a change of +30% is "
                  "\"Growing\" (growth above 5%)"});
  EXPECT_EQ(checkWithVocabulary(rapidAlone, Schema::manualCareer(), "growth-label", "scoring"),
            Lines{"growth-label/labelMismatch 64:12 /ai_assessment/jobGrowth/label | "
                  "ai_assessment.jobGrowth.label: is \"Rapid Growth\", but a change of +5% is "
                  "\"Stable\" (a change from 0% to 5%)"});
}

TEST(ScoringKeywords, AConfigurationPicksTheScoringVocabulary) {
  careerlint::testing::TempDir dir;
  dir.write("record.yaml", replaceOnce(readFixture("manual-valid.yaml"), "category: \"High\"",
                                       "category: \"Essential\""));
  const auto build =
      careerlint::testing::runCareerlint({"validate", "-f", "compact", "record.yaml"}, dir.path());
  EXPECT_EQ(build.exitCode, 0) << build.out << build.err;
  dir.write(".careerlint.yaml",
            "root: true\nrules:\n  human-advantage-category:\n    options: {vocabulary: "
            "scoring}\n");
  const auto scoring =
      careerlint::testing::runCareerlint({"validate", "-f", "compact", "record.yaml"}, dir.path());
  EXPECT_EQ(scoring.exitCode, 1) << scoring.err;
  EXPECT_EQ(scoring.out,
            "record.yaml:68:15: error: ai_assessment.humanAdvantage.category: is \"Essential\", "
            "but an EPOCH sum of 20 (4 + 4 + 5 + 5 + 2) is \"High\" (the scoring code's Strong: a "
            "sum of 20 or more) [human-advantage-category]\n");
}

TEST(ScoringKeywords, BadParametersAreRefused) {
  const std::map<std::string, std::string> cases = {
      {R"({"x-careerlint-growth-points": {"from": "/a", "to": "/b"}})",
       "/x-careerlint-growth-points: \"from\", \"to\" and \"bands\" are required"},
      {R"({"x-careerlint-growth-points": {"from": "a", "to": "/b", "bands": [{"is": 1}]}})",
       "/x-careerlint-growth-points: \"from\" must be a JSON pointer such as \"/a/b\", or a "
       "list of them"},
      {R"({"x-careerlint-tier": {"from": "/a", "to": "/b", "bands": [{"is": 1}, {"equals": "x", "is": 2}]}})",
       "/x-careerlint-tier: bands[0]: only the last band may go without a test"},
      {R"({"x-careerlint-tier": {"from": "/a", "to": "/b", "bands": [{"below": 1, "above": 2, "is": 1}]}})",
       "/x-careerlint-tier: bands[0]: a band takes one test (below, atMost, atLeast, above or "
       "equals)"},
      {R"({"x-careerlint-tier": {"from": "/a", "to": "/b", "bands": [{"below": "1", "is": 1}]}})",
       "/x-careerlint-tier: bands[0]: \"below\" must be a number"},
  };
  for (const auto& [text, message] : cases) {
    Expected<Schema> schema = Schema::fromText(text, "s.json");
    ASSERT_FALSE(schema) << text;
    EXPECT_EQ(schema.error().message, "the schema is not valid: " + message);
  }
}

// ---- the manual-career schema --------------------------------------------------------------

struct Mutation {
  std::string name;
  std::vector<std::pair<std::string, std::string>> edits;
  Lines expected;
};

TEST(ScoringKeywords, TheManualSchemaChecksEachDerivedValueAtTheValue) {
  const std::string fixture = readFixture("manual-valid.yaml");
  EXPECT_EQ(describe(check(fixture, Schema::manualCareer())), Lines{});
  const std::vector<Mutation> mutations = {
      {"exposure label",
       {{"score: 0.35", "score: 0.25"}, {"label: \"Medium\"", "label: \"Low\""}},
       {"exposure-label/labelMismatch 61:12 /ai_assessment/aiExposure/label | "
        "ai_assessment.aiExposure.label: is \"Low\", but an exposure score of 0.25 is \"Medium\" "
        "(a score from 0.25 to 0.50)",
        "exposure-points/pointsMismatch 76:21 /ai_assessment/scoring/exposurePoints | "
        "ai_assessment.scoring.exposurePoints: is 1, but exposure \"Low\" scores 2 (Low 2, "
        "Medium 1, High 0)"}},
      {"exposure above 0.50",
       {{"score: 0.35", "score: 0.51"}},
       {"exposure-label/labelMismatch 61:12 /ai_assessment/aiExposure/label | "
        "ai_assessment.aiExposure.label: is \"Medium\", but an exposure score of 0.51 is \"High\" "
        "(a score above 0.50)"}},
      {"growth points and label",
       {{"percentChange: 4", "percentChange: 15"}},
       {"growth-label/labelMismatch 64:12 /ai_assessment/jobGrowth/label | "
        "ai_assessment.jobGrowth.label: is \"Stable\", but a change of +15% is \"Growing\" or "
        "\"Rapid Growth\" (growth above 5%)",
        "growth-points/pointsMismatch 77:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +15% scores 2 (growth above "
        "5%)"}},
      {"human advantage",
       {{"hope: 2", "hope: 1"}},
       {"human-advantage-category/categoryMismatch 68:15 /ai_assessment/humanAdvantage/category "
        "| ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 19 (4 + 4 + 5 "
        "+ 5 + 1) is \"Moderate\" (a sum from 12 to 19)",
        "human-advantage-points/pointsMismatch 78:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 19 (4 + 4 + 5 + "
        "5 + 1) scores 1 (a sum from 12 to 19)"}},
      {"classification",
       {{"  classification: \"AI-Augmented\"", "  classification: \"In Transition\""},
        {"ai_resilience: \"AI-Augmented\"", "ai_resilience: \"In Transition\""},
        {"ai_resilience_tier: 2", "ai_resilience_tier: 3"}},
       {"classification-band/classificationMismatch 80:19 /ai_assessment/classification | "
        "ai_assessment.classification: is \"In Transition\", but a total score of 4 is "
        "\"AI-Augmented\" (a total of 3 or 4)"}},
      {"tier",
       {{"ai_resilience_tier: 2", "ai_resilience_tier: 1"}},
       {"resilience-tier/tierMismatch 56:21 /ai_resilience_tier | ai_resilience_tier: is 1, but "
        "\"AI-Augmented\" is tier 2 (tiers 1-4: AI-Resilient, AI-Augmented, In Transition, High "
        "Disruption Risk)"}},
  };
  for (const Mutation& mutation : mutations) {
    SCOPED_TRACE(mutation.name);
    std::string text = fixture;
    for (const auto& [from, to] : mutation.edits) text = replaceOnce(text, from, to);
    EXPECT_EQ(describe(check(text, Schema::manualCareer())), mutation.expected);
  }
}

// ---- the 15 real records (tests/data/manual-careers, copied from the site) -----------------

TEST(ScoringKeywords, TheRealRecordsBreakTheSitesOwnArithmetic) {
  const std::set<std::string> scoringRules = {
      "classification-band", "computed-total", "exposure-label",           "exposure-points",
      "growth-label",        "growth-points",  "human-advantage-category", "human-advantage-points",
      "quoted-growth",       "resilience-tier"};
  // Worked out from ai-resilience.ts's thresholds by hand, record by record (docs/schemas.md).
  const std::vector<std::pair<std::string, Lines>> expected = {
      {"ai-ml-engineers.yaml", {}},
      {"business-development-executives.yaml",
       {"growth-points/pointsMismatch 109:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +15% scores 2 (growth above "
        "5%)"}},
      {"content-creators.yaml",
       {"exposure-label/labelMismatch 94:12 /ai_assessment/aiExposure/label | "
        "ai_assessment.aiExposure.label: is \"High\", but an exposure score of 0.50 is \"Medium\" "
        "(a score from 0.25 to 0.50)"}},
      {"cybersecurity-analysts.yaml",
       {"exposure-label/labelMismatch 94:12 /ai_assessment/aiExposure/label | "
        "ai_assessment.aiExposure.label: is \"Low\", but an exposure score of 0.25 is \"Medium\" "
        "(a score from 0.25 to 0.50)",
        "human-advantage-category/categoryMismatch 101:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 15 (2 + 2 + 5 + 4 "
        "+ 2) is \"Moderate\" (a sum from 12 to 19)",
        "human-advantage-points/pointsMismatch 111:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 15 (2 + 2 + 5 + 4 "
        "+ 2) scores 1 (a sum from 12 to 19)"}},
      {"data-annotators.yaml", {}},
      {"data-center-technicians.yaml",
       {"human-advantage-category/categoryMismatch 100:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"Essential\", but an EPOCH sum of 12 (1 + 5 + "
        "3 + 2 + 1) is \"Moderate\" (a sum from 12 to 19)",
        "human-advantage-points/pointsMismatch 110:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 12 (1 + 5 + 3 + 2 "
        "+ 1) scores 1 (a sum from 12 to 19)"}},
      {"devops-engineers.yaml", {}},
      {"executive-assistants.yaml",
       {"human-advantage-category/categoryMismatch 100:15 /ai_assessment/humanAdvantage/category | "
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
       {"growth-label/labelMismatch 96:12 /ai_assessment/jobGrowth/label | "
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
       {"human-advantage-category/categoryMismatch 101:15 /ai_assessment/humanAdvantage/category | "
        "ai_assessment.humanAdvantage.category: is \"High\", but an EPOCH sum of 19 (5 + 2 + 4 + 5 "
        "+ 3) is \"Moderate\" (a sum from 12 to 19)",
        "growth-points/pointsMismatch 110:19 /ai_assessment/scoring/growthPoints | "
        "ai_assessment.scoring.growthPoints: is 1, but a change of +16% scores 2 (growth above 5%)",
        "human-advantage-points/pointsMismatch 111:27 /ai_assessment/scoring/humanAdvantagePoints "
        "| ai_assessment.scoring.humanAdvantagePoints: is 2, but an EPOCH sum of 19 (5 + 2 + 4 + 5 "
        "+ 3) scores 1 (a sum from 12 to 19)"}},
  };
  ASSERT_EQ(expected.size(), 15u);
  for (const auto& [name, lines] : expected) {
    SCOPED_TRACE(name);
    const std::string text = testing::readSourceFile("tests/data/manual-careers/" + name);
    Lines found = describe(check(text, Schema::manualCareer()));
    std::erase_if(found, [&](const std::string& line) {
      return !scoringRules.count(line.substr(0, line.find('/')));
    });
    EXPECT_EQ(found, lines);
  }
}

}  // namespace
}  // namespace careerlint::schema_test
