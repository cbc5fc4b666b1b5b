// The registry, the rule sources, their docs and their tests agree (as ESLint's build checks).
#include "rules/registry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "catalog/catalog.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

std::string underscored(std::string id) {
  std::replace(id.begin(), id.end(), '-', '_');
  return id;
}

std::set<std::string> stems(const std::string& dir, std::string_view suffix) {
  std::set<std::string> out;
  for (const auto& entry : fs::directory_iterator(std::string(CAREERLINT_SOURCE_DIR) + dir)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(suffix)) out.insert(name.substr(0, name.size() - suffix.size()));
  }
  return out;
}

TEST(RuleRegistry, EditorialRulesAreListedSortedAndUnique) {
  const auto& rules = rules::editorialRules();
  ASSERT_FALSE(rules.empty());
  for (std::size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->meta().id, rules[i]->meta().id)
        << "registry.cpp must list rules sorted by id";
  }
}

TEST(RuleRegistry, EveryRuleHasMetadataAndADocPageCompiledIn) {
  std::set<std::string> ids;
  for (const RuleMeta* meta : catalog::allRuleMetas()) {
    SCOPED_TRACE(meta->id);
    EXPECT_TRUE(ids.insert(meta->id).second) << "duplicate rule id";
    EXPECT_FALSE(meta->description.empty());
    EXPECT_FALSE(meta->messages.empty());
    std::set<std::string> messageIds;
    for (const RuleMessage& message : meta->messages)
      EXPECT_TRUE(messageIds.insert(message.id).second);
    const std::string_view doc = catalog::ruleDoc(meta->id);
    ASSERT_FALSE(doc.empty()) << "docs/rules/" << meta->id << ".md is missing";
    EXPECT_TRUE(doc.starts_with("# " + meta->id + "\n"));
    for (std::string_view part :
         {"Default severity", "Fixable", "## What it finds", "## Why it matters", "Bad", "Good"}) {
      EXPECT_NE(doc.find(part), std::string_view::npos) << "the doc page lacks \"" << part << "\"";
    }
    for (const RuleMessage& message : meta->messages) {
      EXPECT_NE(doc.find(message.id), std::string_view::npos)
          << "the doc page does not name message id " << message.id;
    }
    if (meta->crossFile) {
      EXPECT_FALSE(meta->projectKeys.empty())
          << "a cross-file rule names the top-level keys it reads";
    }
    for (const RuleOption& option : meta->options) {
      EXPECT_NE(doc.find(option.name), std::string_view::npos)
          << "the doc page does not describe option " << option.name;
    }
  }
  // No doc page without a rule.
  for (const std::string& doc : stems("/docs/rules", ".md")) {
    EXPECT_TRUE(ids.count(doc)) << "docs/rules/" << doc << ".md has no rule";
  }
}

TEST(RuleRegistry, EveryEditorialRuleHasItsSourceAndItsTestAndNothingElseDoes) {
  const std::set<std::string> framework = {"builtin_checks", "options_schema", "registry",
                                           "rule_context"};
  std::set<std::string> sources = stems("/src/rules", ".cpp");
  std::set<std::string> tests = stems("/tests/rules", "_test.cpp");
  tests.erase("registry");
  for (const std::string& f : framework) sources.erase(f);
  std::set<std::string> expected;
  for (const Rule* rule : rules::editorialRules()) expected.insert(underscored(rule->meta().id));
  EXPECT_EQ(sources, expected) << "src/rules/<rule_id>.cpp must match the registry";
  EXPECT_EQ(tests, expected) << "tests/rules/<rule_id>_test.cpp must match the registry";
  for (const RuleMeta* meta : catalog::allRuleMetas()) {
    if (meta->kind == RuleKind::Editorial) {
      EXPECT_TRUE(expected.count(underscored(meta->id))) << meta->id;
    }
  }
}

}  // namespace
}  // namespace careerlint
