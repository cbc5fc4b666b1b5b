#include "config/config.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace careerlint::config {
namespace {

namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("careerlint-config-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "content" / "pages" / "legacy");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const fs::path& relative, const std::string& text) {
    fs::create_directories((dir_ / relative).parent_path());
    std::ofstream(dir_ / relative) << text;
  }
  fs::path dir_;
};

TEST_F(ConfigTest, UnknownRuleIdIsAnErrorNamingTheFileLineAndAGuess) {
  auto config = parseConfigFile("rules:\n  yaml-syntx: off\n", "team/.careerlint.yaml");
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().file, "team/.careerlint.yaml");
  EXPECT_EQ(config.error().where.line, 2u);
  EXPECT_EQ(config.error().where.column, 3u);
  EXPECT_EQ(
      config.error().message,
      "unknown rule \"yaml-syntx\"; did you mean \"yaml-syntax\"? (`careerlint rules` lists them)");
}

TEST_F(ConfigTest, BadSeverityUnknownSettingAndOptionsOfARuleWithoutOptions) {
  auto severity = parseConfigFile("rules:\n  unplaced-line: loud\n", "c.yaml");
  ASSERT_FALSE(severity);
  EXPECT_EQ(severity.error().where.line, 2u);
  EXPECT_EQ(severity.error().where.column, 18u);
  EXPECT_EQ(severity.error().message,
            "a rule's severity must be off, info, warning or error, not \"loud\"");

  auto setting = parseConfigFile("rulez: {}\n", "c.yaml");
  ASSERT_FALSE(setting);
  EXPECT_EQ(setting.error().message, "unknown setting \"rulez\"; did you mean \"rules\"?");

  auto option = parseConfigFile("rules:\n  unplaced-line:\n    options: {max: 3}\n", "c.yaml");
  ASSERT_FALSE(option);
  EXPECT_EQ(option.error().where.line, 3u);
  EXPECT_EQ(option.error().message,
            "rule unplaced-line has no option \"max\" (it takes no options)");

  auto yaml = parseConfigFile("rules: [\n", "c.yaml");
  ASSERT_FALSE(yaml);
  EXPECT_EQ(yaml.error().file, "c.yaml");
  EXPECT_GT(yaml.error().where.line, 0u);
}

// A misspelled section or check name would be ignored, and the rule would run as if unconfigured.
TEST_F(ConfigTest, AnUnknownKeyOfASeverityMapIsAnErrorWithAGuess) {
  auto section = parseConfigFile(
      "rules:\n  empty-section:\n    options:\n      sections: {technology-skill: off}\n",
      "c.yaml");
  ASSERT_FALSE(section);
  EXPECT_EQ(section.error().where.line, 4u);
  EXPECT_EQ(section.error().where.column, 18u);
  EXPECT_EQ(
      section.error().message.rfind(
          "rule empty-section, option sections: unknown key \"technology-skill\"; did you mean "
          "\"technology-skills\"?",
          0),
      0u)
      << section.error().message;
  auto check = parseConfigFile(
      "rules:\n  whitespace-and-punctuation:\n    options:\n      checks:\n        doubleSpaces: "
      "off\n",
      "c.yaml");
  ASSERT_FALSE(check);
  EXPECT_EQ(check.error().where.line, 5u);
  EXPECT_NE(check.error().message.find("unknown key \"doubleSpaces\"; did you mean "
                                       "\"doubleSpace\"?"),
            std::string::npos)
      << check.error().message;
  EXPECT_TRUE(parseConfigFile(
      "rules:\n  empty-section:\n    options:\n      sections: {technology-skills: off}\n",
      "c.yaml"));
  // A misspelled option name gets the guess too.
  auto name =
      parseConfigFile("rules:\n  empty-section:\n    options:\n      section: {}\n", "c.yaml");
  ASSERT_FALSE(name);
  EXPECT_EQ(name.error().message,
            "rule empty-section has no option \"section\"; did you mean \"sections\"? (options: "
            "sections)");
}

TEST_F(ConfigTest, NearestConfigWinsAndRootStopsTheWalk) {
  write(".careerlint.yaml", "rules:\n  unplaced-line: error\n  yaml-syntax: warning\n");
  write("content/.careerlint.yaml", "root: true\nrules:\n  unplaced-line: info\n");
  write("content/pages/.careerlint.yaml", "rules:\n  unused-suppression: off\n");
  ConfigResolver resolver;
  auto config = resolver.forFile(dir_ / "content/pages/a.txt");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ((*config)->rule("unplaced-line").severity, Severity::Info);
  EXPECT_FALSE((*config)->rule("unused-suppression").enabled);
  // Above the root: not read.
  EXPECT_EQ((*config)->rule("yaml-syntax").severity, Severity::Error);
  EXPECT_EQ((*config)->sources.size(), 2u);
}

TEST_F(ConfigTest, ExplicitConfigReplacesDiscovery) {
  write("content/.careerlint.yaml", "rules:\n  unplaced-line: info\n");
  write("ci.yaml", "rules:\n  unplaced-line: error\n");
  ConfigResolver resolver(dir_ / "ci.yaml");
  auto config = resolver.forFile(dir_ / "content/pages/a.txt");
  ASSERT_TRUE(config);
  EXPECT_EQ((*config)->rule("unplaced-line").severity, Severity::Error);
  EXPECT_TRUE((*config)->rule("unplaced-line").severityConfigured);
}

TEST_F(ConfigTest, OverridesApplyToMatchingFilesOnlyAndIgnoreGlobsAreRelativeToTheirConfig) {
  write("content/.careerlint.yaml",
        "overrides:\n  - files: [\"pages/legacy/**\"]\n    rules: {unplaced-line: off}\nignore: "
        "[\"drafts/**\", \"*.tmp.txt\"]\n");
  ConfigResolver resolver;
  auto legacy = resolver.forFile(dir_ / "content/pages/legacy/old.txt");
  auto current = resolver.forFile(dir_ / "content/pages/new.txt");
  ASSERT_TRUE(legacy && current);
  EXPECT_FALSE((*legacy)->rule("unplaced-line").enabled);
  EXPECT_TRUE((*current)->rule("unplaced-line").enabled);
  EXPECT_TRUE((*current)->isIgnored(dir_ / "content/drafts/x.yaml"));
  EXPECT_TRUE((*current)->isIgnored(dir_ / "content/pages/a.tmp.txt"));
  EXPECT_FALSE((*current)->isIgnored(dir_ / "drafts/x.yaml"));  // outside the config's directory
}

TEST_F(ConfigTest, ABrokenConfigFileIsAnErrorForEveryFileBelowIt) {
  write("content/.careerlint.yaml", "extends: lenient\n");
  ConfigResolver resolver;
  auto config = resolver.forFile(dir_ / "content/pages/a.txt");
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().file, (dir_ / "content/.careerlint.yaml").string());
  EXPECT_EQ(config.error().where.line, 1u);
  EXPECT_EQ(config.error().message, "`extends` must be `recommended` or `strict`");
}

TEST_F(ConfigTest, DescribePrintsTheEffectiveConfiguration) {
  write("content/.careerlint.yaml", "root: true\nrules:\n  unplaced-line: off\n");
  ConfigResolver resolver;
  auto config = resolver.forFile(dir_ / "content/a.txt");
  ASSERT_TRUE(config);
  const std::string text = describe(**config);
  EXPECT_NE(text.find("extends: recommended\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  unplaced-line: \"off\"\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  yaml-syntax: error\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace careerlint::config
