// libfyaml keeps every token of an unfinished flow collection: 1,000,000 "[" took 8 s and
// 570 MB, a 10 MiB file gigabytes, before the depth limit could say anything. The loader now
// feeds it in pieces and stops it YamlLimits::maxLookahead bytes past the last node it finished.

#include <gtest/gtest.h>

#include <string>

#include "careerlint/yaml_loader.h"

namespace careerlint {
namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

void expectRefused(const std::string& text, std::uint32_t line, std::uint32_t column,
                   const std::string& message, const YamlLimits& limits = {}) {
  auto loaded = loadYaml(text, limits);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().where.line, line);
  EXPECT_EQ(loaded.error().where.column, column);
  EXPECT_EQ(loaded.error().message, message);
}

const std::string kTooDeep = "lists and mappings are nested more than 256 levels deep";

TEST(YamlLookahead, AMillionOpeningBracketsOnOneLine) {
  expectRefused(repeat("[", 1000000), 1, 257, kTooDeep);
}

TEST(YamlLookahead, AMillionOpeningBracketsOnAsManyLines) {
  expectRefused(repeat("[\n", 1000000), 257, 1, kTooDeep);
}

TEST(YamlLookahead, NestedFlowMappingsAfterABlockKey) {
  // The block mapping is the first level: the 256th brace opens the 257th.
  expectRefused("title: " + repeat("{a: ", 100000), 1, 1028, kTooDeep);
}

TEST(YamlLookahead, AFlatFlowListLongerThanTheLimit) {
  expectRefused(
      "# a list\n[" + repeat("x, ", 100000) + "x]\n", 2, 1,
      "this value runs on for more than 262144 bytes; careerlint reads texts, […] lists and {…} "
      "mappings of up to 262144 bytes (write long ones in block style)");
}

TEST(YamlLookahead, ALiteralBlockLongerThanTheLimit) {
  std::string block = "title: x\ntext: |\n";
  for (int i = 0; i < 20000; ++i) block += "  line of a long literal block\n";
  expectRefused(
      block, 2, 5,
      "this value runs on for more than 262144 bytes; careerlint reads texts, […] lists and {…} "
      "mappings of up to 262144 bytes (write long ones in block style)");
}

TEST(YamlLookahead, TheLimitIsConfigurable) {
  YamlLimits limits;
  limits.maxLookahead = 1024;
  const std::string list = "[" + repeat("x, ", 3000) + "x]\n";
  expectRefused(list, 1, 1,
                "this value runs on for more than 1024 bytes; careerlint reads texts, […] lists "
                "and {…} mappings "
                "of up to 1024 bytes (write long ones in block style)",
                limits);
  EXPECT_TRUE(loadYaml(list));
}

TEST(YamlLookahead, ValuesWithinTheLimitLoad) {
  EXPECT_TRUE(loadYaml("description: \"" + std::string(200000, 'a') + "\"\n"));
  EXPECT_TRUE(loadYaml("tasks: [" + repeat("x, ", 80000) + "x]\n"));
  EXPECT_TRUE(loadYaml("[" + repeat("x, ", 50000) + "x]\n"));
  EXPECT_TRUE(loadYaml(repeat("[", 200) + repeat("]", 200)));
  EXPECT_TRUE(loadYaml("a: \"" + std::string(5000, 'x') + "\"\n"));
  std::string block = "text: |\n";
  for (int i = 0; i < 6000; ++i) block += "  line of a long literal block\n";
  EXPECT_TRUE(loadYaml(block));
}

}  // namespace
}  // namespace careerlint
