#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

// `careerlint validate` end to end: the built binary, run from the source directory.

namespace careerlint {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int exitCode = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `careerlint <arguments>` (a shell fragment) in the source directory.
Outcome careerlint(const std::string& arguments) {
  const fs::path dir = fs::path(::testing::TempDir()) / "validate_command_test";
  fs::create_directories(dir);
  const fs::path out = dir / "out";
  const fs::path err = dir / "err";
  const std::string command = "cd '" + std::string(CAREERLINT_SOURCE_DIR) + "' && '" +
                              std::string(CAREERLINT_BINARY) + "' " + arguments + " >'" +
                              out.string() + "' 2>'" + err.string() + "' </dev/null";
  const int status = std::system(command.c_str());
  Outcome run;
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = slurp(out);
  run.err = slurp(err);
  return run;
}

TEST(ValidateCommand, GoldenOutputOverASetOfBrokenFiles) {
  const Outcome run = careerlint("validate tests/fixtures/schema/broken");
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out,
            slurp(fs::path(CAREERLINT_SOURCE_DIR) / "tests/fixtures/schema/broken.golden"));
}

TEST(ValidateCommand, ValidFilesExitZeroWithNoOutput) {
  const Outcome run = careerlint(
      "validate seeds/medical-assistants.yaml tests/fixtures/schema/career-valid.yaml "
      "tests/fixtures/schema/manual-valid.yaml");
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "");
}

TEST(ValidateCommand, WarningsAloneDoNotFail) {
  const fs::path dir = fs::path(::testing::TempDir()) / "validate_warnings";
  fs::create_directories(dir);
  std::string text =
      slurp(fs::path(CAREERLINT_SOURCE_DIR) / "tests/fixtures/schema/manual-valid.yaml");
  const std::string from = "requires_license: false";
  text.replace(text.find(from), from.size(), "requires_license: true");
  std::ofstream(dir / "licence.yaml") << text;
  const Outcome run = careerlint("validate '" + (dir / "licence.yaml").string() + "'");
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_NE(run.out.find("licence.yaml:51:21: warning: education.requires_license: is true, but no "
                         "licence is named"),
            std::string::npos)
      << run.out;
}

TEST(ValidateCommand, ASyntaxErrorDoesNotStopTheOtherFiles) {
  const Outcome run = careerlint(
      "validate tests/fixtures/schema/broken/a-syntax-error.yaml "
      "tests/fixtures/schema/broken/e-empty.yaml");
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(
      run.out,
      "tests/fixtures/schema/broken/a-syntax-error.yaml:5:2: error: YAML syntax error: invalid "
      "tab used as indentation [yaml-syntax]\n"
      "  5 | \t- Clean instruments\n"
      "    | \t^\n"
      "tests/fixtures/schema/broken/e-empty.yaml:1:1: error: top level: expected a mapping, "
      "found null (no value) [schema]\n");
}

TEST(ValidateCommand, AnotherSchemaCanBeChosen) {
  const fs::path dir = fs::path(::testing::TempDir()) / "validate_schema";
  fs::create_directories(dir);
  std::ofstream(dir / "titles.schema.json")
      << R"({"$schema": "http://json-schema.org/draft-07/schema#", "required": ["title"]})";
  const std::string schema = "--schema '" + (dir / "titles.schema.json").string() + "'";
  Outcome run = careerlint("validate " + schema + " tests/fixtures/schema/career-valid.yaml");
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_EQ(run.out, "");
  run = careerlint("validate " + schema + " tests/fixtures/schema/manual-valid.yaml");
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(run.out,
            "tests/fixtures/schema/manual-valid.yaml:3:1: error: top level: missing required key "
            "\"title\" [schema]\n");
}

TEST(ValidateCommand, ASchemaThatIsNotJsonCannotRun) {
  const fs::path dir = fs::path(::testing::TempDir()) / "validate_bad_schema";
  fs::create_directories(dir);
  const fs::path schema = dir / "broken.schema.json";
  std::ofstream(schema) << "{\n  \"type\": \"object\"\n  \"required\": []\n}\n";
  const Outcome run = careerlint("validate --schema '" + schema.string() +
                                 "' tests/fixtures/schema/career-valid.yaml");
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, schema.string() +
                         ":3:3: error: the schema is not valid JSON: syntax error while parsing "
                         "object - unexpected string literal; expected '}'\n");
}

TEST(ValidateCommand, ASchemaThatIsNotValidCannotRun) {
  const fs::path dir = fs::path(::testing::TempDir()) / "validate_invalid_schema";
  fs::create_directories(dir);
  const fs::path schema = dir / "invalid.schema.json";
  std::ofstream(schema) << R"({"x-careerlint-sum": {"total": "t"}})";
  const Outcome run = careerlint("validate --schema '" + schema.string() +
                                 "' tests/fixtures/schema/career-valid.yaml");
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.err, schema.string() +
                         ": error: the schema is not valid: /x-careerlint-sum: \"total\" and "
                         "\"parts\" are required\n");
}

TEST(ValidateCommand, AMissingFileCannotRunButTheOthersAreChecked) {
  const Outcome run =
      careerlint("validate no-such-file.yaml tests/fixtures/schema/broken/e-empty.yaml");
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.out,
            "tests/fixtures/schema/broken/e-empty.yaml:1:1: error: top level: expected a mapping, "
            "found null (no value) [schema]\n");
  EXPECT_NE(run.err.find("no-such-file.yaml"), std::string::npos) << run.err;
}

TEST(ValidateCommand, NoFilesCannotRun) {
  const Outcome run = careerlint("validate");
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.err, "careerlint: error: validate: no files given\n");
}

TEST(ValidateCommand, ReadsStandardInput) {
  const Outcome run = careerlint("validate - < tests/fixtures/schema/broken/e-empty.yaml");
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(run.out,
            "<stdin>:1:1: error: top level: expected a mapping, found null (no value) [schema]\n");
}

}  // namespace
}  // namespace careerlint
