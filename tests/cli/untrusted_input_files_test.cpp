// Configuration files and written files under hostile conditions: `extends` takes only the
// built-in names (a path or URL is refused, so there is nothing to escape to), and
// `convert -o` replaces its output only with YAML that reads back, keeping the file's mode and
// leaving the old file byte for byte when anything fails.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using testing::readFile;

class UntrustedInputFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "site");
    fs::copy_file(testing::sourcePath("tests/fixtures/schema/career-valid.yaml"),
                  dir_ / "site" / "a.yaml");
  }

  testing::RunResult run(const std::vector<std::string>& args) {
    return testing::runCareerlint(args, dir_);
  }

  testing::TempDir temp_;
  const fs::path dir_ = temp_.path();
};

TEST_F(UntrustedInputFilesTest, ExtendsTakesNoPathsOrUrls) {
  for (const std::string target : {"../base.yaml", "/etc/careerlint.yaml", "./shared.yaml",
                                   "https://example.com/c.yaml", "file:///etc/passwd"}) {
    SCOPED_TRACE(target);
    std::ofstream(dir_ / "site" / ".careerlint.yaml") << "root: true\nextends: " << target << "\n";
    const auto result = run({"validate", "site/a.yaml"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, "careerlint: " + (dir_ / "site" / ".careerlint.yaml").string() +
                              ":2:10: error: `extends` must be `recommended` or `strict`\n");
  }
}

TEST_F(UntrustedInputFilesTest, ConvertOutputIsReplacedAtomicallyKeepingItsMode) {
  const fs::path out = dir_ / "out.yaml";
  std::ofstream(out) << "old: contents\n";
  ASSERT_EQ(::chmod(out.c_str(), 0640), 0);
  const auto result =
      run({"convert", testing::sourcePath("tests/fixtures/pages/breakdown-none.txt").string(), "-o",
           "out.yaml"});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(readFile(out), testing::readSourceFile("tests/fixtures/pages/breakdown-none.yaml"));
  struct stat info {};
  ASSERT_EQ(::stat(out.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++entries;
  EXPECT_EQ(entries, 2u);  // site/ and out.yaml: no temporary file left
}

TEST_F(UntrustedInputFilesTest, AFailedConvertLeavesTheOutputByteForByte) {
  const fs::path out = dir_ / "out.yaml";
  const std::string original = "old: contents\n\xf0\x9f\x8e\xac kept\n";
  std::ofstream(out, std::ios::binary) << original;
  std::ofstream(dir_ / "record.txt") << "title: Nurse\nslug: nurse\n";
  const auto result = run({"convert", "record.txt", "-o", "out.yaml"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(
      result.err,
      "careerlint: record.txt:1:1: error: not a career page: line 1 looks like YAML or JSON (use "
      "`careerlint validate` for "
      "YAML records)\n");
  EXPECT_EQ(readFile(out), original);
}

}  // namespace
}  // namespace careerlint
