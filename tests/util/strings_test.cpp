#include "util/strings.h"

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

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

TEST(Strings, FindIgnoreCaseFindsAsciiCaseVariantsFromAnOffset) {
  EXPECT_EQ(findIgnoreCase("Lorem LOREM", "lorem"), 0u);
  EXPECT_EQ(findIgnoreCase("Lorem LOREM", "lorem", 1), 6u);
  EXPECT_EQ(findIgnoreCase("abc", "abcd"), std::string_view::npos);
  EXPECT_EQ(findIgnoreCase("abc", ""), std::string_view::npos);
}

TEST(Strings, SplitAtATextSeparatorKeepsEmptyParts) {
  EXPECT_EQ(split("Math + Care: why", " + "), (std::vector<std::string_view>{"Math", "Care: why"}));
  EXPECT_EQ(split("a + ", " + "), (std::vector<std::string_view>{"a", ""}));
  EXPECT_EQ(split("", " + "), (std::vector<std::string_view>{""}));
}

TEST(Strings, JoinListPutsTheConjunctionBeforeTheLastItem) {
  const std::vector<std::string> three = {"a", "b", "c"};
  EXPECT_EQ(joinList(three, "and"), "a, b and c");
  EXPECT_EQ(joinList(std::span(three).first(2), "or"), "a or b");
  EXPECT_EQ(joinList(std::span(three).first(1), "and"), "a");
  EXPECT_EQ(joinList({}, "and"), "");
}

TEST(Strings, PluralAddsAnSUnlessTheCountIsOne) {
  EXPECT_EQ(plural(1, "day"), "1 day");
  EXPECT_EQ(plural(0, "day"), "0 days");
  EXPECT_EQ(plural(-2, "year"), "-2 years");
}

TEST(Strings, AfterPrefixBeforeSuffixAndBetweenCutTheirMarkersOff) {
  EXPECT_EQ(afterPrefix("O*NET Code: 29-1141", "O*NET Code:"), " 29-1141");
  EXPECT_EQ(afterPrefix("Code", "O*NET"), std::nullopt);
  EXPECT_EQ(beforeSuffix("5 years", " years"), "5");
  EXPECT_EQ(beforeSuffix("5 year", " years"), std::nullopt);
  EXPECT_EQ(between("(BLS)", "(", ")"), "BLS");
  EXPECT_EQ(between("()", "(", ")"), "");
  EXPECT_EQ(between(")", ")", ")"), std::nullopt);  // the markers may not overlap
  EXPECT_EQ(between("(BLS", "(", ")"), std::nullopt);
}

}  // namespace
}  // namespace careerlint::strings
