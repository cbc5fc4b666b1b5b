#include "config/config.h"

#include <gtest/gtest.h>

#include "careerlint/schema.h"
#include "catalog/catalog.h"
#include "rules/options_schema.h"
#include "support/harness.h"

namespace careerlint::config {
namespace {

namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(dir_ / "content" / "pages" / "legacy"); }
  void write(const fs::path& relative, const std::string& text) {
    temp_.write(relative.string(), text);
  }
  testing::TempDir temp_;
  const fs::path dir_ = temp_.path();
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

// Types and values come from the options schema too, each at its place.
TEST_F(ConfigTest, AWrongTypeOrValueOfAnOptionIsAnErrorAtItsPlace) {
  auto list =
      parseConfigFile("rules:\n  hedged-figure:\n    options:\n      hedges: about\n", "c.yaml");
  ASSERT_FALSE(list);
  EXPECT_EQ(list.error().where.line, 4u);
  EXPECT_EQ(list.error().where.column, 15u);
  EXPECT_EQ(list.error().message.rfind("rule hedged-figure, option hedges: expected ", 0), 0u)
      << list.error().message;
  auto integer =
      parseConfigFile("rules:\n  stale-data:\n    options: {max_age_days: soon}\n", "c.yaml");
  ASSERT_FALSE(integer);
  EXPECT_EQ(integer.error().where.line, 3u);
  EXPECT_EQ(integer.error().where.column, 29u);
  auto level = parseConfigFile(
      "rules:\n  empty-section:\n    options:\n      sections: {key-abilities: loud}\n", "c.yaml");
  ASSERT_FALSE(level);
  EXPECT_EQ(level.error().where.line, 4u);
  EXPECT_EQ(level.error().where.column, 33u);
  EXPECT_NE(
      level.error().message.find("rule empty-section, option sections.key-abilities: \"loud\" "
                                 "is not one of the allowed values"),
      std::string::npos)
      << level.error().message;
  auto vocabulary =
      parseConfigFile("rules:\n  growth-label:\n    options: {vocabulary: scorng}\n", "c.yaml");
  ASSERT_FALSE(vocabulary);
  EXPECT_EQ(vocabulary.error().where.column, 27u);
  EXPECT_NE(vocabulary.error().message.find("did you mean \"scoring\"?"), std::string::npos)
      << vocabulary.error().message;
  auto valid = parseConfigFile(
      "rules:\n  hedged-figure:\n    options: {hedges: [about], house_style: []}\n"
      "  stale-data:\n    options: {max_age_days: 30, today: '2026-01-01'}\n",
      "c.yaml");
  ASSERT_TRUE(valid) << valid.error().message;
  const auto& hedges = valid->rules.at("hedged-figure").options.at("hedges");
  EXPECT_EQ(std::get<std::vector<std::string>>(hedges), std::vector<std::string>{"about"});
  EXPECT_EQ(std::get<std::int64_t>(valid->rules.at("stale-data").options.at("max_age_days")), 30);
}

void writeValue(DocumentBuilder& b, const OptionValue& value) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) {
          b.boolean(v, {});
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          b.integer(v, {});
        } else if constexpr (std::is_same_v<T, std::string>) {
          b.string(v, {});
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          b.beginSequence({});
          for (const std::string& item : v) b.string(item, {});
          b.end({});
        } else {
          b.beginMapping({});
          for (const auto& [key, level] : v) {
            b.string(key, {});
            b.string(level, {});
          }
          b.end({});
        }
      },
      value);
}

// The schema is derived from the declared options: it must compile, and the defaults must pass.
TEST_F(ConfigTest, EveryRulesOptionsSchemaCompilesAndItsDefaultsValidate) {
  for (const RuleMeta* meta : catalog::allRuleMetas()) {
    auto schema = Schema::fromText(rules::ruleOptionsSchema(*meta), meta->id);
    ASSERT_TRUE(schema) << meta->id << ": " << schema.error().message;
    DocumentBuilder b;
    b.beginMapping({});
    for (const RuleOption& option : meta->options) {
      b.string(option.name, {});
      writeValue(b, option.defaultValue);
    }
    b.end({});
    FindingList findings;
    validate(b.finish(), *schema, meta->id, findings);
    EXPECT_TRUE(findings.findings.empty())
        << meta->id << ": " << (findings.findings.empty() ? "" : findings.findings[0].message);
  }
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
