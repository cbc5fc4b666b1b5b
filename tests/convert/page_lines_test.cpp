#include "convert/page_lines.h"

#include <gtest/gtest.h>

namespace careerlint::convert {
namespace {

TEST(PageLines, SplitsOnLfDropsCrAndTrims) {
  const auto lines = splitPageLines("Title\r\n  indented  \r\n\r\nlast", 0);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "Title");
  EXPECT_EQ(lines[1].text, "indented");
  EXPECT_EQ(lines[1].number, 2u);
  EXPECT_EQ(lines[1].column, 3u);
  EXPECT_EQ(lines[1].offset, 9u);
  EXPECT_EQ(lines[2].text, "");
  EXPECT_EQ(lines[3].text, "last");
  EXPECT_EQ(lines[3].offset, 23u);
}

TEST(PageLines, SpansCountCodePointsAndKeepByteOffsets) {
  const auto lines = splitPageLines(
      "x\n- \xE2\x80\xA2"
      "Clean instruments",
      3);
  const PageLine& line = lines[1];
  const std::string_view item = line.text.substr(5);
  ASSERT_EQ(item, "Clean instruments");
  const Span span = spanOf(line, item);
  EXPECT_EQ(span.begin.line, 2u);
  EXPECT_EQ(span.begin.column, 4u);  // "- •" is three code points
  EXPECT_EQ(span.begin.offset, 3u + 2u + 5u);
  EXPECT_EQ(span.end.column, 21u);
}

TEST(PageLines, StripsEmojiPrefixesWithVariationSelectorsAndSpaces) {
  bool hadEmoji = false;
  EXPECT_EQ(stripEmojiPrefix("\xF0\x9F\x8F\xB7\xEF\xB8\x8F"
                             "Also Known As",
                             &hadEmoji),
            "Also Known As");
  EXPECT_TRUE(hadEmoji);
  EXPECT_EQ(stripEmojiPrefix("\xF0\x9F\x8F\xB7 Also Known As", &hadEmoji), "Also Known As");
  EXPECT_EQ(stripEmojiPrefix("\xE2\xAD\x90"
                             "Key Abilities",
                             &hadEmoji),
            "Key Abilities");
  EXPECT_EQ(stripEmojiPrefix("Key Abilities", &hadEmoji), "Key Abilities");
  EXPECT_FALSE(hadEmoji);
}

TEST(PageLines, RecognisesEveryBulletStyle) {
  EXPECT_EQ(stripBullet("- \xE2\x80\xA2Interview patients"), "Interview patients");
  EXPECT_EQ(stripBullet("\xE2\x80\xA2Interview patients"), "Interview patients");
  EXPECT_EQ(stripBullet("\xE2\x80\xA2 Interview patients"), "Interview patients");
  EXPECT_EQ(stripBullet("- Interview patients"), "Interview patients");
  EXPECT_EQ(stripBullet("* Interview patients"), "Interview patients");
  EXPECT_EQ(stripBullet("12. Interview patients"), "Interview patients");
  EXPECT_EQ(stripBullet("- !License or certification required"),
            "!License or certification required");
  EXPECT_EQ(stripBullet("- \xE2\x80\xA2"), "");
  EXPECT_EQ(stripBullet("Interview patients"), std::nullopt);
  EXPECT_EQ(stripBullet("-5% growth"), std::nullopt);
  EXPECT_EQ(stripBullet("2024. A year"), "A year");
}

}  // namespace
}  // namespace careerlint::convert
