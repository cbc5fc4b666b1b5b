#include "util/json_pointer.h"

#include <gtest/gtest.h>

namespace careerlint::json_pointer {
namespace {

TEST(JsonPointer, AppendTokenEscapesTildeAndSlash) {
  std::string pointer = "/education";
  appendToken(pointer, "a~b/c");
  EXPECT_EQ(pointer, "/education/a~0b~1c");
}

TEST(JsonPointer, EscapeTokenHasNoLeadingSlash) {
  EXPECT_EQ(escapeToken("~/"), "~0~1");
  EXPECT_EQ(escapeToken(""), "");
}

TEST(JsonPointer, UnescapeTokenReversesEscape) {
  EXPECT_EQ(unescapeToken("a~0b~1c"), "a~b/c");
  // "~01" is "~" then "1", not "/": each escape is read once, left to right.
  EXPECT_EQ(unescapeToken("~01"), "~1");
}

TEST(JsonPointer, UnescapeTokenKeepsALoneTilde) {
  EXPECT_EQ(unescapeToken("a~"), "a~");
  EXPECT_EQ(unescapeToken("~2"), "~2");
}

}  // namespace
}  // namespace careerlint::json_pointer
