#include "util/ascii.h"

#include <gtest/gtest.h>

namespace careerlint::ascii {
namespace {

TEST(Ascii, ClassifiesLettersDigitsAndSpaceWithoutTheLocale) {
  EXPECT_TRUE(isAlpha('a') && isAlpha('Z'));
  EXPECT_FALSE(isAlpha('1') || isAlpha('_') || isAlpha('\xC3'));
  EXPECT_TRUE(isDigit('0') && isDigit('9'));
  EXPECT_FALSE(isDigit('a'));
  EXPECT_TRUE(isAlnum('q') && isAlnum('7'));
  EXPECT_FALSE(isAlnum('-'));
  EXPECT_TRUE(isHexDigit('f') && isHexDigit('A') && isHexDigit('3'));
  EXPECT_FALSE(isHexDigit('g'));
  EXPECT_TRUE(isSpace(' ') && isSpace('\t') && isSpace('\v'));
  EXPECT_FALSE(isSpace('x') || isSpace('\xA0'));
  EXPECT_TRUE(isNonAscii('\x80') && isNonAscii('\xFF'));
  EXPECT_FALSE(isNonAscii('~'));
}

TEST(Ascii, ChangesTheCaseOfAsciiLettersOnly) {
  EXPECT_EQ(toLower('Q'), 'q');
  EXPECT_EQ(toLower('q'), 'q');
  EXPECT_EQ(toLower('\xC3'), '\xC3');
  EXPECT_EQ(toUpper('q'), 'Q');
  EXPECT_EQ(toUpper('1'), '1');
}

TEST(Ascii, AllDigitsNeedsAtLeastOneDigit) {
  EXPECT_TRUE(isAllDigits("2024"));
  EXPECT_FALSE(isAllDigits(""));
  EXPECT_FALSE(isAllDigits("20x4"));
}

}  // namespace
}  // namespace careerlint::ascii
