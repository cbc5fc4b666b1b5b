#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace careerlint::report::external {

struct Outcome {
  int exitCode = -1;   // the command's exit status; -1 if it did not run to an exit
  std::string output;  // stdout and stderr together
};

// Runs `command` through /bin/sh and collects what it prints.
Outcome run(const std::string& command);

// `text` in single quotes for /bin/sh.
std::string shellQuoted(std::string_view text);

// A fresh directory for one test's files under the system's temporary directory, removed with
// everything in it when this goes out of scope.
class ScratchDirectory {
 public:
  explicit ScratchDirectory(std::string_view testName);
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Writes `text` to `file`, byte for byte.
void writeFile(const std::filesystem::path& file, const std::string& text);

}  // namespace careerlint::report::external
