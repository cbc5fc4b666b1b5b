// Every rule id and message id the documentation names exists: a renamed rule or message cannot
// leave a page that tells an editor to configure or suppress something careerlint does not know.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <vector>

#include "catalog/catalog.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

// README.md and every page under docs/, except output-formats.md and json-format.md, whose
// examples are the report goldens' made-up findings (tests/fixtures/report).
std::vector<fs::path> documentationPages() {
  const fs::path& source = testing::sourceDir();
  std::vector<fs::path> pages = {source / "README.md"};
  for (const auto& entry : fs::recursive_directory_iterator(source / "docs")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".md" && name != "output-formats.md" &&
        name != "json-format.md")
      pages.push_back(entry.path());
  }
  return pages;
}

bool hasMessage(const RuleMeta& meta, const std::string& id) {
  for (const RuleMessage& message : meta.messages) {
    if (message.id == id) return true;
  }
  return false;
}

TEST(DocumentationIds, EveryRuleIdInAnExampleFindingOrCommandExists) {
  // "file:line:col: severity: message [rule-id]" and "careerlint explain rule-id".
  const std::regex finding(R"((error|warning|info): .*\[([a-z][a-z0-9-]*)\]\s*$)");
  const std::regex explain(R"(careerlint explain ([a-z][a-z0-9-]*))");
  std::size_t named = 0;
  for (const fs::path& page : documentationPages()) {
    std::istringstream lines(testing::readFile(page));
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
      for (const std::regex* pattern : {&finding, &explain}) {
        std::smatch match;
        if (!std::regex_search(line, match, *pattern)) continue;
        const std::string id = match[match.size() - 1].str();
        if (id == "id") continue;  // "careerlint explain <id>" written as a placeholder
        ++named;
        EXPECT_NE(catalog::findRuleMeta(id), nullptr)
            << page.string() << ":" << number << " names rule \"" << id
            << "\", which does not exist";
      }
    }
  }
  EXPECT_GT(named, 20u) << "the documentation's example findings were not found";
}

TEST(DocumentationIds, EveryMessageIdAPageListsIsTheRulesOwn) {
  const std::regex backticked("`([A-Za-z][A-Za-z0-9]*)`");
  for (const auto& entry : fs::directory_iterator(testing::sourcePath("docs/rules"))) {
    const std::string rule = entry.path().stem().string();
    SCOPED_TRACE(rule);
    const RuleMeta* meta = catalog::findRuleMeta(rule);
    ASSERT_NE(meta, nullptr);
    const std::string text = testing::readFile(entry.path());
    const std::size_t section = text.find("## Message ids");
    ASSERT_NE(section, std::string::npos);
    std::size_t end = text.find("\n## ", section + 1);
    if (end == std::string::npos) end = text.size();
    const std::string ids = text.substr(section, end - section);
    std::size_t listed = 0;
    for (std::sregex_iterator it(ids.begin(), ids.end(), backticked), last; it != last; ++it) {
      ++listed;
      EXPECT_TRUE(hasMessage(*meta, (*it)[1].str()))
          << "docs/rules/" << rule << ".md lists message id " << (*it)[1].str()
          << ", which the rule does not have";
    }
    EXPECT_GT(listed, 0u);
  }
}

}  // namespace
}  // namespace careerlint
