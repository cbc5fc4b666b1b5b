// fmt, render, new and init end to end: the real binary, real files in a temporary directory.
#include <gtest/gtest.h>

#include "author/author_test_util.h"
#include "support/harness.h"

namespace careerlint {
namespace {

using testing::runCareerlint;
using testing::TempDir;

std::string manualRecord(const std::string& name) {
  return testing::readSourceFile("tests/data/manual-careers/" + name);
}

TEST(FmtCli, CheckListsTheFilesThatWouldChangeAndWritesNothing) {
  TempDir dir;
  const std::string messy = "title: \"X\"\nschema_version: 1\n";
  dir.write("a.yaml", messy);
  dir.write("b.yaml", "schema_version: 1\ntitle: X\n");
  auto check = runCareerlint({"fmt", "--check", "a.yaml", "b.yaml"}, dir.path());
  EXPECT_EQ(check.exitCode, 1) << check.err;
  EXPECT_EQ(check.out, "a.yaml\n");
  EXPECT_EQ(testing::readFile(dir.path() / "a.yaml"), messy);
  auto clean = runCareerlint({"fmt", "--check", "b.yaml"}, dir.path());
  EXPECT_EQ(clean.exitCode, 0) << clean.out << clean.err;
  auto missing = runCareerlint({"fmt", "--check", "nope.yaml"}, dir.path());
  EXPECT_EQ(missing.exitCode, 2);
}

TEST(FmtCli, DiffPrintsAUnifiedDiffAndWritesNothing) {
  TempDir dir;
  const std::string messy = "title: \"X\"\nschema_version: 1\n";
  dir.write("a.yaml", messy);
  auto diff = runCareerlint({"fmt", "--diff", "a.yaml"}, dir.path());
  EXPECT_EQ(diff.exitCode, 0) << diff.err;
  EXPECT_EQ(diff.out,
            "--- a/a.yaml\n+++ b/a.yaml\n@@ -1,2 +1,2 @@\n-title: \"X\"\n"
            " schema_version: 1\n+title: X\n");
  EXPECT_EQ(testing::readFile(dir.path() / "a.yaml"), messy);
  // patch(1) applies it.
  dir.write("a.diff", diff.out);
  auto patch = testing::run({"patch", "-p1", "-i", "a.diff"}, dir.path());
  EXPECT_EQ(patch.exitCode, 0) << patch.out << patch.err;
  EXPECT_EQ(testing::readFile(dir.path() / "a.yaml"), "schema_version: 1\ntitle: X\n");
}

TEST(FmtCli, FormatsADirectoryOfRealRecordsInPlaceAndASecondRunChangesNothing) {
  TempDir dir;
  for (const auto& path : testing::manualRecords())
    dir.write("manual/" + path.filename().string(), testing::readFile(path));
  auto first = runCareerlint({"fmt", "manual"}, dir.path());
  EXPECT_EQ(first.exitCode, 0) << first.err;
  auto check = runCareerlint({"fmt", "--check", "manual"}, dir.path());
  EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
  for (const auto& path : testing::manualRecords()) {
    const std::string formatted = testing::readFile(dir.path() / "manual" / path.filename());
    EXPECT_EQ(testing::commentsWithKeys(formatted),
              testing::commentsWithKeys(testing::readFile(path)))
        << path;
  }
  auto lint = runCareerlint({"validate", "-f", "compact", "manual"}, dir.path());
  auto lintOriginal = runCareerlint(
      {"validate", "-f", "compact", testing::sourcePath("tests/data/manual-careers").string()},
      dir.path());
  EXPECT_EQ(lint.exitCode, lintOriginal.exitCode) << lint.out;
}

TEST(FmtCli, AFileItCannotFormatSafelyIsLeftWithAFinding) {
  TempDir dir;
  const std::string twoDocuments = "title: a\n---\ntitle: b\n";
  dir.write("two.yaml", twoDocuments);
  auto run = runCareerlint({"fmt", "two.yaml"}, dir.path());
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.err.find("two.yaml:2:1: error: a second YAML document"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("[fmt]"), std::string::npos) << run.err;
  EXPECT_EQ(testing::readFile(dir.path() / "two.yaml"), twoDocuments);
}

TEST(FmtCli, PagesGetOnlyTheUnambiguousNormalisation) {
  TempDir dir;
  const std::string seed = testing::readSourceFile("seeds/medical-assistants.txt");
  dir.write("seed.txt", seed);
  auto run = runCareerlint({"fmt", "seed.txt"}, dir.path());
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(testing::readFile(dir.path() / "seed.txt"), seed + "\n");
}

TEST(FmtCli, ThePreCommitHooksFileOffersTheFmtHook) {
  const std::string hooks = testing::readSourceFile(".pre-commit-hooks.yaml");
  EXPECT_NE(hooks.find("- id: careerlint-fmt\n"), std::string::npos);
  EXPECT_NE(hooks.find("entry: tools/pre-commit-hook.sh fmt"), std::string::npos);
}

// The pre-commit framework runs the careerlint-fmt hook of this checkout's .pre-commit-hooks.yaml
// (at HEAD) in a real repository: a record that is not formatted stops the commit.
TEST(FmtCli, ThePreCommitFrameworkRunsTheFmtHook) {
  testing::GitRepository repo;
  ASSERT_NO_FATAL_FAILURE(repo.usePreCommitHook("careerlint-fmt"));

  repo.write("records/messy.yaml", "title: \"X\"  # the title\nschema_version: 1\n");
  repo.git({"add", "records/messy.yaml"});
  auto refused = repo.git({"commit", "-m", "messy record"});
  EXPECT_NE(refused.exitCode, 0);
  const std::string shown = refused.out + refused.err;
  EXPECT_NE(shown.find("Failed"), std::string::npos) << shown;
  EXPECT_NE(shown.find("records/messy.yaml"), std::string::npos) << shown;

  auto formatted = runCareerlint({"fmt", "records/messy.yaml"}, repo.path());
  ASSERT_EQ(formatted.exitCode, 0) << formatted.err;
  EXPECT_EQ(testing::readFile(repo.path() / "records/messy.yaml"),
            "schema_version: 1\ntitle: X  # the title\n");
  repo.git({"add", "records/messy.yaml"});
  auto accepted = repo.git({"commit", "-m", "formatted record"});
  EXPECT_EQ(accepted.exitCode, 0) << accepted.out << accepted.err;
  EXPECT_NE((accepted.out + accepted.err).find("Passed"), std::string::npos) << accepted.out;
}

TEST(RenderCli, WritesTextMarkdownAndHtmlOfARecordOrAPage) {
  TempDir dir;
  dir.write("seed.txt", testing::readSourceFile("seeds/medical-assistants.txt"));
  auto convert = runCareerlint({"convert", "seed.txt", "-o", "seed.yaml"}, dir.path());
  ASSERT_EQ(convert.exitCode, 0) << convert.err;
  auto text = runCareerlint({"render", "seed.yaml"}, dir.path());
  EXPECT_EQ(text.exitCode, 0) << text.err;
  EXPECT_EQ(text.out, testing::readFile(dir.path() / "seed.txt") + "\n");
  auto html =
      runCareerlint({"render", "seed.yaml", "--format", "html", "-o", "seed.html"}, dir.path());
  EXPECT_EQ(html.exitCode, 0) << html.err;
  EXPECT_NE(testing::readFile(dir.path() / "seed.html").find("<h1>Medical Assistants</h1>"),
            std::string::npos);
  auto markdown = runCareerlint({"render", "seed.txt", "--format", "markdown"}, dir.path());
  EXPECT_EQ(markdown.exitCode, 0) << markdown.err;
  EXPECT_TRUE(markdown.out.starts_with("# Medical Assistants\n")) << markdown.out;
  auto bad = runCareerlint({"render", "seed.yaml", "--format", "pdf"}, dir.path());
  EXPECT_EQ(bad.exitCode, 2);
  dir.write("manual.yaml", manualRecord("data-annotators.yaml"));
  auto manual = runCareerlint({"render", "manual.yaml"}, dir.path());
  EXPECT_EQ(manual.exitCode, 0) << manual.err;
  EXPECT_TRUE(manual.out.starts_with("Data Annotators\n")) << manual.out;
}

TEST(NewCli, LintRefusesTheScaffoldUntilItIsFilledAndNewNeverOverwrites) {
  TempDir dir;
  auto created = runCareerlint({"new", "Dental Hygienists"}, dir.path());
  ASSERT_EQ(created.exitCode, 0) << created.err;
  const std::string scaffold = testing::readFile(dir.path() / "dental-hygienists.yaml");
  auto lint = runCareerlint({"lint", "-f", "compact", "dental-hygienists.yaml"}, dir.path());
  EXPECT_EQ(lint.exitCode, 1) << lint.out << lint.err;
  EXPECT_NE(lint.out.find("[placeholder-text]"), std::string::npos) << lint.out;
  auto again = runCareerlint({"new", "Dental Hygienists"}, dir.path());
  EXPECT_EQ(again.exitCode, 2);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
  EXPECT_EQ(testing::readFile(dir.path() / "dental-hygienists.yaml"), scaffold);

  auto manualHere =
      runCareerlint({"new", "Prompt Engineers", "--manual", "-o", "prompt.yaml"}, dir.path());
  ASSERT_EQ(manualHere.exitCode, 0) << manualHere.err;
  auto lintManual = runCareerlint({"lint", "-f", "compact", "prompt.yaml"}, dir.path());
  EXPECT_EQ(lintManual.exitCode, 1) << lintManual.out;
  EXPECT_NE(lintManual.out.find("[placeholder-text]"), std::string::npos) << lintManual.out;
}

TEST(InitCli, WritesAStarterConfigurationThatPrintConfigAcceptsAndNeverOverwrites) {
  TempDir dir;
  auto init = runCareerlint({"init"}, dir.path());
  ASSERT_EQ(init.exitCode, 0) << init.err;
  const std::string config = testing::readFile(dir.path() / ".careerlint.yaml");
  EXPECT_NE(config.find("# "), std::string::npos);
  dir.write("page.yaml", "schema_version: 1\n");
  auto printed = runCareerlint({"print-config", "page.yaml"}, dir.path());
  EXPECT_EQ(printed.exitCode, 0) << printed.err;
  EXPECT_NE(printed.out.find("hedged-figure"), std::string::npos) << printed.out;
  auto again = runCareerlint({"init"}, dir.path());
  EXPECT_EQ(again.exitCode, 2);
  EXPECT_EQ(testing::readFile(dir.path() / ".careerlint.yaml"), config);
}

}  // namespace
}  // namespace careerlint
