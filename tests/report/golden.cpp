#include "report/golden.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace careerlint::report::golden {

std::string path(std::string_view name) {
  return std::string(CAREERLINT_SOURCE_DIR) + "/tests/fixtures/report/" + std::string(name);
}

void expectMatches(std::string_view name, const std::string& actual) {
  const std::string file = path(name);
  const char* update = std::getenv("CAREERLINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << actual;
    ASSERT_TRUE(out.good()) << "could not write " << file;
    std::cout << "rewrote " << file << '\n';
    return;
  }
  std::ifstream in(file, std::ios::binary);
  ASSERT_TRUE(in.good()) << file << " is missing: run the tests with CAREERLINT_UPDATE_GOLDEN=1";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str())
      << "output differs from " << file << " (CAREERLINT_UPDATE_GOLDEN=1 rewrites it after review)";
}

}  // namespace careerlint::report::golden
