#pragma once

// What the tests share: the checkout's files, temporary directories and git repositories, and
// programs (careerlint above all) run as child processes with what they print captured.

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careerlint::testing {

// --- Files ---------------------------------------------------------------------------------

// The checkout (CAREERLINT_SOURCE_DIR), and a file in it: sourcePath("seeds/x.txt").
const std::filesystem::path& sourceDir();
std::filesystem::path sourcePath(std::string_view relative);

// The whole file, byte for byte; a test failure when it cannot be read.
std::string readFile(const std::filesystem::path& path);
// readFile(sourcePath(relative)).
std::string readSourceFile(std::string_view relative);

// Writes `text` byte for byte, creating the parent directories; a test failure when it cannot.
void writeFile(const std::filesystem::path& path, std::string_view text);

// A fresh directory under the system's temporary directory, named after the running test and
// removed with everything in it by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `text` to `relative` under the directory (creating directories), returns its path.
  std::filesystem::path write(std::string_view relative, std::string_view text) const;

 private:
  std::filesystem::path path_;
};

// --- Processes -----------------------------------------------------------------------------

struct RunOptions {
  std::filesystem::path workingDirectory;  // empty: the test's own
  std::string stdinText;                   // empty: standard input is at its end at once
  // Set in the child's environment only; std::nullopt removes the variable.
  std::map<std::string, std::optional<std::string>> environment;
  std::optional<uid_t> user;  // run as this user (and its group); needs root
  int timeoutSeconds = 300;
};

struct RunResult {
  int exitCode = -1;  // -1 when it was killed or did not exit normally; 127: it could not start
  std::string out;
  std::string err;
  bool timedOut = false;
};

// Runs a program (searched on PATH, no shell) and collects what it prints.
RunResult run(const std::vector<std::string>& argv, const RunOptions& options = {});
RunResult run(const std::vector<std::string>& argv, const std::filesystem::path& directory);

// Runs the careerlint binary under test (CAREERLINT_BINARY) with `args`.
RunResult runCareerlint(const std::vector<std::string>& args, const RunOptions& options = {});
RunResult runCareerlint(const std::vector<std::string>& args,
                        const std::filesystem::path& directory);

// Runs `command` through /bin/sh with standard error joined to standard output (in `out`).
RunResult runShell(const std::string& command);
// `text` in single quotes for /bin/sh.
std::string shellQuoted(std::string_view text);

// The user the tests drop to when they run as root: "nobody", if the system has one.
std::optional<uid_t> unprivilegedUser();

// --- Git -----------------------------------------------------------------------------------

// A git repository on branch main in a fresh temporary directory, with an author and no
// commit signing. Every git command it runs sees `environment` (RunOptions::environment).
class GitRepository {
 public:
  GitRepository();

  const std::filesystem::path& path() const { return dir_.path(); }
  std::filesystem::path write(std::string_view relative, std::string_view text) const {
    return dir_.write(relative, text);
  }
  RunResult git(std::vector<std::string> args) const;

  // Commits a .pre-commit-config.yaml that runs the hook `hookId` of this checkout's
  // .pre-commit-hooks.yaml at its HEAD with the careerlint under test, and installs pre-commit;
  // the framework's cache stays inside the repository. Fails the test when any step fails.
  void usePreCommitHook(std::string_view hookId);

  std::map<std::string, std::optional<std::string>> environment;

 private:
  TempDir dir_;
};

}  // namespace careerlint::testing
