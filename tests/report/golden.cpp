#include "report/golden.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "support/harness.h"

namespace careerlint::report::golden {

std::string path(std::string_view name) {
  return testing::sourcePath("tests/fixtures/report").append(name).string();
}

void expectMatches(std::string_view name, const std::string& actual) {
  const std::string file = path(name);
  const char* update = std::getenv("CAREERLINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    testing::writeFile(file, actual);
    std::cout << "rewrote " << file << '\n';
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(file))
      << file << " is missing: run the tests with CAREERLINT_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, testing::readFile(file))
      << "output differs from " << file << " (CAREERLINT_UPDATE_GOLDEN=1 rewrites it after review)";
}

}  // namespace careerlint::report::golden
