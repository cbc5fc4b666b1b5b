// The generated corpus (tools/gen_pages.py, written into the build directory at build time):
// every page converts, every value the record put on the page comes back exactly, and every
// non-blank line of every page ends up in the YAML.
#include <gtest/gtest.h>

#include <filesystem>

#include "careerlint/convert.h"
#include "convert/expectations.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

TEST(ConvertCorpus, EveryGeneratedPageComesBackAsTheRecordItWasRenderedFrom) {
  const fs::path dir = CAREERLINT_CORPUS_DIR;
  ASSERT_TRUE(fs::exists(dir / "index.json"))
      << "the corpus is generated at build time into " << dir;
  const auto index = nlohmann::json::parse(testing::readFile((dir / "index.json")));
  std::size_t converted = 0;
  std::size_t differences = 0;
  for (const auto& entry : index.at("entries")) {
    const std::string page = (dir / entry.at("file").get<std::string>()).string();
    const std::string text = testing::readFile(page);
    auto conversion = convertPage(text, page);
    if (!conversion) {
      ADD_FAILURE() << page << ": " << conversion.error().message;
      continue;
    }
    ++converted;
    const auto expected =
        nlohmann::json::parse(testing::readFile((dir / entry.at("expected").get<std::string>())));
    for (const std::string& difference :
         testing::compareWithExpectation(expected, conversion->document.root())) {
      if (++differences <= 50) ADD_FAILURE() << page << ": " << difference;
    }
    const auto placed = testing::linesWithValues(conversion->document.root());
    for (std::uint32_t line : testing::nonBlankLines(text)) {
      if (!placed.count(line) && ++differences <= 50)
        ADD_FAILURE() << page << ": line " << line << " is not in the YAML";
    }
  }
  EXPECT_EQ(differences, 0u);
  EXPECT_GE(converted, 300u);
  RecordProperty("pages_converted", static_cast<int>(converted));
}

}  // namespace
}  // namespace careerlint
