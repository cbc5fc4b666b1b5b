// careerlint in git: --staged, --changed-since, `careerlint install-hook` and the pre-commit
// framework's hook (.pre-commit-hooks.yaml), each with real git in a temporary repository.
#include <gtest/gtest.h>

#include <cstdlib>

#include "cli/cli_test_util.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::runCareerlint;
using testing::runCommand;
using testing::TempDir;

std::string seed() {
  return testing::readFile(std::string(CAREERLINT_SOURCE_DIR) + "/seeds/medical-assistants.txt");
}
std::string cleanPage() {
  return testing::readFile(std::string(CAREERLINT_SOURCE_DIR) +
                           "/tests/fixtures/pages/seed-order-filled.txt");
}

// The clean page with a time breakdown that passes 100%: "60% ... Another 45%".
std::string brokenBreakdownPage() {
  std::string page = cleanPage();
  page.replace(page.find("Another 25%"), 11, "Another 45%");
  return page;
}
// The clean page as --fix leaves it: its hedged "Perhaps 60%" (line 14) made plain.
std::string fixedPage() {
  std::string page = cleanPage();
  page.erase(page.find("Perhaps 60%"), 8);
  return page;
}
// The clean page with one more fixable slip: a space before a comma (line 14).
std::string fixablePage() {
  std::string page = cleanPage();
  page.replace(page.find("operating rooms, sterilizing"), 28, "operating rooms , sterilizing");
  return page;
}

// Whether compact output has a finding on `file` (a line starting "file:").
bool reportsOn(const std::string& compact, const std::string& file) {
  return compact.starts_with(file + ":") || compact.find("\n" + file + ":") != std::string::npos;
}

// A content repository with one committed clean page.
class GitRepo : public ::testing::Test {
 protected:
  void SetUp() override {
    git({"init", "-q", "-b", "main"});
    git({"config", "user.email", "editor@example.com"});
    git({"config", "user.name", "Editor"});
    git({"config", "commit.gpgsign", "false"});
    dir_.write("pages/clean.txt", cleanPage());
    git({"add", "."});
    git({"commit", "-q", "-m", "first page"});
  }
  CommandResult git(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {"git"};
    argv.insert(argv.end(), args.begin(), args.end());
    CommandResult result = runCommand(argv, dir_.path());
    return result;
  }
  TempDir dir_;
};

TEST_F(GitRepo, StagedChecksOnlyStagedFiles) {
  dir_.write("pages/staged.txt", seed());
  dir_.write("pages/unstaged.txt", seed());
  git({"add", "pages/staged.txt"});
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_EQ(result.exitCode, 1) << result.err;
  EXPECT_NE(result.out.find("pages/staged.txt:34:1"), std::string::npos) << result.out;
  // Nothing is reported on the other files (cross-file rules still read them).
  EXPECT_FALSE(reportsOn(result.out, "pages/unstaged.txt")) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/clean.txt")) << result.out;
}

TEST_F(GitRepo, ChangedSinceChecksFilesChangedSinceTheMergeBase) {
  git({"checkout", "-q", "-b", "edit"});
  dir_.write("pages/new.txt", seed());
  git({"add", "."});
  git({"commit", "-q", "-m", "new page"});
  dir_.write("pages/untracked.txt", seed());
  auto result =
      runCareerlint({"lint", "--changed-since", "main", "-f", "compact", "pages"}, dir_.path());
  EXPECT_EQ(result.exitCode, 1) << result.err;
  EXPECT_NE(result.out.find("pages/new.txt:34:1"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("pages/untracked.txt:34:1"), std::string::npos) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/clean.txt")) << result.out;
  auto bad = runCareerlint({"lint", "--changed-since", "no-such-branch"}, dir_.path());
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_NE(bad.err.find("--changed-since no-such-branch: git merge-base failed"),
            std::string::npos)
      << bad.err;
  auto both = runCareerlint({"lint", "--staged", "--changed-since", "main"}, dir_.path());
  EXPECT_EQ(both.exitCode, 2);
}

TEST_F(GitRepo, InstallHookRefusesABadCommitAndAcceptsAGoodOne) {
  auto installed = runCareerlint({"install-hook"}, dir_.path());
  ASSERT_EQ(installed.exitCode, 0) << installed.err;
  EXPECT_NE(installed.out.find("pre-commit"), std::string::npos);
  EXPECT_EQ(runCareerlint({"install-hook"}, dir_.path()).exitCode,
            0);  // its own hook may be replaced

  dir_.write("pages/bad.txt", seed());
  git({"add", "pages/bad.txt"});
  auto refused = git({"commit", "-m", "bad page"});
  EXPECT_NE(refused.exitCode, 0);
  EXPECT_NE(
      (refused.out + refused.err).find("\"Technology Skills\" has a heading but nothing under it"),
      std::string::npos)
      << refused.out << refused.err;
  EXPECT_NE(git({"log", "--oneline", "-1"}).out.find("first page"), std::string::npos);
  // The last thing the editor sees says how to fix or bypass.
  EXPECT_TRUE(
      refused.err.ends_with("careerlint: commit stopped: fix the findings above and `git "
                            "add` the files, or commit anyway with git commit "
                            "--no-verify\n"))
      << refused.err;

  git({"rm", "-q", "--cached", "pages/bad.txt"});
  dir_.write("pages/good.txt", cleanPage());
  git({"add", "pages/good.txt"});
  auto accepted = git({"commit", "-q", "-m", "good page"});
  EXPECT_EQ(accepted.exitCode, 0) << accepted.out << accepted.err;
  EXPECT_NE(git({"log", "--oneline", "-1"}).out.find("good page"), std::string::npos);
}

TEST_F(GitRepo, InstallHookLeavesSomeoneElsesHookAlone) {
  dir_.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");
  auto result = runCareerlint({"install-hook"}, dir_.path());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("a pre-commit hook exists and was not installed by careerlint"),
            std::string::npos);
  EXPECT_EQ(testing::readFile(dir_.path() / ".git/hooks/pre-commit"), "#!/bin/sh\necho mine\n");
  EXPECT_EQ(runCareerlint({"install-hook", "--force"}, dir_.path()).exitCode, 0);
}

// What is committed is the index: a page staged with a broken breakdown and then repaired only
// in the working tree is still refused, at the staged text's line; the working copy is left as is.
TEST_F(GitRepo, StagedLintsTheIndexNotTheWorkingTree) {
  dir_.write("pages/page.txt", brokenBreakdownPage());
  git({"add", "pages/page.txt"});
  dir_.write("pages/page.txt", cleanPage());
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("pages/page.txt:14:"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("[breakdown-sum]"), std::string::npos) << result.out;
  EXPECT_EQ(testing::readFile(dir_.path() / "pages/page.txt"), cleanPage());

  // The other way round: a clean staged page with a broken working copy is committed as clean.
  git({"add", "pages/page.txt"});
  dir_.write("pages/page.txt", brokenBreakdownPage());
  auto clean = runCareerlint({"lint", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_EQ(clean.exitCode, 0) << clean.out << clean.err;
  EXPECT_EQ(clean.out.find("[breakdown-sum]"), std::string::npos) << clean.out;
}

// Cross-file rules see the staged text too: a page staged as a copy of the committed one (same
// slug), then retitled only in the working tree, is still the duplicate that would be committed.
TEST_F(GitRepo, CrossFileRulesSeeTheStagedVersion) {
  dir_.write("pages/copy.txt", cleanPage());
  git({"add", "pages/copy.txt"});
  std::string retitled = cleanPage();
  retitled.replace(0, retitled.find('\n'), "Surgical Assistants");
  dir_.write("pages/copy.txt", retitled);
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_NE(result.out.find("pages/copy.txt:1:1: warning: slug \"surgical-technologists\" is also "
                            "the slug of pages/clean.txt"),
            std::string::npos)
      << result.out;
}

TEST_F(GitRepo, StagedSkipsDeletionsChecksRenamesUnderTheNewNameAndOddPaths) {
  dir_.write("pages/old.txt", brokenBreakdownPage());
  dir_.write("pages/gone.txt", brokenBreakdownPage());
  git({"add", "."});
  git({"commit", "-q", "-m", "pages"});
  git({"mv", "pages/old.txt", "pages/new name \xC3\xA9.txt"});
  git({"rm", "-q", "pages/gone.txt"});
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("pages/new name \xC3\xA9.txt:14:"), std::string::npos) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/old.txt")) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/gone.txt")) << result.out;
  EXPECT_EQ(result.err, "") << result.err;

  // Staged, then removed from the working tree only: what is committed is still checked.
  git({"commit", "-q", "--no-verify", "-m", "rename"});
  dir_.write("pages/staged only.txt", brokenBreakdownPage());
  git({"add", "pages/staged only.txt"});
  fs::remove(dir_.path() / "pages/staged only.txt");
  auto removed = runCareerlint({"lint", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_EQ(removed.exitCode, 1) << removed.out << removed.err;
  EXPECT_NE(removed.out.find("pages/staged only.txt:14:"), std::string::npos) << removed.out;
}

TEST_F(GitRepo, StagedWithNoContentFilesIsANormalPass) {
  dir_.write("README.md", "# pages\n");
  git({"add", "README.md"});
  auto result = runCareerlint({"lint", "--staged"}, dir_.path());
  EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
  EXPECT_EQ(result.err, "");
}

// lint-staged's rule: --fix never writes a staged file whose working copy differs from the index.
TEST_F(GitRepo, FixStagedLeavesAFileWithUnstagedChangesAlone) {
  dir_.write("pages/page.txt", fixablePage());
  git({"add", "pages/page.txt"});
  std::string working = fixablePage() + "\n";
  dir_.write("pages/page.txt", working);
  auto refused = runCareerlint({"lint", "--fix", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_NE(refused.err.find("careerlint: pages/page.txt: not fixed: its working copy differs "
                             "from the staged version"),
            std::string::npos)
      << refused.err;
  EXPECT_NE(refused.out.find("pages/page.txt:14:"), std::string::npos) << refused.out;
  EXPECT_EQ(testing::readFile(dir_.path() / "pages/page.txt"), working);
  EXPECT_EQ(git({"show", ":pages/page.txt"}).out, fixablePage());

  // When the working copy is what is staged, it is fixed and staged again.
  dir_.write("pages/page.txt", fixablePage());
  auto fixed = runCareerlint({"lint", "--fix", "--staged", "-f", "compact"}, dir_.path());
  EXPECT_EQ(fixed.exitCode, 0) << fixed.out << fixed.err;
  EXPECT_NE(fixed.err.find("careerlint: fixed 2 problems in 1 file"), std::string::npos)
      << fixed.err;
  EXPECT_EQ(testing::readFile(dir_.path() / "pages/page.txt"), fixedPage());
  EXPECT_EQ(git({"show", ":pages/page.txt"}).out, fixedPage());
}

// GitHub places annotations by their path from the repository root.
TEST_F(GitRepo, GithubAnnotationsNameFilesFromTheRepositoryRoot) {
  dir_.write("pages/bad.txt", seed());
  const char* workspace = std::getenv("GITHUB_WORKSPACE");
  const std::string saved = workspace ? workspace : "";
  ::unsetenv("GITHUB_WORKSPACE");
  auto fromSubdirectory = runCareerlint({"lint", "-f", "github", "bad.txt"}, dir_.path() / "pages");
  EXPECT_NE(fromSubdirectory.out.find("::error file=pages/bad.txt,line=34"), std::string::npos)
      << fromSubdirectory.out;
  ::setenv("GITHUB_WORKSPACE", (dir_.path() / "pages").c_str(), 1);
  auto fromWorkspace = runCareerlint({"lint", "-f", "github", "pages/bad.txt"}, dir_.path());
  if (workspace) {
    ::setenv("GITHUB_WORKSPACE", saved.c_str(), 1);
  } else {
    ::unsetenv("GITHUB_WORKSPACE");
  }
  EXPECT_NE(fromWorkspace.out.find("::error file=bad.txt,line=34"), std::string::npos)
      << fromWorkspace.out;
}

TEST_F(GitRepo, InstallHookChecksTheBinaryExists) {
  auto missing =
      runCareerlint({"install-hook", "--careerlint", "/no/such/careerlint"}, dir_.path());
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_EQ(missing.err,
            "careerlint: /no/such/careerlint: error: --careerlint: no such executable file\n");
  auto notOnPath =
      runCareerlint({"install-hook", "--careerlint", "no-such-careerlint"}, dir_.path());
  EXPECT_EQ(notOnPath.exitCode, 2);
  EXPECT_NE(notOnPath.err.find("no program \"no-such-careerlint\" on PATH"), std::string::npos)
      << notOnPath.err;
  EXPECT_FALSE(fs::exists(dir_.path() / ".git/hooks/pre-commit"));
  EXPECT_EQ(
      runCareerlint({"install-hook", "--careerlint", CAREERLINT_BINARY}, dir_.path()).exitCode, 0);
}

// The pre-commit framework, configured with this checkout's .pre-commit-hooks.yaml at HEAD.
class PreCommitRepo : public GitRepo {
 protected:
  void SetUp() override {
    GitRepo::SetUp();
    const std::string source = CAREERLINT_SOURCE_DIR;
    const CommandResult head = runCommand({"git", "rev-parse", "HEAD"}, source);
    ASSERT_EQ(head.exitCode, 0) << "the checkout is not a git repository: " << head.err;
    const std::string rev = head.out.substr(0, head.out.find('\n'));
    dir_.write(".pre-commit-config.yaml", "repos:\n  - repo: " + source + "\n    rev: " + rev +
                                              "\n    hooks:\n      - id: careerlint\n");
    ::setenv("PRE_COMMIT_HOME", (dir_.path() / ".pre-commit-cache").c_str(), 1);
    ::setenv("CAREERLINT", CAREERLINT_BINARY, 1);  // the hook runs the binary under test
    git({"add", ".pre-commit-config.yaml"});
    git({"commit", "-q", "-m", "configure pre-commit"});
    auto install = runCommand({"pre-commit", "install"}, dir_.path());
    ASSERT_EQ(install.exitCode, 0) << install.out << install.err;
  }
};

TEST_F(PreCommitRepo, PreCommitFrameworkRunsTheCareerlintHook) {
  dir_.write("pages/bad.txt", seed());
  git({"add", "pages/bad.txt"});
  auto refused = git({"commit", "-m", "bad page"});
  EXPECT_NE(refused.exitCode, 0);
  const std::string shown = refused.out + refused.err;
  EXPECT_NE(shown.find("careerlint"), std::string::npos) << shown;
  EXPECT_NE(shown.find("Failed"), std::string::npos) << shown;
  EXPECT_NE(shown.find("pages/bad.txt"), std::string::npos) << shown;
  EXPECT_NE(shown.find("\"Technology Skills\" has a heading but nothing under it"),
            std::string::npos)
      << shown;

  git({"rm", "-q", "--cached", "pages/bad.txt"});
  fs::remove(dir_.path() / "pages/bad.txt");
  dir_.write("pages/good.txt", cleanPage());
  git({"add", "pages/good.txt"});
  auto accepted = git({"commit", "-m", "good page"});
  EXPECT_EQ(accepted.exitCode, 0) << accepted.out << accepted.err;
  EXPECT_NE((accepted.out + accepted.err).find("Passed"), std::string::npos)
      << accepted.out << accepted.err;
}

// pre-commit names every staged .yml: a file that `ignore:` matches is passed over (said once),
// and a YAML file that is plainly not a career record gets one finding that says so.
TEST_F(PreCommitRepo, IgnoredFilesPassAndNonCareerYamlGetsOneFinding) {
  dir_.write(".careerlint.yaml", "root: true\nignore: [\"mkdocs.yml\"]\n");
  dir_.write("mkdocs.yml", "site_name: Careers\nnav:\n  - Home: index.md\n");
  git({"add", ".careerlint.yaml", "mkdocs.yml"});
  auto accepted = git({"commit", "-m", "docs site"});
  EXPECT_EQ(accepted.exitCode, 0) << accepted.out << accepted.err;
  const std::string passed = accepted.out + accepted.err;
  EXPECT_NE(passed.find("Passed"), std::string::npos) << passed;

  // The same file named directly: said once on stderr, and --no-ignore checks it.
  auto named = runCareerlint({"lint", "-f", "compact", "mkdocs.yml"}, dir_.path());
  EXPECT_EQ(named.exitCode, 0) << named.out << named.err;
  EXPECT_EQ(named.out, "");
  EXPECT_EQ(named.err,
            "careerlint: ignored, as `ignore:` in .careerlint.yaml says (--no-ignore checks it "
            "anyway): mkdocs.yml\n");
  auto checked = runCareerlint({"lint", "-f", "compact", "--no-ignore", "mkdocs.yml"}, dir_.path());
  EXPECT_EQ(checked.exitCode, 1) << checked.out << checked.err;
  EXPECT_NE(checked.out.find("mkdocs.yml:1:1: error: not a career record"), std::string::npos)
      << checked.out;

  dir_.write(".github/workflows/ci.yml",
             "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
             "      - run: make\n");
  git({"add", ".github/workflows/ci.yml"});
  auto refused = git({"commit", "-m", "ci"});
  EXPECT_NE(refused.exitCode, 0);
  const std::string shown = refused.out + refused.err;
  EXPECT_NE(shown.find(".github/workflows/ci.yml\n  1:1  error  not a career record"),
            std::string::npos)
      << shown;
  // One finding, not one per key a career record would have.
  EXPECT_NE(shown.find("1 problem (1 error, 0 warnings)"), std::string::npos) << shown;
}

}  // namespace
}  // namespace careerlint
