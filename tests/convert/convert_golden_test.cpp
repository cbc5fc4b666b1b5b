// Golden tests: every committed page (the seed and tests/fixtures/pages) converts to exactly its
// committed .yaml; CAREERLINT_UPDATE_GOLDEN=1 rewrites them (tools/regen-golden.sh).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "careerlint/convert.h"
#include "convert/expectations.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> committedPages() {
  std::vector<fs::path> pages;
  for (const char* dir : {"/seeds", "/tests/fixtures/pages"}) {
    for (const auto& entry : fs::directory_iterator(std::string(CAREERLINT_SOURCE_DIR) + dir)) {
      if (entry.path().extension() == ".txt") pages.push_back(entry.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

TEST(ConvertGolden, ThereAreTheSeedAndAtLeastFifteenMorePages) { EXPECT_GE(committedPages().size(), 16u); }

TEST(ConvertGolden, EveryCommittedPageConvertsToItsGoldenYaml) {
  const bool update = std::getenv("CAREERLINT_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& page : committedPages()) {
    SCOPED_TRACE(page.string());
    const std::string text = testing::readText(page.string());
    auto conversion = convertPage(text, page.filename().string());
    ASSERT_TRUE(conversion) << conversion.error().message;
    const std::string yaml = emitCanonicalYaml(conversion->document);
    fs::path golden = page;
    golden.replace_extension(".yaml");
    if (update) {
      std::ofstream(golden, std::ios::binary) << yaml;
      continue;
    }
    ASSERT_TRUE(fs::exists(golden)) << "no golden file; run tools/regen-golden.sh";
    EXPECT_EQ(yaml, testing::readText(golden.string())) << "run tools/regen-golden.sh and review the diff";
  }
}

TEST(ConvertGolden, FixturesMatchTheGeneratorsIndependentExpectations) {
  for (const fs::path& page : committedPages()) {
    fs::path expectedPath = page;
    expectedPath.replace_extension(".expected.json");
    if (!fs::exists(expectedPath)) continue;
    SCOPED_TRACE(page.string());
    auto conversion = convertPage(testing::readText(page.string()), page.filename().string());
    ASSERT_TRUE(conversion) << conversion.error().message;
    const auto expected = nlohmann::json::parse(testing::readText(expectedPath.string()));
    for (const std::string& difference : testing::compareWithExpectation(expected, conversion->document.root())) {
      ADD_FAILURE() << difference;
    }
  }
}

TEST(ConvertGolden, EveryNonBlankLineOfEveryPageEndsUpAsAValue) {
  for (const fs::path& page : committedPages()) {
    SCOPED_TRACE(page.string());
    const std::string text = testing::readText(page.string());
    auto conversion = convertPage(text, page.filename().string());
    ASSERT_TRUE(conversion) << conversion.error().message;
    const auto placed = testing::linesWithValues(conversion->document.root());
    for (std::uint32_t line : testing::nonBlankLines(text)) {
      EXPECT_TRUE(placed.count(line)) << "line " << line << " is not in the YAML";
    }
  }
}

}  // namespace
}  // namespace careerlint
