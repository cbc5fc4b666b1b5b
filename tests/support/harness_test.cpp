// The support library's own promises: what a child process is given and what comes back, and
// that a temporary directory goes away with everything in it.
#include "support/harness.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace careerlint::testing {
namespace {

namespace fs = std::filesystem;

TEST(Harness, RunGivesTheChildItsStdinDirectoryAndEnvironmentChangesOnly) {
  const TempDir dir;
  ::setenv("CAREERLINT_HARNESS_INHERITED", "kept", 1);
  ::setenv("CAREERLINT_HARNESS_REMOVED", "present", 1);
  RunOptions options;
  options.workingDirectory = dir.path();
  options.stdinText = "from stdin";
  options.environment = {{"CAREERLINT_HARNESS_SET", "set"},
                         {"CAREERLINT_HARNESS_REMOVED", std::nullopt}};
  const RunResult result =
      run({"sh", "-c",
           "cat; echo \" $PWD $CAREERLINT_HARNESS_SET $CAREERLINT_HARNESS_INHERITED "
           "${CAREERLINT_HARNESS_REMOVED-unset}\"; echo oops >&2; exit 3"},
          options);
  EXPECT_EQ(result.exitCode, 3);
  EXPECT_EQ(result.out, "from stdin " + fs::canonical(dir.path()).string() + " set kept unset\n");
  EXPECT_EQ(result.err, "oops\n");
  EXPECT_FALSE(result.timedOut);
  EXPECT_STREQ(std::getenv("CAREERLINT_HARNESS_REMOVED"), "present");  // the test's own is kept
  ::unsetenv("CAREERLINT_HARNESS_INHERITED");
  ::unsetenv("CAREERLINT_HARNESS_REMOVED");
}

TEST(Harness, ATimedOutChildIsKilledAndSaysSo) {
  RunOptions options;
  options.timeoutSeconds = 1;
  const RunResult result = run({"sleep", "30"}, options);
  EXPECT_TRUE(result.timedOut);
  EXPECT_EQ(result.exitCode, -1);
}

TEST(Harness, AProgramThatCannotStartExits127) {
  EXPECT_EQ(run({"no-such-program-careerlint-harness"}).exitCode, 127);
}

TEST(Harness, RunShellJoinsStandardErrorToOutput) {
  const RunResult result = runShell("echo out; echo " + shellQuoted("it's err") + " >&2");
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_EQ(result.out, "out\nit's err\n");
}

TEST(Harness, TempDirWritesFilesAndIsRemovedEvenWhenLocked) {
  fs::path path;
  {
    const TempDir dir;
    path = dir.path();
    const fs::path file = dir.write("a/b.txt", std::string("bytes\0kept", 10));
    EXPECT_EQ(readFile(file), std::string("bytes\0kept", 10));
    fs::permissions(path, fs::perms::none);
  }
  EXPECT_FALSE(fs::exists(path));
}

TEST(Harness, SourceFilesAreReadFromTheCheckout) {
  EXPECT_TRUE(readSourceFile("CONTRIBUTING.md").starts_with("# Contributing to careerlint"));
}

}  // namespace
}  // namespace careerlint::testing
