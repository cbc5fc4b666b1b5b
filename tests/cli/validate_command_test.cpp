#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/harness.h"

// `careerlint validate` end to end on the schema side: the built binary, run from the source
// directory, over the schema fixtures. (The engine's own options are tested in lint_cli_test.)

namespace careerlint {
namespace {

using testing::readFile;
using testing::runCareerlint;
using testing::TempDir;

const std::filesystem::path& kSource = testing::sourceDir();

TEST(ValidateCommand, GoldenOutputOverASetOfBrokenFiles) {
  const auto run =
      runCareerlint({"validate", "--format", "compact", "tests/fixtures/schema/broken"}, kSource);
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, readFile(kSource / "tests/fixtures/schema/broken.golden"));
}

TEST(ValidateCommand, ValidFilesExitZeroWithNoOutput) {
  const auto run = runCareerlint(
      {"validate", "--format", "compact", "seeds/medical-assistants.yaml",
       "tests/fixtures/schema/career-valid.yaml", "tests/fixtures/schema/manual-valid.yaml"},
      kSource);
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "");
}

TEST(ValidateCommand, WarningsAloneDoNotFail) {
  TempDir dir;
  std::string text = readFile(kSource / "tests/fixtures/schema/manual-valid.yaml");
  const std::string from = "requires_license: false";
  text.replace(text.find(from), from.size(), "requires_license: true");
  dir.write("licence.yaml", text);
  const auto run = runCareerlint({"validate", "--format", "compact", "licence.yaml"}, dir.path());
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_EQ(run.out,
            "licence.yaml:51:21: warning: education.requires_license: is true, but no licence is "
            "named in description, tasks, technology_skills, education.time_to_job_ready.notes or "
            "education.alternative_pathways; say which one [credential-flag]\n");
}

TEST(ValidateCommand, ASyntaxErrorShowsTheLineAndDoesNotStopTheOtherFiles) {
  const auto run = runCareerlint(
      {"validate", "--color", "never", "tests/fixtures/schema/broken/a-syntax-error.yaml",
       "tests/fixtures/schema/broken/e-empty.yaml"},
      kSource);
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("  5:2  error  YAML syntax error: invalid tab used as indentation  "
                         "yaml-syntax\n"
                         "    5 |         - Clean instruments\n"
                         "      |         ^\n"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("tests/fixtures/schema/broken/e-empty.yaml\n"
                         "  1:1  error  top level: expected a mapping, found null (no value)  "
                         "schema\n"),
            std::string::npos)
      << run.out;
}

TEST(ValidateCommand, AnotherSchemaCanBeChosen) {
  TempDir dir;
  const auto schema =
      dir.write("titles.schema.json", R"({"$schema": "http://json-schema.org/draft-07/schema#", )"
                                      R"("required": ["title"]})");
  auto run = runCareerlint({"validate", "--format", "compact", "--schema", schema.string(),
                            "tests/fixtures/schema/career-valid.yaml"},
                           kSource);
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_EQ(run.out, "");
  run = runCareerlint({"validate", "--format", "compact", "--schema", schema.string(),
                       "tests/fixtures/schema/manual-valid.yaml"},
                      kSource);
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(run.out,
            "tests/fixtures/schema/manual-valid.yaml:3:1: error: top level: missing required key "
            "\"title\" [schema]\n");
  // A built-in schema by name: the career record checked as a hand-written one.
  run = runCareerlint({"validate", "--format", "compact", "--schema", "builtin:manual-career",
                       "tests/fixtures/schema/career-valid.yaml"},
                      kSource);
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("career-valid.yaml:3:1: error: top level: missing required key \"id\" "
                         "[schema]\n"),
            std::string::npos)
      << run.out;
}

TEST(ValidateCommand, ASchemaThatIsNotJsonCannotRun) {
  TempDir dir;
  const auto schema =
      dir.write("broken.schema.json", "{\n  \"type\": \"object\"\n  \"required\": []\n}\n");
  const auto run = runCareerlint(
      {"validate", "--schema", schema.string(), "tests/fixtures/schema/career-valid.yaml"},
      kSource);
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "careerlint: " + schema.string() +
                         ":3:3: error: the schema is not valid JSON: syntax error while parsing "
                         "object - unexpected string literal; expected '}'\n");
}

TEST(ValidateCommand, ASchemaThatIsNotValidCannotRun) {
  TempDir dir;
  const auto schema = dir.write("invalid.schema.json", R"({"x-careerlint-sum": {"total": "t"}})");
  const auto run = runCareerlint(
      {"validate", "--schema", schema.string(), "tests/fixtures/schema/career-valid.yaml"},
      kSource);
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.err, "careerlint: " + schema.string() +
                         ": error: the schema is not valid: /x-careerlint-sum: \"total\" and "
                         "\"parts\" are required\n");
}

TEST(ValidateCommand, AMissingFileCannotRunButTheOthersAreChecked) {
  const auto run = runCareerlint({"validate", "--format", "compact", "no-such-file.yaml",
                                  "tests/fixtures/schema/broken/e-empty.yaml"},
                                 kSource);
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.out,
            "tests/fixtures/schema/broken/e-empty.yaml:1:1: error: top level: expected a mapping, "
            "found null (no value) [schema]\n");
  EXPECT_NE(run.err.find("no-such-file.yaml"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace careerlint
