// Pages that fuzz/fuzz_convert found careerlint could not convert
// (tests/convert/fuzz-regressions/): each converts, and its canonical YAML reads back and emits to
// the same bytes.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "careerlint/convert.h"
#include "careerlint/yaml_loader.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

void expectRoundTrip(const std::string& page, const std::string& name) {
  auto conversion = convertPage(page, name);
  ASSERT_TRUE(conversion) << conversion.error().message;
  const std::string yaml = emitCanonicalYaml(conversion->document);
  auto loaded = loadYaml(yaml);
  ASSERT_TRUE(loaded) << "line " << loaded.error().where.line << ": " << loaded.error().message;
  EXPECT_EQ(emitCanonicalYaml(*loaded), yaml);
}

TEST(ConvertFuzzRegressions, EveryFoundPageRoundTrips) {
  const fs::path dir = fs::path(CAREERLINT_SOURCE_DIR) / "tests/convert/fuzz-regressions";
  std::size_t pages = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    SCOPED_TRACE(entry.path().filename().string());
    expectRoundTrip(testing::readFile(entry.path()), entry.path().filename().string());
    ++pages;
  }
  EXPECT_GE(pages, 1u);
}

// The first crasher: a lone carriage return inside a paragraph was emitted in a plain scalar,
// where a YAML reader takes it for a line break.
TEST(ConvertFuzzRegressions, ControlCharactersAreQuoted) {
  const std::string page = testing::readSourceFile("tests/fixtures/pages/breakdown-none.txt");
  const std::size_t at = page.find("legal records");
  ASSERT_NE(at, std::string::npos);
  for (const char* control : {"\r", "\x01", "\x1b", "\x7f", "\x0c"}) {
    SCOPED_TRACE(static_cast<int>(control[0]));
    std::string broken = page;
    broken.insert(at + 5, control);
    expectRoundTrip(broken, "page.txt");
  }
}

}  // namespace
}  // namespace careerlint
