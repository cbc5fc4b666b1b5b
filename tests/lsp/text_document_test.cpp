#include "lsp/text_document.h"

#include <gtest/gtest.h>

namespace careerlint::lsp {
namespace {

// "a😀b患c": a(1 byte, 1 unit) 😀(4 bytes, 2 UTF-16 units) b 患(3 bytes, 1 unit) c.
const std::string kLine =
    "a\xF0\x9F\x98\x80"
    "b\xE6\x82\xA3"
    "c";

TEST(LspTextDocument, ConvertsCodePointColumnsToUtf16AndUtf8) {
  const TextDocument text("first\n" + kLine + "\n");
  // careerlint column 5 (code points a,😀,b,患 before it) is "c".
  EXPECT_EQ(text.fromLineColumn(2, 5, PositionEncoding::Utf16), (LspPosition{1, 5}));
  EXPECT_EQ(text.fromLineColumn(2, 5, PositionEncoding::Utf8), (LspPosition{1, 9}));
  EXPECT_EQ(text.fromLineColumn(2, 3, PositionEncoding::Utf16), (LspPosition{1, 3}));
  EXPECT_EQ(text.fromLineColumn(2, 3, PositionEncoding::Utf8), (LspPosition{1, 5}));
  EXPECT_EQ(text.fromLineColumn(0, 0, PositionEncoding::Utf16), (LspPosition{0, 0}));
}

TEST(LspTextDocument, MapsPositionsToByteOffsetsAndBackInBothEncodings) {
  const TextDocument text("first\n" + kLine + "\n");
  const std::size_t c = 6 + 9;  // "first\n" then a😀b患
  EXPECT_EQ(text.offsetAt({1, 5}, PositionEncoding::Utf16), c);
  EXPECT_EQ(text.offsetAt({1, 9}, PositionEncoding::Utf8), c);
  EXPECT_EQ(text.positionAt(c, PositionEncoding::Utf16), (LspPosition{1, 5}));
  EXPECT_EQ(text.positionAt(c, PositionEncoding::Utf8), (LspPosition{1, 9}));
  // Past the end of a line: its end, not the next line.
  EXPECT_EQ(text.offsetAt({1, 99}, PositionEncoding::Utf16), 6 + kLine.size());
  EXPECT_EQ(text.offsetAt({9, 0}, PositionEncoding::Utf16), text.text().size());
}

TEST(LspTextDocument, ACarriageReturnIsNoPartOfTheLine) {
  const TextDocument text("one\r\ntwo\r\n");
  EXPECT_EQ(text.line(0), "one");
  EXPECT_EQ(text.offsetAt({0, 9}, PositionEncoding::Utf16), 3u);
  EXPECT_EQ(text.line(1), "two");
}

TEST(LspTextDocument, AnIncrementalReplaceKeepsTheLinesRight) {
  TextDocument text("one\ntwo\nthree\n");
  text.replace(text.offsetAt({1, 1}, PositionEncoding::Utf16),
               text.offsetAt({2, 2}, PositionEncoding::Utf16), "X\nY");
  EXPECT_EQ(text.text(), "one\ntX\nYree\n");
  EXPECT_EQ(text.line(2), "Yree");
  EXPECT_EQ(text.lineCount(), 4u);
  EXPECT_EQ(text.offsetAt({2, 1}, PositionEncoding::Utf16), 8u);
}

}  // namespace
}  // namespace careerlint::lsp
