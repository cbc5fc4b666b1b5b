#include "lint/suppressions.h"

#include <gtest/gtest.h>

namespace careerlint::lint {
namespace {

bool known(std::string_view id) {
  return id == "hedged-figure" || id == "empty-section" || id == "placeholder-text";
}
bool allRan(std::string_view) { return true; }

Finding at(std::string rule, std::uint32_t line) {
  Finding f;
  f.ruleId = std::move(rule);
  f.file = "x.yaml";
  f.span.begin = Position{line, 1, 0};
  return f;
}

TEST(Suppressions, NextLineCoversTheNextNonCommentLineOnlyForItsRule) {
  auto s = Suppressions::parse(
      "a: 1\n# careerlint-disable-next-line hedged-figure -- house style\n\nb: 2\nc: 3\n", "x.yaml",
      known);
  EXPECT_TRUE(s.suppresses(at("hedged-figure", 4)));
  EXPECT_FALSE(s.suppresses(at("hedged-figure", 5)));
  EXPECT_FALSE(s.suppresses(at("empty-section", 4)));
  EXPECT_TRUE(s.problems(allRan).empty());
}

TEST(Suppressions, RangesRunFromDisableToEnable) {
  auto s = Suppressions::parse(
      "# careerlint-disable empty-section, hedged-figure\nx: 1\ny: 2\n# careerlint-enable "
      "empty-section\nz: 3\n",
      "x.yaml", known);
  EXPECT_TRUE(s.suppresses(at("empty-section", 3)));
  EXPECT_FALSE(s.suppresses(at("empty-section", 5)));
  EXPECT_TRUE(s.suppresses(at("hedged-figure", 5)));  // never enabled again: to the end
}

TEST(Suppressions, DisableFileCoversEveryLineAndTheWholeFile) {
  auto s = Suppressions::parse("title: x\n# careerlint-disable-file placeholder-text\n", "x.yaml",
                               known);
  EXPECT_TRUE(s.suppresses(at("placeholder-text", 1)));
  EXPECT_TRUE(s.suppresses(at("placeholder-text", 0)));
}

TEST(Suppressions, RawPagesUseTheSameTextOnALineOfItsOwnWithOrWithoutHash) {
  auto s = Suppressions::parse(
      "Nurses\ncareerlint-disable-next-line hedged-figure\nPerhaps 50% of time\n", "p.txt", known);
  EXPECT_TRUE(s.suppresses(at("hedged-figure", 3)));
  EXPECT_TRUE(Suppressions::isDirectiveLine("# careerlint-disable-file empty-section"));
  EXPECT_TRUE(Suppressions::isDirectiveLine("careerlint-enable hedged-figure"));
  EXPECT_FALSE(Suppressions::isDirectiveLine("careerlint-disabled hedged-figure"));
  EXPECT_FALSE(Suppressions::isDirectiveLine("Run careerlint-disable on it"));
}

TEST(Suppressions, ASuppressionThatSuppressesNothingIsReportedAtItsComment) {
  auto s = Suppressions::parse("a: 1\n  # careerlint-disable-next-line hedged-figure\nb: 2\n",
                               "x.yaml", known);
  const auto problems = s.problems(allRan);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].ruleId, "unused-suppression");
  EXPECT_EQ(problems[0].messageId, "unused");
  EXPECT_EQ(problems[0].span.begin.line, 2u);
  EXPECT_EQ(problems[0].span.begin.column, 3u);
  EXPECT_EQ(problems[0].message,
            "this careerlint-disable comment for hedged-figure suppresses nothing; remove it");
  // A rule switched off for the file did not run: its suppression is not called unused.
  EXPECT_TRUE(s.problems([](std::string_view id) { return id != "hedged-figure"; }).empty());
}

TEST(Suppressions, UnknownRuleIdsAndUnmatchedEnablesAreReported) {
  auto s = Suppressions::parse(
      "# careerlint-disable-next-line hedged-figur\nx: 1\n# careerlint-enable empty-section\n",
      "x.yaml", known);
  const auto problems = s.problems(allRan);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].messageId, "unknownRule");
  EXPECT_EQ(problems[0].message,
            "careerlint-disable-next-line names an unknown rule \"hedged-figur\"");
  EXPECT_EQ(problems[1].messageId, "unmatched");
  EXPECT_EQ(problems[1].span.begin.line, 3u);
  EXPECT_FALSE(s.suppresses(at("hedged-figure", 2)));
}

}  // namespace
}  // namespace careerlint::lint
