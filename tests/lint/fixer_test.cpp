#include "lint/fixer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "careerlint/yaml_loader.h"

namespace careerlint::lint {
namespace {

namespace fs = std::filesystem;

Finding fixable(std::uint32_t begin, std::uint32_t end, std::string replacement,
                std::string rule = "whitespace-and-punctuation", std::string pointer = "/a") {
  Finding finding;
  finding.ruleId = std::move(rule);
  finding.pointer = std::move(pointer);
  finding.fix = Fix{"fix", {TextEdit{begin, end, std::move(replacement)}}};
  return finding;
}

SourceFile record(std::string path, std::string text) {
  return SourceFile{std::move(path), std::move(text), SourceFile::Kind::Yaml};
}

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A file of its own under the temporary directory, removed with the test.
class FixerFile : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() /
                 ("careerlint-fixer-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(directory_);
  }
  void TearDown() override { fs::remove_all(directory_); }
  fs::path write(const std::string& text) {
    const fs::path path = directory_ / "record.yaml";
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  fs::path directory_;
};

TEST(FixPlan, TakesFixesInOrderAndSkipsTheOnesThatOverlapATakenOne) {
  const std::string text = "a: one two\n";
  const FixPlan plan = planFixes(
      text, {fixable(3, 6, "ONE"), fixable(5, 10, "x"), fixable(7, 10, "TWO"), fixable(3, 3, "!")});
  EXPECT_EQ(plan.fixes, 2u);  // the second overlaps the first; the fourth starts where it does
  EXPECT_EQ(applyPlan(text, plan), "a: ONE TWO\n");
}

TEST(FixPlan, SkipsEditsPastTheEndOfTheTextOrBackwards) {
  const std::string text = "a: b\n";
  EXPECT_EQ(planFixes(text, {fixable(3, 99, "c")}).fixes, 0u);
  EXPECT_EQ(planFixes(text, {fixable(4, 3, "c")}).fixes, 0u);
  EXPECT_EQ(planFixes(text, {fixable(3, 4, "c")}).fixes, 1u);
}

TEST(FixPlan, NeverFixesAValueThatHasAPlaceholderFinding) {
  Finding placeholder;
  placeholder.ruleId = "placeholder-text";
  placeholder.pointer = "/a";
  const FixPlan plan = planFixes("a: TODO\nb: x \n", {placeholder, fixable(3, 7, "TODO."),
                                                      fixable(12, 13, "", "trailing", "/b")});
  EXPECT_EQ(plan.fixes, 1u);
  EXPECT_EQ(applyPlan("a: TODO\nb: x \n", plan), "a: TODO\nb: x\n");
}

TEST(FixPlan, AppliesEditsFromTheEndSoEarlierOffsetsHold) {
  const std::string text = "a: x\nb: y\n";
  const FixPlan plan = planFixes(text, {fixable(3, 4, "long text"), fixable(8, 9, "z")});
  ASSERT_EQ(plan.edits.size(), 2u);
  EXPECT_GT(plan.edits[0].beginOffset, plan.edits[1].beginOffset);
  EXPECT_EQ(applyPlan(text, plan), "a: long text\nb: z\n");
}

TEST(FixReadBack, RefusesARecordThatNoLongerParses) {
  const SourceFile source = record("r.yaml", "a: b\n");
  auto before = loadYaml(source.text);
  ASSERT_TRUE(before);
  const auto problem =
      readBackProblem(source, &*before, "a: [b\n", {TextEdit{3, 4, "[b"}}, YamlLimits{});
  ASSERT_TRUE(problem);
  EXPECT_FALSE(problem->empty());
}

TEST(FixReadBack, RefusesARecordWhoseUntouchedDataChanged) {
  const SourceFile source = record("r.yaml", "a: b\nc: d\n");
  auto before = loadYaml(source.text);
  ASSERT_TRUE(before);
  // The edit is at "b" only, but "c" became a key with another value.
  const auto problem =
      readBackProblem(source, &*before, "a: B\nc: e\n", {TextEdit{3, 4, "B"}}, YamlLimits{});
  ASSERT_TRUE(problem);
  EXPECT_EQ(*problem,
            "the fixed file would not read back to the same data apart from the fixed text");
  EXPECT_FALSE(
      readBackProblem(source, &*before, "a: B\nc: d\n", {TextEdit{3, 4, "B"}}, YamlLimits{}));
}

TEST(FixReadBack, HoldsTheUsersLimitsLikeTheFirstRead) {
  // The fixed text nests deeper than --max-depth allows: it must not be written.
  const SourceFile source = record("r.yaml", "a: b\n");
  auto before = loadYaml(source.text);
  ASSERT_TRUE(before);
  YamlLimits shallow;
  shallow.maxDepth = 1;
  const std::string deeper = "a: {b: {c: d}}\n";
  const std::vector<TextEdit> edits{TextEdit{3, 4, "{b: {c: d}}"}};
  EXPECT_TRUE(readBackProblem(source, &*before, deeper, edits, shallow));
  EXPECT_FALSE(readBackProblem(source, nullptr, deeper, edits, YamlLimits{}));
}

TEST(FixReadBack, RefusesAPageThatNoLongerConverts) {
  const SourceFile page{"p.txt", "irrelevant", SourceFile::Kind::Page};
  EXPECT_TRUE(readBackProblem(page, nullptr, "", {}, YamlLimits{}));
}

TEST_F(FixerFile, WritesTheFixedTextAtomically) {
  const fs::path path = write("a: x \n");
  const SourceFile source = record(path.string(), "a: x \n");
  auto document = loadYaml(source.text);
  ASSERT_TRUE(document);
  auto outcome = fixOnce(source, &*document, {fixable(4, 5, "")}, YamlLimits{}, true);
  ASSERT_TRUE(outcome);
  EXPECT_EQ(outcome->fixes, 1u);
  EXPECT_EQ(outcome->text, "a: x\n");
  EXPECT_EQ(contents(path), "a: x\n");
}

TEST_F(FixerFile, AFixedTextThatDoesNotReadBackIsAnErrorAndTheFileIsLeftAlone) {
  const fs::path path = write("a: b\n");
  const SourceFile source = record(path.string(), "a: b\n");
  auto document = loadYaml(source.text);
  ASSERT_TRUE(document);
  auto outcome = fixOnce(source, &*document, {fixable(3, 4, "[b")}, YamlLimits{}, true);
  EXPECT_FALSE(outcome);
  EXPECT_EQ(contents(path), "a: b\n");
}

TEST_F(FixerFile, ADryRunWritesNothingAndDropsAFixThatDoesNotReadBack) {
  const fs::path path = write("a: x \n");
  const SourceFile source = record(path.string(), "a: x \n");
  auto document = loadYaml(source.text);
  ASSERT_TRUE(document);
  auto good = fixOnce(source, &*document, {fixable(4, 5, "")}, YamlLimits{}, false);
  ASSERT_TRUE(good);
  EXPECT_EQ(good->fixes, 1u);
  EXPECT_EQ(good->text, "a: x\n");
  auto broken = fixOnce(source, &*document, {fixable(3, 4, "[x")}, YamlLimits{}, false);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->fixes, 0u);
  EXPECT_EQ(contents(path), "a: x \n");
}

TEST(FixOnce, NothingToFixIsNoFixAndNoWrite) {
  // The path does not exist: writing would fail, so success shows nothing was written.
  const SourceFile source = record("/nonexistent/careerlint/r.yaml", "a: b\n");
  auto outcome = fixOnce(source, nullptr, {}, YamlLimits{}, true);
  ASSERT_TRUE(outcome);
  EXPECT_EQ(outcome->fixes, 0u);
}

}  // namespace
}  // namespace careerlint::lint
