#include "util/strings.h"

#include <gtest/gtest.h>

namespace careerlint::strings {
namespace {

TEST(Strings, TrimRemovesAsciiWhiteSpaceOnBothEnds) {
  EXPECT_EQ(trim("  a b \t\n"), "a b");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trimLeft("  x "), "x ");
  EXPECT_EQ(trimRight("  x "), "  x");
}

TEST(Strings, EditDistanceCountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(editDistance("", "abc"), 3u);
  EXPECT_EQ(editDistance("same", "same"), 0u);
}

TEST(Strings, ClosestMatchSuggestsAPlausibleMisspelling) {
  const std::vector<std::string> allowed = {"Bachelor's degree", "Master's degree",
                                            "Associate's degree"};
  EXPECT_EQ(closestMatch("Bachelors degree", allowed), "Bachelor's degree");
  EXPECT_EQ(closestMatch("bachelor's DEGREE", allowed), "Bachelor's degree");
  EXPECT_EQ(closestMatch("Apprenticeship", allowed), std::nullopt);
}

TEST(Strings, SplitKeepsEmptyParts) {
  const auto parts = split("a,,b", ',');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
}

TEST(Strings, QuotedEscapesQuotesAndControlCharacters) {
  EXPECT_EQ(quoted("say \"hi\"\n"), "\"say \\\"hi\\\"\\x0a\"");
}

TEST(Strings, LineRemovalRangeTakesTheLineAndItsOwnBreak) {
  const std::string_view text = "a\r\n- \xE2\x80\xA2\r\nb";
  EXPECT_EQ(lineRemovalRange(text, 3), std::make_pair(std::size_t{3}, std::size_t{10}));
}

TEST(Strings, LineRemovalRangeOfALastLineTakesTheBreakBeforeIt) {
  EXPECT_EQ(lineRemovalRange("a\r\nb", 3), std::make_pair(std::size_t{1}, std::size_t{4}));
  EXPECT_EQ(lineRemovalRange("a\nb", 2), std::make_pair(std::size_t{1}, std::size_t{3}));
  EXPECT_EQ(lineRemovalRange("b", 0), std::make_pair(std::size_t{0}, std::size_t{1}));
}

}  // namespace
}  // namespace careerlint::strings
