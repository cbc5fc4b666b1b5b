#pragma once

// Runs the built careerlint binary (CAREERLINT_BINARY) as a child process for the CLI tests:
// arguments as given, in a working directory, optionally as another user, with a time limit.

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace careerlint::testing {

struct ProcessResult {
  int exitCode = -1;  // -1 when it was killed or did not exit normally
  std::string out;
  std::string err;
  bool timedOut = false;
};

struct ProcessOptions {
  std::filesystem::path workingDirectory;  // empty: the test's own
  std::optional<uid_t> user;               // run as this user (and its group); needs root
  int timeoutSeconds = 120;
  std::string stdinText;
};

ProcessResult runCareerlint(const std::vector<std::string>& arguments,
                            const ProcessOptions& options = {});

// The user the CLI tests drop to when they run as root: "nobody", if the system has one.
std::optional<uid_t> unprivilegedUser();

}  // namespace careerlint::testing
