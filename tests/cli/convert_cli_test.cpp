// `careerlint convert` end to end: outputs, the source map, atomic writes and bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using testing::readSourceFile;
using testing::runCareerlint;
using testing::TempDir;

TEST(ConvertCli, TheSeedPrintsItsGoldenYamlOnStdout) {
  auto result =
      runCareerlint({"convert", testing::sourcePath("seeds/medical-assistants.txt").string()}, ".");
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.out, readSourceFile("seeds/medical-assistants.yaml"));
  EXPECT_EQ(result.err, "");
}

TEST(ConvertCli, OutputFileAndSourceMap) {
  TempDir dir;
  dir.write("seed.txt", readSourceFile("seeds/medical-assistants.txt"));
  auto result = runCareerlint(
      {"convert", "seed.txt", "-o", "seed.yaml", "--source-map", "seed.map.json"}, dir.path());
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(testing::readFile(dir.path() / "seed.yaml"),
            readSourceFile("seeds/medical-assistants.yaml"));
  const auto map = nlohmann::json::parse(testing::readFile(dir.path() / "seed.map.json"));
  EXPECT_EQ(map["version"], 1);
  EXPECT_EQ(map["file"], "seed.txt");
  std::map<std::string, std::pair<int, int>> at;
  for (const auto& entry : map["entries"]) at[entry["pointer"]] = {entry["line"], entry["column"]};
  EXPECT_EQ(at["/title"], std::make_pair(1, 1));
  EXPECT_EQ(at["/tasks/0"], std::make_pair(5, 4));                                // after "- •"
  EXPECT_EQ(at["/inside_look/time_breakdown/0/share"], std::make_pair(14, 366));  // "50%"
  EXPECT_EQ(at["/inside_look/time_breakdown/2/share"],
            std::make_pair(14, 614));  // "The remaining time"
  EXPECT_EQ(at["/education/work_experience_required"], std::make_pair(23, 16));
  EXPECT_EQ(at["/education/certifications/0/name"], std::make_pair(18, 188));  // "CMA"
  EXPECT_EQ(at["/category"], std::make_pair(38, 18));
  EXPECT_EQ(at["/page/closing/question"], std::make_pair(40, 1));
}

TEST(ConvertCli, StdinAndDirectoriesAndWarnings) {
  TempDir dir;
  dir.write("pages/a.txt", readSourceFile("tests/fixtures/pages/seed-order-filled.txt"));
  dir.write("pages/sub/b.txt", readSourceFile("tests/fixtures/pages/unknown-section.txt"));
  auto many = runCareerlint({"convert", "pages", "--out-dir", "out"}, dir.path());
  EXPECT_EQ(many.exitCode, 1);  // b.txt has unplaced lines: converted, with warnings
  EXPECT_TRUE(fs::exists(dir.path() / "out/a.yaml"));
  EXPECT_EQ(testing::readFile(dir.path() / "out/sub/b.yaml"),
            readSourceFile("tests/fixtures/pages/unknown-section.yaml"));
  EXPECT_NE(many.err.find("pages/sub/b.txt:39:1: warning: line 39 is not part of the career page "
                          "layout; it is kept under "
                          "`unplaced` [unplaced-line]"),
            std::string::npos)
      << many.err;
  // "-" reads standard input.
  auto stdinRun = testing::run(
      {"sh", "-c", std::string("\"$0\" convert - < pages/a.txt"), CAREERLINT_BINARY}, dir.path());
  EXPECT_EQ(stdinRun.exitCode, 0) << stdinRun.err;
  EXPECT_EQ(stdinRun.out, testing::readFile(dir.path() / "out/a.yaml"));
  auto noDir = runCareerlint({"convert", "pages"}, dir.path());
  EXPECT_EQ(noDir.exitCode, 2);
  EXPECT_EQ(
      noDir.err,
      "careerlint convert: several pages need --out-dir DIR (one .yaml is written per page)\n");
}

struct BadInput {
  const char* name;
  std::string bytes;
  int exitCode;
  std::string message;  // on stderr
};

TEST(ConvertCli, EveryKindOfBadInputGetsAClearMessageAndItsExitCode) {
  TempDir dir;
  const std::string page = "Nurses\nCare.\n\xF0\x9F\x92\xBBTechnology Skills\nEpic\n";
  const std::vector<BadInput> cases = {
      {"latin1.txt", "Nurses\ncaf\xE9\n", 2,
       "latin1.txt:2:4: error: not UTF-8: invalid byte 0xE9 at byte offset 10 (line 2, column "
       "4)\n"},
      {"utf16.txt", std::string("\xFF\xFEN\0u\0", 6), 2,
       "utf16.txt: error: the file is UTF-16 (it starts with a UTF-16 byte order mark); careerlint "
       "reads UTF-8\n"},
      {"binary.txt", std::string("Nurses\n\0\x01\x02", 10), 2,
       "binary.txt:2:1: error: binary file: NUL byte at byte offset 7 (line 2, column 1); "
       "careerlint reads UTF-8 text\n"},
      {"empty.txt", "", 2, "empty.txt: error: empty file: there is no career page to convert\n"},
      {"record.txt", "title: Nurses\n", 2,
       "record.txt:1:1: error: not a career page: line 1 looks like YAML or JSON (use `careerlint "
       "validate` for YAML records)\n"},
      {"bom.txt", "\xEF\xBB\xBF" + page, 0, ""},
      {"crlf.txt", "Nurses\r\nCare.\r\n\xF0\x9F\x92\xBBTechnology Skills\r\nEpic", 0, ""},
      {"no-final-newline.txt", page.substr(0, page.size() - 1), 0, ""},
  };
  for (const BadInput& c : cases) {
    SCOPED_TRACE(c.name);
    dir.write(c.name, c.bytes);
    auto result = runCareerlint({"convert", c.name}, dir.path());
    EXPECT_EQ(result.exitCode, c.exitCode);
    EXPECT_EQ(result.err, c.message.empty() ? "" : "careerlint: " + c.message);
    if (c.exitCode == 0) {
      EXPECT_NE(result.out.find("technology_skills:\n  - Epic\n"), std::string::npos) << result.out;
    }
  }
  auto missing = runCareerlint({"convert", "absent.txt"}, dir.path());
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_EQ(missing.err, "careerlint: absent.txt: error: no such file\n");
}

TEST(ConvertCli, AFailedConversionLeavesTheOutputFileUntouched) {
  TempDir dir;
  dir.write("latin1.txt", "Nurses\ncaf\xE9\n");
  const fs::path out = dir.write("out.yaml", "kept: true\n");
  EXPECT_EQ(runCareerlint({"convert", "latin1.txt", "-o", "out.yaml"}, dir.path()).exitCode, 2);
  EXPECT_EQ(testing::readFile(out), "kept: true\n");
}

}  // namespace
}  // namespace careerlint
