// The gate never passes by accident (issue 10): ignored and non-career files, nothing to check,
// --quiet and the exit code, configuration errors once, --fix-dry-run and --fix's count, JUnit
// failures at the fail level, the command line's own mistakes, --stdin-filename.
#include <gtest/gtest.h>

#include "cli/pages.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using testing::runCareerlint;
using testing::TempDir;
using testing::pages::cleanPage;
using testing::pages::fixablePage;
using testing::pages::fixedPage;
using testing::pages::seedPage;
using testing::pages::seedRecord;
using testing::pages::warningPage;

TEST(GateCli, ANonCareerYamlFileGetsOneFindingThatSaysSo) {
  TempDir dir;
  dir.write("mkdocs.yml", "site_name: Careers\ntheme: material\nnav:\n  - Home: index.md\n");
  auto result = runCareerlint({"lint", "-f", "compact", "mkdocs.yml"}, dir.path());
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.out,
            "mkdocs.yml:1:1: error: not a career record: none of the keys a career record has "
            "(schema_version, title, slug, onet_code, data_source, ...); if this file is not "
            "career content, add it to `ignore:` in .careerlint.yaml [input-format]\n");
  // A record that is a career record, however broken, still gets the schema's findings.
  dir.write("career.yaml", "title: Nurse\n");
  auto career = runCareerlint({"lint", "-f", "compact", "career.yaml"}, dir.path());
  EXPECT_NE(career.out.find("[schema]"), std::string::npos) << career.out;
}

TEST(GateCli, NothingToCheckIsExitTwoUnlessAllowed) {
  TempDir dir;
  fs::create_directories(dir.path() / "empty");
  auto empty = runCareerlint({"lint", "empty"}, dir.path());
  EXPECT_EQ(empty.exitCode, 2);
  EXPECT_EQ(empty.err,
            "careerlint: error: no files to check in empty: no .txt, .yaml or .yml file there that "
            "`ignore:` does not match (--allow-empty accepts that)\n");
  EXPECT_EQ(runCareerlint({"lint", "--allow-empty", "empty"}, dir.path()).exitCode, 0);
  // Everything ignored is nothing to check, too.
  dir.write(".careerlint.yaml", "root: true\nignore: [\"drafts/**\"]\n");
  dir.write("drafts/seed.txt", seedPage());
  auto ignored = runCareerlint({"lint", "drafts"}, dir.path());
  EXPECT_EQ(ignored.exitCode, 2);
  EXPECT_NE(ignored.err.find("no files to check in drafts"), std::string::npos) << ignored.err;
}

TEST(GateCli, ANamedIgnoredFileIsSaidOnceAndNoIgnoreChecksIt) {
  TempDir dir;
  dir.write(".careerlint.yaml", "root: true\nignore: [\"drafts/**\"]\n");
  dir.write("drafts/a.txt", seedPage());
  dir.write("drafts/b.txt", seedPage());
  auto named = runCareerlint({"lint", "-f", "compact", "drafts/a.txt", "drafts/b.txt"}, dir.path());
  EXPECT_EQ(named.exitCode, 0);
  EXPECT_EQ(named.out, "");
  EXPECT_EQ(named.err,
            "careerlint: ignored, as `ignore:` in .careerlint.yaml says (--no-ignore checks them "
            "anyway): drafts/a.txt, drafts/b.txt\n");
  auto all = runCareerlint({"lint", "-f", "compact", "--no-ignore", "."}, dir.path());
  EXPECT_EQ(all.exitCode, 1);
  EXPECT_NE(all.out.find("drafts/a.txt:34:1"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("drafts/b.txt:34:1"), std::string::npos) << all.out;
}

TEST(GateCli, QuietNeverChangesTheExitCode) {
  TempDir dir;
  dir.write("page.txt", warningPage());
  auto failOn = runCareerlint({"lint", "-q", "--fail-on", "warning", "page.txt"}, dir.path());
  EXPECT_EQ(failOn.exitCode, 1);
  EXPECT_EQ(failOn.out, "");
  EXPECT_EQ(failOn.err,
            "careerlint: 1 warning not shown (--quiet) but counted for the exit code\n");
  auto maxWarnings = runCareerlint({"lint", "-q", "--max-warnings", "0", "page.txt"}, dir.path());
  EXPECT_EQ(maxWarnings.exitCode, 1);
  EXPECT_NE(maxWarnings.err.find("1 warning not shown (--quiet)"), std::string::npos)
      << maxWarnings.err;
  auto passing = runCareerlint({"lint", "-q", "page.txt"}, dir.path());
  EXPECT_EQ(passing.exitCode, 0);
  EXPECT_EQ(passing.err, "");
}

TEST(GateCli, AConfigurationErrorIsReportedOnce) {
  TempDir dir;
  dir.write(".careerlint.yaml", "root: true\nrules:\n  empty-sections: off\n");
  dir.write("a.txt", seedPage());
  dir.write("b.txt", seedPage());
  dir.write("c.txt", seedPage());
  auto result = runCareerlint({"lint", "."}, dir.path());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find(".careerlint.yaml:3:3: error: unknown rule \"empty-sections\"; did you "
                            "mean \"empty-section\"?"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(result.err.rfind("careerlint: ", 0), 0u) << result.err;
  EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << "reported once: " << result.err;
}

TEST(GateCli, FixDryRunPrintsADiffThatAppliesAndWritesNothing) {
  TempDir dir;
  dir.write("page.txt", fixablePage());
  auto dry = runCareerlint({"lint", "--fix-dry-run", "-f", "compact", "page.txt"}, dir.path());
  EXPECT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_EQ(testing::readFile(dir.path() / "page.txt"), fixablePage());
  EXPECT_EQ(dry.out.rfind("--- a/page.txt\n+++ b/page.txt\n@@ -11,7 +11,7 @@\n", 0), 0u) << dry.out;
  EXPECT_EQ(
      dry.err,
      "careerlint: --fix-dry-run: --fix would fix 2 problems in 1 file; nothing was written\n");
  // The diff is a real patch: git apply takes it and makes what --fix makes.
  dir.write("fix.patch", dry.out);
  auto check = testing::run({"git", "apply", "--check", "fix.patch"}, dir.path());
  EXPECT_EQ(check.exitCode, 0) << check.err;
  auto applied = testing::run({"git", "apply", "fix.patch"}, dir.path());
  ASSERT_EQ(applied.exitCode, 0) << applied.err;
  EXPECT_EQ(testing::readFile(dir.path() / "page.txt"), fixedPage());

  dir.write("page.txt", fixablePage());
  auto fixed = runCareerlint({"lint", "--fix", "-f", "compact", "page.txt"}, dir.path());
  EXPECT_EQ(fixed.exitCode, 0);
  EXPECT_EQ(fixed.err, "careerlint: fixed 2 problems in 1 file\n");
  EXPECT_EQ(testing::readFile(dir.path() / "page.txt"), fixedPage());
}

TEST(GateCli, JunitFailsOnlyAtOrAboveTheFailLevel) {
  TempDir dir;
  dir.write("page.txt", warningPage());
  auto passing = runCareerlint({"lint", "-f", "junit", "page.txt"}, dir.path());
  EXPECT_EQ(passing.exitCode, 0);
  EXPECT_EQ(passing.out.find("<failure"), std::string::npos) << passing.out;
  EXPECT_NE(passing.out.find("failures=\"0\""), std::string::npos) << passing.out;
  EXPECT_NE(passing.out.find("<system-out>page.txt:"), std::string::npos) << passing.out;
  auto failing =
      runCareerlint({"lint", "-f", "junit", "--fail-on", "warning", "page.txt"}, dir.path());
  EXPECT_EQ(failing.exitCode, 1);
  EXPECT_NE(failing.out.find("<failure message="), std::string::npos) << failing.out;
}

TEST(GateCli, CommandLineMistakesGetDidYouMeanAndExitTwo) {
  TempDir dir;
  auto command = runCareerlint({"litn", "."}, dir.path());
  EXPECT_EQ(command.exitCode, 2);
  EXPECT_EQ(command.err,
            "careerlint: error: unknown command \"litn\"; did you mean \"lint\"?\n"
            "careerlint: `careerlint --help` lists the commands and options\n");
  auto flag = runCareerlint({"lint", "--fail-onn", "warning", "."}, dir.path());
  EXPECT_EQ(flag.exitCode, 2);
  EXPECT_EQ(flag.err,
            "careerlint: error: unknown option \"--fail-onn\" for lint; did you mean "
            "\"--fail-on\"?\n"
            "careerlint: `careerlint lint --help` lists the commands and options\n");
  auto value = runCareerlint({"lint", "--fail-on", "loud", "."}, dir.path());
  EXPECT_EQ(value.exitCode, 2);
  EXPECT_EQ(value.err.rfind("careerlint: error: ", 0), 0u) << value.err;
}

TEST(GateCli, EverySubcommandsHelpShowsItsExitCodes) {
  TempDir dir;
  for (const char* command :
       {"convert", "explain", "install-hook", "lint", "print-config", "rules", "validate"}) {
    auto help = runCareerlint({command, "--help"}, dir.path());
    EXPECT_EQ(help.exitCode, 0) << command;
    EXPECT_NE(help.out.find("Exit codes: 0 "), std::string::npos) << command << "\n" << help.out;
  }
}

TEST(GateCli, AMisspelledOptionKeyIsExitTwoAndExplainListsTheDeclaredOptions) {
  TempDir dir;
  dir.write(
      ".careerlint.yaml",
      "root: true\nrules:\n  empty-section:\n    options:\n      sections: {technology-skill: "
      "off}\n");
  dir.write("a.txt", seedPage());
  dir.write("b.txt", seedPage());
  auto result = runCareerlint({"lint", "."}, dir.path());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(
      result.err.find(".careerlint.yaml:5:18: error: rule empty-section, option sections: "
                      "unknown key \"technology-skill\"; did you mean \"technology-skills\"?"),
      std::string::npos)
      << result.err;
  EXPECT_EQ(result.err.rfind("careerlint: ", 0), 0u) << result.err;
  EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << "reported once: " << result.err;
  auto explain = runCareerlint({"explain", "empty-section"}, dir.path());
  EXPECT_NE(explain.out.find("- `sections` (mapping of key to error, warning, info, off; keys: "),
            std::string::npos)
      << explain.out;
  EXPECT_NE(explain.out.find("technology-skills"), std::string::npos) << explain.out;
  auto vocabulary = runCareerlint({"explain", "growth-label"}, dir.path());
  EXPECT_NE(vocabulary.out.find("- `vocabulary` (string, one of build, scoring): "),
            std::string::npos)
      << vocabulary.out;
}

// A misspelled check, a value of the wrong type: the options schema refuses them where they are.
TEST(GateCli, AMisspelledCheckOrAWrongTypeInTheOptionsIsExitTwoAtItsPlace) {
  TempDir dir;
  dir.write("a.txt", seedPage());
  dir.write(".careerlint.yaml",
            "root: true\nrules:\n  whitespace-and-punctuation:\n    options:\n      checks:\n"
            "        mixedQuote: off\n");
  auto check = runCareerlint({"lint", "a.txt"}, dir.path());
  EXPECT_EQ(check.exitCode, 2);
  EXPECT_NE(check.err.find(".careerlint.yaml:6:9: error: rule whitespace-and-punctuation, option "
                           "checks: unknown key \"mixedQuote\"; did you mean \"mixedQuotes\"?"),
            std::string::npos)
      << check.err;
  dir.write(".careerlint.yaml",
            "root: true\nrules:\n  hedged-figure:\n    options:\n      hedges: about\n");
  auto type = runCareerlint({"lint", "a.txt"}, dir.path());
  EXPECT_EQ(type.exitCode, 2);
  EXPECT_NE(type.err.find(".careerlint.yaml:5:15: error: rule hedged-figure, option hedges: "),
            std::string::npos)
      << type.err;
  auto config = runCareerlint({"print-config", "a.txt"}, dir.path());
  EXPECT_EQ(config.exitCode, 2) << config.out;
  EXPECT_EQ(config.out, "");
}

// The seed record's "Perhaps 50%" is inside an 800-character double-quoted paragraph: the finding
// is at the words themselves, and --fix rewrites just them inside the quotes.
TEST(GateCli, FindingsAndFixesInsideAQuotedScalarAreAtTheExactText) {
  TempDir dir;
  dir.write("record.yaml", seedRecord());
  auto result = runCareerlint({"lint", "-f", "compact", "record.yaml"}, dir.path());
  EXPECT_NE(result.out.find("record.yaml:18:365: info: inside_look.content[0]: \"Perhaps 50%\" "
                            "hedges a stated figure"),
            std::string::npos)
      << result.out;
  auto fixed = runCareerlint({"lint", "--fix", "-f", "compact", "record.yaml"}, dir.path());
  std::string expected = seedRecord();
  expected.replace(expected.find("Perhaps 50% of time"), 8, "");
  EXPECT_EQ(testing::readFile(dir.path() / "record.yaml"), expected);
}

// No fix makes unfinished text look finished: a "TODO" task keeps no period added.
TEST(GateCli, NoFixOnAValueThatCarriesAPlaceholder) {
  TempDir dir;
  std::string record = seedRecord();
  record.insert(record.find("inside_look:\n"), "  - TODO\n");
  dir.write("record.yaml", record);
  auto before = runCareerlint({"lint", "-f", "compact", "record.yaml"}, dir.path());
  EXPECT_NE(before.out.find("\"TODO\" left in tasks[8]"), std::string::npos) << before.out;
  runCareerlint({"lint", "--fix", "-f", "compact", "record.yaml"}, dir.path());
  const std::string after = testing::readFile(dir.path() / "record.yaml");
  EXPECT_NE(after.find("  - TODO\ninside_look:\n"), std::string::npos) << after;
}

// A placeholder on a page line the converter did not recognise is reported at that line, and
// nothing is reported at 1:1.
TEST(GateCli, AnUnrecognisedPageLineIsReportedAtItsLineNeverAtOneOne) {
  TempDir dir;
  std::string page = cleanPage();
  page.replace(page.find("Work as a Surgical Technologists?"), 33,
               "Work as a Surgical Technologists? TODO");
  dir.write("page.txt", page);
  auto result = runCareerlint({"lint", "-f", "compact", "page.txt"}, dir.path());
  EXPECT_NE(result.out.find("page.txt:121:35: error: \"TODO\" left in unplaced[0].text"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("page.txt:1:1:"), std::string::npos) << result.out;
}

TEST(GateCli, StdinFilenameChecksStandardInputAsThatFile) {
  TempDir dir;
  testing::RunOptions options;
  options.workingDirectory = dir.path();
  options.stdinText = seedPage();
  auto page = testing::runCareerlint(
      {"lint", "-f", "compact", "--stdin-filename", "pages/nurse.txt", "-"}, options);
  EXPECT_EQ(page.exitCode, 1) << page.err;
  EXPECT_NE(page.out.find("pages/nurse.txt:34:1: error:"), std::string::npos) << page.out;
  EXPECT_FALSE(fs::exists(dir.path() / "pages/nurse.txt"));
  // The configuration that applies to PATH applies.
  dir.write("pages/.careerlint.yaml", "rules:\n  empty-section: off\n");
  auto configured = testing::runCareerlint(
      {"lint", "-f", "compact", "--stdin-filename", "pages/nurse.txt", "-"}, options);
  EXPECT_EQ(configured.out.find("[empty-section]"), std::string::npos) << configured.out;
  // By its extension: a record.
  options.stdinText = "site_name: x\n";
  auto record = testing::runCareerlint(
      {"lint", "-f", "compact", "--stdin-filename", "mkdocs.yml", "-"}, options);
  EXPECT_NE(record.out.find("mkdocs.yml:1:1: error: not a career record"), std::string::npos)
      << record.out;
}

}  // namespace
}  // namespace careerlint
