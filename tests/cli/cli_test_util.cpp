#include "cli/cli_test_util.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>

#include "util/process.h"

namespace careerlint::testing {

namespace fs = std::filesystem;

CommandResult runCommand(const std::vector<std::string>& argv, const fs::path& directory) {
  auto output = process::run(argv, directory.string());
  if (!output) {
    ADD_FAILURE() << output.error().message;
    return {};
  }
  return CommandResult{output->exitCode, output->out, output->err};
}

CommandResult runCareerlint(const std::vector<std::string>& args, const fs::path& directory) {
  std::vector<std::string> argv = {CAREERLINT_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return runCommand(argv, directory);
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  path_ =
      fs::temp_directory_path() / ("careerlint-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(counter++) + "-" + (test ? test->name() : "x"));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& relative, const std::string& text) const {
  const fs::path file = path_ / relative;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
  return file;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace careerlint::testing
