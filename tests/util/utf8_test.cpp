#include "util/utf8.h"

#include <gtest/gtest.h>

namespace careerlint::utf8 {
namespace {

TEST(Utf8, ValidTextHasNoInvalidByte) {
  EXPECT_EQ(firstInvalidByte("plain ascii"), std::nullopt);
  EXPECT_EQ(firstInvalidByte("caf\xc3\xa9 \xf0\x9f\x8e\xac"), std::nullopt);
}

TEST(Utf8, ReportsTheOffsetOfTheFirstInvalidByte) {
  EXPECT_EQ(firstInvalidByte("ab\xff"), 2u);
  EXPECT_EQ(firstInvalidByte("a\xc0\xaf"), 1u);           // overlong '/'
  EXPECT_EQ(firstInvalidByte("x\xed\xa0\x80"), 1u);       // UTF-16 surrogate
  EXPECT_EQ(firstInvalidByte("\xe2\x80"), 0u);            // truncated
  EXPECT_EQ(firstInvalidByte("ok\xf4\x90\x80\x80"), 2u);  // above U+10FFFF
}

TEST(Utf8, CountsCodePointsNotBytes) {
  EXPECT_EQ(codePointCount("\xf0\x9f\x8e\xac"
                           "Career"),
            7u);
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  const std::string text = "a\xc3\xa9\xe2\x80\xa2\xf0\x9f\x8e\xac";
  std::string rebuilt;
  std::size_t offset = 0;
  while (offset < text.size()) append(rebuilt, decode(text, offset));
  EXPECT_EQ(rebuilt, text);
}

}  // namespace
}  // namespace careerlint::utf8
