// Golden tests: every committed page (the seed and tests/fixtures/pages) converts to exactly its
// committed .yaml; CAREERLINT_UPDATE_GOLDEN=1 rewrites them (tools/regen-golden.sh).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "careerlint/convert.h"
#include "careerlint/yaml_loader.h"
#include "convert/expectations.h"
#include "support/harness.h"

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

TEST(ConvertGolden, ThereAreTheSeedAndAtLeastFifteenMorePages) {
  EXPECT_GE(committedPages().size(), 16u);
}

TEST(ConvertGolden, EveryCommittedPageConvertsToItsGoldenYaml) {
  const bool update = std::getenv("CAREERLINT_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& page : committedPages()) {
    SCOPED_TRACE(page.string());
    const std::string text = testing::readFile(page);
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
    EXPECT_EQ(yaml, testing::readFile(golden)) << "run tools/regen-golden.sh and review the diff";
  }
}

TEST(ConvertGolden, FixturesMatchTheGeneratorsIndependentExpectations) {
  for (const fs::path& page : committedPages()) {
    fs::path expectedPath = page;
    expectedPath.replace_extension(".expected.json");
    if (!fs::exists(expectedPath)) continue;
    SCOPED_TRACE(page.string());
    auto conversion = convertPage(testing::readFile(page), page.filename().string());
    ASSERT_TRUE(conversion) << conversion.error().message;
    const auto expected = nlohmann::json::parse(testing::readFile(expectedPath));
    for (const std::string& difference :
         testing::compareWithExpectation(expected, conversion->document.root())) {
      ADD_FAILURE() << difference;
    }
  }
}

TEST(ConvertGolden, EveryNonBlankLineOfEveryPageEndsUpAsAValue) {
  for (const fs::path& page : committedPages()) {
    SCOPED_TRACE(page.string());
    const std::string text = testing::readFile(page);
    auto conversion = convertPage(text, page.filename().string());
    ASSERT_TRUE(conversion) << conversion.error().message;
    const auto placed = testing::linesWithValues(conversion->document.root());
    for (std::uint32_t line : testing::nonBlankLines(text)) {
      EXPECT_TRUE(placed.count(line)) << "line " << line << " is not in the YAML";
    }
  }
}

TEST(ConvertGolden, ParsingTheYamlBackAndReEmittingGivesIdenticalBytes) {
  for (const fs::path& page : committedPages()) {
    SCOPED_TRACE(page.string());
    auto conversion = convertPage(testing::readFile(page), page.filename().string());
    ASSERT_TRUE(conversion) << conversion.error().message;
    const std::string yaml = emitCanonicalYaml(conversion->document);
    auto loaded = loadYaml(yaml);
    ASSERT_TRUE(loaded) << loaded.error().where.line << ": " << loaded.error().message;
    EXPECT_EQ(emitCanonicalYaml(*loaded), yaml);
  }
}

TEST(CanonicalYaml, QuotesOnlyWhatWouldNotReadBackAsTheSameString) {
  DocumentBuilder b;
  b.beginSequence({});
  for (const char* text : {"C++",
                           "C#",
                           "!Important",
                           "@mention",
                           "Key: Value",
                           "a #b",
                           "# hash",
                           "\"q\"",
                           "it's",
                           "true",
                           "null",
                           "~",
                           "123",
                           "1.5",
                           "yes",
                           "Off",
                           "2026-01-08",
                           "",
                           " lead",
                           "tail ",
                           "-x",
                           "- x",
                           "[x]",
                           "50%",
                           "caf\xC3\xA9 \xF0\x9F\x8E\xAC",
                           "line one\nline two\n",
                           "no final newline\nhere",
                           "\ttab"}) {
    b.string(text, {});
  }
  b.end({});
  Document doc = b.finish();
  const std::string yaml = emitCanonicalYaml(doc);
  EXPECT_EQ(
      yaml,
      "- C++\n- C#\n- \"!Important\"\n- \"@mention\"\n- \"Key: Value\"\n- \"a #b\"\n- \"# hash\"\n"
      "- \"\\\"q\\\"\"\n- it's\n- \"true\"\n- \"null\"\n- \"~\"\n- \"123\"\n- \"1.5\"\n- \"yes\"\n"
      "- \"Off\"\n- \"2026-01-08\"\n- \"\"\n- \" lead\"\n- \"tail \"\n- -x\n- \"- x\"\n- \"[x]\"\n"
      "- 50%\n- caf\xC3\xA9 \xF0\x9F\x8E\xAC\n- |\n  line one\n  line two\n"
      "- \"no final newline\\nhere\"\n- \"\\ttab\"\n");
  auto loaded = loadYaml(yaml);
  ASSERT_TRUE(loaded) << loaded.error().message;
  ASSERT_EQ(loaded->root()->size(), doc.root()->size());
  for (std::size_t i = 0; i < doc.root()->size(); ++i) {
    EXPECT_EQ(loaded->root()->at(i)->kind(), NodeKind::String) << i;
    EXPECT_EQ(loaded->root()->at(i)->text(), doc.root()->at(i)->text()) << i;
  }
  EXPECT_EQ(emitCanonicalYaml(*loaded), yaml);
}

}  // namespace
}  // namespace careerlint
