#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace careerlint::testing {

struct CommandResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

// Runs a program (no shell) in `directory` and captures what it prints.
CommandResult runCommand(const std::vector<std::string>& argv,
                         const std::filesystem::path& directory);

// Runs the built careerlint binary with `args` in `directory`.
CommandResult runCareerlint(const std::vector<std::string>& args,
                            const std::filesystem::path& directory);

// A fresh temporary directory, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `text` to a file under the directory (creating directories), returns its path.
  std::filesystem::path write(const std::string& relative, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

std::string readFile(const std::filesystem::path& path);

}  // namespace careerlint::testing
