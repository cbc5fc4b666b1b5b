#include "util/files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "support/harness.h"

namespace careerlint::files {
namespace {

namespace fs = std::filesystem;

class FilesTest : public ::testing::Test {
 protected:
  static std::string slurp(const fs::path& path) { return careerlint::testing::readFile(path); }
  std::size_t entries() const {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  careerlint::testing::TempDir temp_;
  const fs::path dir_ = temp_.path();
};

TEST_F(FilesTest, ReadFileNamesTheFileWhenItIsMissing) {
  auto result = readFile((dir_ / "absent.txt").string());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "no such file");
  EXPECT_EQ(result.error().file, (dir_ / "absent.txt").string());
}

TEST_F(FilesTest, ReadFileRefusesDirectoriesAndOversizedFiles) {
  auto directory = readFile(dir_.string());
  ASSERT_FALSE(directory);
  EXPECT_EQ(directory.error().message, "is a directory, not a file");

  std::ofstream(dir_ / "big.txt") << std::string(2048, 'x');
  auto big = readFile((dir_ / "big.txt").string(), 1024);
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().message,
            "file is 2048 bytes, larger than the limit of 1 KiB (--max-file-size)");
}

TEST_F(FilesTest, AtomicWriteReplacesContentsAndKeepsTheMode) {
  const fs::path target = dir_ / "page.yaml";
  std::ofstream(target) << "old\n";
  ASSERT_EQ(::chmod(target.c_str(), 0640), 0);
  ASSERT_TRUE(writeFileAtomically(target, "new contents\n"));
  EXPECT_EQ(slurp(target), "new contents\n");
  struct stat info {};
  ASSERT_EQ(::stat(target.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  EXPECT_EQ(entries(), 1u);  // no temporary file left behind
}

TEST_F(FilesTest, AFailureMidWriteLeavesTheOriginalIntactByteForByte) {
  const fs::path target = dir_ / "page.yaml";
  const std::string original = "title: Original\n\xf0\x9f\x8e\xac kept\n";
  std::ofstream(target, std::ios::binary) << original;
  AtomicWriteOptions options;
  options.failAfterBytesForTesting = 5;
  auto result = writeFileAtomically(target, std::string(100000, 'z'), options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "cannot write: No space left on device");
  EXPECT_EQ(slurp(target), original);
  EXPECT_EQ(entries(), 1u);
}

TEST_F(FilesTest, NothingIsWrittenWhenTheNewContentsFailVerification) {
  const fs::path target = dir_ / "page.yaml";
  std::ofstream(target) << "keep\n";
  AtomicWriteOptions options;
  options.verify = [](std::string_view) -> std::optional<std::string> { return "line 1: bad"; };
  auto result = writeFileAtomically(target, "broken", options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "not written: the new contents do not read back (line 1: bad)");
  EXPECT_EQ(slurp(target), "keep\n");
}

TEST_F(FilesTest, WalkContentTreePassesOverHiddenEntriesNodeModulesAndUnderscoreFiles) {
  for (const char* name : {"a.txt", "pages/b.yaml", "pages/_template.yaml", "pages/.draft.txt",
                           ".git/c.txt", "node_modules/pkg/d.yaml", "_partials/e.txt"}) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name) << "x";
  }
  std::vector<std::string> seen;
  const std::error_code ec = walkContentTree(dir_, [&](const fs::directory_entry& entry) {
    seen.push_back(entry.path().lexically_relative(dir_).generic_string());
  });
  EXPECT_FALSE(ec);
  std::sort(seen.begin(), seen.end());
  // A directory starting with "_" is walked: only files are templates.
  EXPECT_EQ(seen, (std::vector<std::string>{"_partials/e.txt", "a.txt", "pages/b.yaml"}));
}

TEST_F(FilesTest, WalkContentTreeReportsAMissingRoot) {
  const std::error_code ec = walkContentTree(dir_ / "absent", [](const fs::directory_entry&) {});
  EXPECT_TRUE(ec);
}

}  // namespace
}  // namespace careerlint::files
