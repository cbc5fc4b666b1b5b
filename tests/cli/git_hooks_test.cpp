// careerlint in git: --staged, --changed-since, `careerlint install-hook` and the pre-commit
// framework's hook (.pre-commit-hooks.yaml), each with real git in a temporary repository.
#include <gtest/gtest.h>

#include "cli/pages.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using testing::runCareerlint;
using testing::RunResult;
using testing::pages::cleanPage;
using testing::pages::fixablePage;
using testing::pages::fixedPage;
using testing::pages::seedPage;

// The clean page with a time breakdown that passes 100%: "60% ... Another 45%".
std::string brokenBreakdownPage() {
  std::string page = cleanPage();
  page.replace(page.find("Another 25%"), 11, "Another 45%");
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
    repo_.write("pages/clean.txt", cleanPage());
    git({"add", "."});
    git({"commit", "-q", "-m", "first page"});
  }
  RunResult git(const std::vector<std::string>& args) { return repo_.git(args); }
  testing::GitRepository repo_;
};

TEST_F(GitRepo, StagedChecksOnlyStagedFiles) {
  repo_.write("pages/staged.txt", seedPage());
  repo_.write("pages/unstaged.txt", seedPage());
  git({"add", "pages/staged.txt"});
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_EQ(result.exitCode, 1) << result.err;
  EXPECT_NE(result.out.find("pages/staged.txt:34:1"), std::string::npos) << result.out;
  // Nothing is reported on the other files (cross-file rules still read them).
  EXPECT_FALSE(reportsOn(result.out, "pages/unstaged.txt")) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/clean.txt")) << result.out;
}

TEST_F(GitRepo, ChangedSinceChecksFilesChangedSinceTheMergeBase) {
  git({"checkout", "-q", "-b", "edit"});
  repo_.write("pages/new.txt", seedPage());
  git({"add", "."});
  git({"commit", "-q", "-m", "new page"});
  repo_.write("pages/untracked.txt", seedPage());
  auto result =
      runCareerlint({"lint", "--changed-since", "main", "-f", "compact", "pages"}, repo_.path());
  EXPECT_EQ(result.exitCode, 1) << result.err;
  EXPECT_NE(result.out.find("pages/new.txt:34:1"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("pages/untracked.txt:34:1"), std::string::npos) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/clean.txt")) << result.out;
  auto bad = runCareerlint({"lint", "--changed-since", "no-such-branch"}, repo_.path());
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_NE(bad.err.find("--changed-since no-such-branch: git merge-base failed"),
            std::string::npos)
      << bad.err;
  auto both = runCareerlint({"lint", "--staged", "--changed-since", "main"}, repo_.path());
  EXPECT_EQ(both.exitCode, 2);
}

TEST_F(GitRepo, InstallHookRefusesABadCommitAndAcceptsAGoodOne) {
  auto installed = runCareerlint({"install-hook"}, repo_.path());
  ASSERT_EQ(installed.exitCode, 0) << installed.err;
  EXPECT_NE(installed.out.find("pre-commit"), std::string::npos);
  EXPECT_EQ(runCareerlint({"install-hook"}, repo_.path()).exitCode,
            0);  // its own hook may be replaced

  repo_.write("pages/bad.txt", seedPage());
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
  repo_.write("pages/good.txt", cleanPage());
  git({"add", "pages/good.txt"});
  auto accepted = git({"commit", "-q", "-m", "good page"});
  EXPECT_EQ(accepted.exitCode, 0) << accepted.out << accepted.err;
  EXPECT_NE(git({"log", "--oneline", "-1"}).out.find("good page"), std::string::npos);
}

TEST_F(GitRepo, InstallHookLeavesSomeoneElsesHookAlone) {
  repo_.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");
  auto result = runCareerlint({"install-hook"}, repo_.path());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("a pre-commit hook exists and was not installed by careerlint"),
            std::string::npos);
  EXPECT_EQ(testing::readFile(repo_.path() / ".git/hooks/pre-commit"), "#!/bin/sh\necho mine\n");
  EXPECT_EQ(runCareerlint({"install-hook", "--force"}, repo_.path()).exitCode, 0);
}

// What is committed is the index: a page staged with a broken breakdown and then repaired only
// in the working tree is still refused, at the staged text's line; the working copy is left as is.
TEST_F(GitRepo, StagedLintsTheIndexNotTheWorkingTree) {
  repo_.write("pages/page.txt", brokenBreakdownPage());
  git({"add", "pages/page.txt"});
  repo_.write("pages/page.txt", cleanPage());
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("pages/page.txt:14:"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("[breakdown-sum]"), std::string::npos) << result.out;
  EXPECT_EQ(testing::readFile(repo_.path() / "pages/page.txt"), cleanPage());

  // The other way round: a clean staged page with a broken working copy is committed as clean.
  git({"add", "pages/page.txt"});
  repo_.write("pages/page.txt", brokenBreakdownPage());
  auto clean = runCareerlint({"lint", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_EQ(clean.exitCode, 0) << clean.out << clean.err;
  EXPECT_EQ(clean.out.find("[breakdown-sum]"), std::string::npos) << clean.out;
}

// Cross-file rules see the staged text too: a page staged as a copy of the committed one (same
// slug), then retitled only in the working tree, is still the duplicate that would be committed.
TEST_F(GitRepo, CrossFileRulesSeeTheStagedVersion) {
  repo_.write("pages/copy.txt", cleanPage());
  git({"add", "pages/copy.txt"});
  std::string retitled = cleanPage();
  retitled.replace(0, retitled.find('\n'), "Surgical Assistants");
  repo_.write("pages/copy.txt", retitled);
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_NE(result.out.find("pages/copy.txt:1:1: warning: slug \"surgical-technologists\" is also "
                            "the slug of pages/clean.txt"),
            std::string::npos)
      << result.out;
}

TEST_F(GitRepo, StagedSkipsDeletionsChecksRenamesUnderTheNewNameAndOddPaths) {
  repo_.write("pages/old.txt", brokenBreakdownPage());
  repo_.write("pages/gone.txt", brokenBreakdownPage());
  git({"add", "."});
  git({"commit", "-q", "-m", "pages"});
  git({"mv", "pages/old.txt", "pages/new name \xC3\xA9.txt"});
  git({"rm", "-q", "pages/gone.txt"});
  auto result = runCareerlint({"lint", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("pages/new name \xC3\xA9.txt:14:"), std::string::npos) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/old.txt")) << result.out;
  EXPECT_FALSE(reportsOn(result.out, "pages/gone.txt")) << result.out;
  EXPECT_EQ(result.err, "") << result.err;

  // Staged, then removed from the working tree only: what is committed is still checked.
  git({"commit", "-q", "--no-verify", "-m", "rename"});
  repo_.write("pages/staged only.txt", brokenBreakdownPage());
  git({"add", "pages/staged only.txt"});
  fs::remove(repo_.path() / "pages/staged only.txt");
  auto removed = runCareerlint({"lint", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_EQ(removed.exitCode, 1) << removed.out << removed.err;
  EXPECT_NE(removed.out.find("pages/staged only.txt:14:"), std::string::npos) << removed.out;
}

TEST_F(GitRepo, StagedWithNoContentFilesIsANormalPass) {
  repo_.write("README.md", "# pages\n");
  git({"add", "README.md"});
  auto result = runCareerlint({"lint", "--staged"}, repo_.path());
  EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
  EXPECT_EQ(result.err, "");
}

// lint-staged's rule: --fix never writes a staged file whose working copy differs from the index.
TEST_F(GitRepo, FixStagedLeavesAFileWithUnstagedChangesAlone) {
  repo_.write("pages/page.txt", fixablePage());
  git({"add", "pages/page.txt"});
  std::string working = fixablePage() + "\n";
  repo_.write("pages/page.txt", working);
  auto refused = runCareerlint({"lint", "--fix", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_NE(refused.err.find("careerlint: pages/page.txt: not fixed: its working copy differs "
                             "from the staged version"),
            std::string::npos)
      << refused.err;
  EXPECT_NE(refused.out.find("pages/page.txt:14:"), std::string::npos) << refused.out;
  EXPECT_EQ(testing::readFile(repo_.path() / "pages/page.txt"), working);
  EXPECT_EQ(git({"show", ":pages/page.txt"}).out, fixablePage());

  // When the working copy is what is staged, it is fixed and staged again.
  repo_.write("pages/page.txt", fixablePage());
  auto fixed = runCareerlint({"lint", "--fix", "--staged", "-f", "compact"}, repo_.path());
  EXPECT_EQ(fixed.exitCode, 0) << fixed.out << fixed.err;
  EXPECT_NE(fixed.err.find("careerlint: fixed 2 problems in 1 file"), std::string::npos)
      << fixed.err;
  EXPECT_EQ(testing::readFile(repo_.path() / "pages/page.txt"), fixedPage());
  EXPECT_EQ(git({"show", ":pages/page.txt"}).out, fixedPage());
}

// GitHub places annotations by their path from the repository root.
TEST_F(GitRepo, GithubAnnotationsNameFilesFromTheRepositoryRoot) {
  repo_.write("pages/bad.txt", seedPage());
  testing::RunOptions options;
  options.workingDirectory = repo_.path() / "pages";
  options.environment["GITHUB_WORKSPACE"] = std::nullopt;
  auto fromSubdirectory = runCareerlint({"lint", "-f", "github", "bad.txt"}, options);
  EXPECT_NE(fromSubdirectory.out.find("::error file=pages/bad.txt,line=34"), std::string::npos)
      << fromSubdirectory.out;
  options.workingDirectory = repo_.path();
  options.environment["GITHUB_WORKSPACE"] = (repo_.path() / "pages").string();
  auto fromWorkspace = runCareerlint({"lint", "-f", "github", "pages/bad.txt"}, options);
  EXPECT_NE(fromWorkspace.out.find("::error file=bad.txt,line=34"), std::string::npos)
      << fromWorkspace.out;
}

TEST_F(GitRepo, InstallHookChecksTheBinaryExists) {
  auto missing =
      runCareerlint({"install-hook", "--careerlint", "/no/such/careerlint"}, repo_.path());
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_EQ(missing.err,
            "careerlint: /no/such/careerlint: error: --careerlint: no such executable file\n");
  auto notOnPath =
      runCareerlint({"install-hook", "--careerlint", "no-such-careerlint"}, repo_.path());
  EXPECT_EQ(notOnPath.exitCode, 2);
  EXPECT_NE(notOnPath.err.find("no program \"no-such-careerlint\" on PATH"), std::string::npos)
      << notOnPath.err;
  EXPECT_FALSE(fs::exists(repo_.path() / ".git/hooks/pre-commit"));
  EXPECT_EQ(
      runCareerlint({"install-hook", "--careerlint", CAREERLINT_BINARY}, repo_.path()).exitCode, 0);
}

// The pre-commit framework, configured with this checkout's .pre-commit-hooks.yaml at HEAD.
class PreCommitRepo : public GitRepo {
 protected:
  void SetUp() override {
    GitRepo::SetUp();
    repo_.usePreCommitHook("careerlint");
  }
};

TEST_F(PreCommitRepo, PreCommitFrameworkRunsTheCareerlintHook) {
  repo_.write("pages/bad.txt", seedPage());
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
  fs::remove(repo_.path() / "pages/bad.txt");
  repo_.write("pages/good.txt", cleanPage());
  git({"add", "pages/good.txt"});
  auto accepted = git({"commit", "-m", "good page"});
  EXPECT_EQ(accepted.exitCode, 0) << accepted.out << accepted.err;
  EXPECT_NE((accepted.out + accepted.err).find("Passed"), std::string::npos)
      << accepted.out << accepted.err;
}

// pre-commit names every staged .yml: a file that `ignore:` matches is passed over (said once),
// and a YAML file that is plainly not a career record gets one finding that says so.
TEST_F(PreCommitRepo, IgnoredFilesPassAndNonCareerYamlGetsOneFinding) {
  repo_.write(".careerlint.yaml", "root: true\nignore: [\"mkdocs.yml\"]\n");
  repo_.write("mkdocs.yml", "site_name: Careers\nnav:\n  - Home: index.md\n");
  git({"add", ".careerlint.yaml", "mkdocs.yml"});
  auto accepted = git({"commit", "-m", "docs site"});
  EXPECT_EQ(accepted.exitCode, 0) << accepted.out << accepted.err;
  const std::string passed = accepted.out + accepted.err;
  EXPECT_NE(passed.find("Passed"), std::string::npos) << passed;

  // The same file named directly: said once on stderr, and --no-ignore checks it.
  auto named = runCareerlint({"lint", "-f", "compact", "mkdocs.yml"}, repo_.path());
  EXPECT_EQ(named.exitCode, 0) << named.out << named.err;
  EXPECT_EQ(named.out, "");
  EXPECT_EQ(named.err,
            "careerlint: ignored, as `ignore:` in .careerlint.yaml says (--no-ignore checks it "
            "anyway): mkdocs.yml\n");
  auto checked =
      runCareerlint({"lint", "-f", "compact", "--no-ignore", "mkdocs.yml"}, repo_.path());
  EXPECT_EQ(checked.exitCode, 1) << checked.out << checked.err;
  EXPECT_NE(checked.out.find("mkdocs.yml:1:1: error: not a career record"), std::string::npos)
      << checked.out;

  repo_.write(".github/workflows/ci.yml",
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
