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

// The pre-commit framework, configured with this checkout's .pre-commit-hooks.yaml at HEAD.
TEST_F(GitRepo, PreCommitFrameworkRunsTheCareerlintHook) {
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

}  // namespace
}  // namespace careerlint
