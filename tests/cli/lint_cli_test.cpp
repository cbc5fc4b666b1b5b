// `careerlint lint` and `validate` end to end: the real binary, real files in a temp directory.
#include <gtest/gtest.h>

#include "cli/pages.h"
#include "support/harness.h"

namespace careerlint {
namespace {

using testing::runCareerlint;
using testing::TempDir;
using testing::pages::cleanPage;
using testing::pages::seedPage;
using testing::pages::warningPage;

TEST(LintCli, ExitsOneOnErrorsAndZeroWhenClean) {
  TempDir dir;
  dir.write("seed.txt", seedPage());
  dir.write("clean.txt", cleanPage());
  auto bad = runCareerlint({"lint", "-f", "compact", "seed.txt"}, dir.path());
  EXPECT_EQ(bad.exitCode, 1) << bad.err;
  EXPECT_NE(bad.out.find(
                "seed.txt:34:1: error: \"Technology Skills\" has a heading but nothing under it"),
            std::string::npos)
      << bad.out;
  EXPECT_NE(bad.out.find("[empty-section]\n"), std::string::npos);
  auto good = runCareerlint({"lint", "-f", "compact", "clean.txt"}, dir.path());
  EXPECT_EQ(good.exitCode, 0) << good.out << good.err;
  EXPECT_EQ(good.out.find(": error: "), std::string::npos) << good.out;
  EXPECT_EQ(runCareerlint({"lint", "--quiet", "clean.txt"}, dir.path()).out, "");
}

TEST(LintCli, FailOnAndMaxWarningsDecideWhatWarningsDo) {
  TempDir dir;
  dir.write("page.txt", warningPage());
  auto plain = runCareerlint({"lint", "-f", "compact", "page.txt"}, dir.path());
  ASSERT_EQ(plain.exitCode, 0) << plain.out << plain.err;
  EXPECT_NE(plain.out.find(": warning: \"Key Abilities\" has a heading but nothing under it"),
            std::string::npos)
      << plain.out;
  EXPECT_EQ(runCareerlint({"lint", "--fail-on", "warning", "page.txt"}, dir.path()).exitCode, 1);
  EXPECT_EQ(runCareerlint({"lint", "--fail-on", "info", "page.txt"}, dir.path()).exitCode, 1);
  auto limited = runCareerlint({"lint", "--max-warnings", "0", "page.txt"}, dir.path());
  EXPECT_EQ(limited.exitCode, 1);
  EXPECT_NE(limited.err.find("more than --max-warnings 0"), std::string::npos) << limited.err;
  EXPECT_EQ(runCareerlint({"lint", "--max-warnings", "5", "page.txt"}, dir.path()).exitCode, 0);
  auto quiet = runCareerlint({"lint", "--quiet", "-f", "compact", "page.txt"}, dir.path());
  EXPECT_EQ(quiet.exitCode, 0);
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(runCareerlint({"lint", "--fail-on", "loud", "page.txt"}, dir.path()).exitCode, 2);
}

TEST(LintCli, AMissingFileIsExitTwoAndTheOtherFilesAreStillChecked) {
  TempDir dir;
  dir.write("seed.txt", seedPage());
  auto result = runCareerlint({"lint", "-f", "compact", "missing.txt", "seed.txt"}, dir.path());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.err, "careerlint: missing.txt: error: no such file\n");
  EXPECT_NE(result.out.find("seed.txt:34:1: error:"), std::string::npos);
}

TEST(LintCli, ABadConfigIsExitTwoNamingTheFileAndLine) {
  TempDir dir;
  dir.write("content/seed.txt", seedPage());
  dir.write("content/.careerlint.yaml", "root: true\nrules:\n  empty-sections: off\n");
  auto result = runCareerlint({"lint", "content"}, dir.path());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(
      result.err.find(
          "content/.careerlint.yaml:3:3: error: unknown rule \"empty-sections\"; did you mean "
          "\"empty-section\"?"),
      std::string::npos)
      << result.err;
}

TEST(LintCli, TheNearestConfigAppliesAndRootStopsTheWalk) {
  TempDir dir;
  dir.write(".careerlint.yaml",
            "rules:\n  empty-section: {options: {sections: {technology-skills: off}}}\n");
  dir.write("a/.careerlint.yaml",
            "root: true\nrules:\n  empty-section:\n    options:\n      sections: {key-abilities: "
            "error}\n");
  dir.write("a/seed.txt", seedPage());
  dir.write("b/seed.txt", seedPage());
  auto a = runCareerlint({"lint", "-f", "compact", "a"}, dir.path());
  // a/: root config, so the parent's technology-skills: off does not reach it; key-abilities is an
  // error there.
  EXPECT_NE(a.out.find("a/seed.txt:34:1: error:"), std::string::npos) << a.out;
  EXPECT_NE(a.out.find("a/seed.txt:35:1: error:"), std::string::npos) << a.out;
  auto b = runCareerlint({"lint", "-f", "compact", "b"}, dir.path());
  EXPECT_EQ(b.out.find("b/seed.txt:34:1"), std::string::npos) << b.out;
  EXPECT_NE(b.out.find("b/seed.txt:35:1: warning:"), std::string::npos) << b.out;
  auto explicitConfig =
      runCareerlint({"lint", "-f", "compact", "--config", "a/.careerlint.yaml", "b"}, dir.path());
  EXPECT_NE(explicitConfig.out.find("b/seed.txt:35:1: error:"), std::string::npos)
      << explicitConfig.out;
}

TEST(LintCli, OverridesAndIgnoreGlobs) {
  TempDir dir;
  dir.write(".careerlint.yaml",
            "root: true\nignore: [\"drafts/**\"]\noverrides:\n  - files: [\"legacy/*.txt\"]\n    "
            "rules: {empty-section: off}\n");
  dir.write("drafts/seed.txt", seedPage());
  dir.write("legacy/seed.txt", seedPage());
  dir.write("pages/seed.txt", seedPage());
  auto result = runCareerlint({"lint", "-f", "compact", "."}, dir.path());
  EXPECT_EQ(result.out.find("drafts/"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("legacy/seed.txt:34:1"), std::string::npos)
      << result.out;  // empty-section off there
  EXPECT_NE(result.out.find("pages/seed.txt:34:1"), std::string::npos) << result.out;
}

TEST(LintCli, ADirectoryRunSkipsTemplatesHiddenFilesAndNodeModulesButANamedFileIsChecked) {
  TempDir dir;
  dir.write("pages/seed.txt", seedPage());
  dir.write("pages/_template.txt", seedPage());
  dir.write("pages/.backup.txt", seedPage());
  dir.write(".cache/seed.txt", seedPage());
  dir.write("node_modules/pkg/seed.txt", seedPage());
  auto tree = runCareerlint({"lint", "-f", "compact", "."}, dir.path());
  EXPECT_NE(tree.out.find("pages/seed.txt:34:1"), std::string::npos) << tree.out;
  EXPECT_EQ(tree.out.find("_template"), std::string::npos) << tree.out;
  EXPECT_EQ(tree.out.find("backup"), std::string::npos) << tree.out;
  EXPECT_EQ(tree.out.find(".cache"), std::string::npos) << tree.out;
  EXPECT_EQ(tree.out.find("node_modules"), std::string::npos) << tree.out;
  auto named = runCareerlint({"lint", "-f", "compact", "pages/_template.txt"}, dir.path());
  EXPECT_NE(named.out.find("pages/_template.txt:34:1"), std::string::npos) << named.out;
}

TEST(LintCli, SuppressionCommentsInPagesAndYamlAndTheUnusedOnes) {
  TempDir dir;
  std::string page = seedPage();
  page.insert(page.find("\xF0\x9F\x92\xBBTechnology Skills"),
              "careerlint-disable-next-line empty-section -- skills come from O*NET\n");
  page = "# careerlint-disable-file empty-section\n" + page;  // covers the rest too
  dir.write("page.txt", page);
  auto result = runCareerlint({"lint", "-f", "compact", "page.txt"}, dir.path());
  EXPECT_EQ(result.out.find("[empty-section]"), std::string::npos) << result.out;
  // The next-line one is redundant with disable-file: both cover line 36; neither is unused.
  EXPECT_EQ(result.exitCode, 0) << result.out;

  dir.write("record.yaml", "# careerlint-disable-next-line empty-section\nname: X\n");
  auto unused = runCareerlint(
      {"lint", "-f", "compact", "--schema", "builtin:manual-career", "record.yaml"}, dir.path());
  EXPECT_NE(
      unused.out.find(
          "record.yaml:1:1: warning: this careerlint-disable comment for empty-section suppresses "
          "nothing; remove it [unused-suppression]"),
      std::string::npos)
      << unused.out;
}

TEST(LintCli, OutputFilesAndUnknownFormats) {
  TempDir dir;
  dir.write("seed.txt", seedPage());
  auto result = runCareerlint(
      {"lint", "-f", "compact", "--output-file", "json=out.json", "seed.txt"}, dir.path());
  EXPECT_EQ(result.exitCode, 1);
  const std::string json = testing::readFile(dir.path() / "out.json");
  EXPECT_NE(json.find("\"ruleId\": \"empty-section\""), std::string::npos) << json;
  auto unknown = runCareerlint({"lint", "-f", "xml", "seed.txt"}, dir.path());
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_NE(unknown.err.find("unknown format \"xml\""), std::string::npos) << unknown.err;
  auto badSpec = runCareerlint({"lint", "--output-file", "sarif", "seed.txt"}, dir.path());
  EXPECT_EQ(badSpec.exitCode, 2);
}

TEST(LintCli, RulesExplainAndPrintConfig) {
  TempDir dir;
  auto rules = runCareerlint({"rules"}, dir.path());
  EXPECT_EQ(rules.exitCode, 0);
  EXPECT_NE(rules.out.find("empty-section"), std::string::npos);
  EXPECT_NE(rules.out.find("yaml-syntax"), std::string::npos);
  auto explain = runCareerlint({"explain", "empty-section"}, dir.path());
  EXPECT_EQ(explain.exitCode, 0);
  EXPECT_EQ(explain.out.rfind("# empty-section\n", 0), 0u);
  auto unknown = runCareerlint({"explain", "empty-sectoin"}, dir.path());
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_EQ(unknown.err,
            "careerlint: error: no rule \"empty-sectoin\"; did you mean \"empty-section\"?\n");
  dir.write(".careerlint.yaml", "root: true\nrules:\n  unplaced-line: error\n");
  auto config = runCareerlint({"print-config", "any/page.txt"}, dir.path());
  EXPECT_EQ(config.exitCode, 0);
  EXPECT_NE(config.out.find("  unplaced-line: error\n"), std::string::npos) << config.out;
}

TEST(ValidateCli, SchemaOnlyNoEditorialRules) {
  TempDir dir;
  dir.write("seed.txt", seedPage());
  auto result = runCareerlint({"validate", "-f", "compact", "seed.txt"}, dir.path());
  EXPECT_EQ(result.out.find("[empty-section]"), std::string::npos) << result.out;
  EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
  dir.write("broken.yaml", "title: [unclosed\n");
  auto broken = runCareerlint({"validate", "-f", "compact", "broken.yaml", "seed.txt"}, dir.path());
  EXPECT_EQ(broken.exitCode, 1);
  EXPECT_NE(broken.out.find("broken.yaml:"), std::string::npos);
  EXPECT_NE(broken.out.find("[yaml-syntax]"), std::string::npos);
  auto badSchema = runCareerlint({"validate", "--schema", "nope.json", "seed.txt"}, dir.path());
  EXPECT_EQ(badSchema.exitCode, 2);
  EXPECT_NE(badSchema.err.find("nope.json"), std::string::npos) << badSchema.err;
}

}  // namespace
}  // namespace careerlint
