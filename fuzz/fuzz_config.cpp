// libFuzzer target: a .careerlint.yaml as the configuration of a small tree: parsed and
// validated, then resolved for files at several depths (overrides, ignore and schema globs
// are matched against their paths) and printed as `careerlint print-config` does.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/config.h"

namespace {

namespace fs = std::filesystem;

// One directory per fuzzing process, removed at exit.
const fs::path& treeDirectory() {
  static const fs::path directory = [] {
    fs::path made =
        fs::temp_directory_path() / ("careerlint-fuzz-config-" + std::to_string(::getpid()));
    fs::create_directories(made);
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(treeDirectory(), ignored);
    });
    return made;
  }();
  return directory;
}

// Files of the tree, the deepest one deep enough to make a glob with many `**` work hard.
const std::vector<fs::path>& files() {
  static const std::vector<fs::path> paths = [] {
    std::vector<fs::path> made = {treeDirectory() / "career.yaml",
                                  treeDirectory() / "careers" / "drafts" / "nurse.txt"};
    fs::path deep = treeDirectory();
    for (int i = 0; i < 24; ++i) deep /= (i % 2 ? "a" : "b");
    made.push_back(deep / "page.yml");
    return made;
  }();
  return paths;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path configPath = treeDirectory() / ".careerlint.yaml";
  {
    std::ofstream out(configPath, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  careerlint::config::ConfigResolver resolver(configPath);
  for (const fs::path& file : files()) {
    auto config = resolver.forFile(file);
    if (!config) return 0;
    (void)(*config)->isIgnored(file);
    (void)careerlint::config::describe(**config);
  }
  return 0;
}
