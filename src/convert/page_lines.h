#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "careerlint/span.h"

namespace careerlint::convert {

// One line of a raw page, trimmed, with where it sits in the original bytes.
struct PageLine {
  std::string_view text;     // trimmed; no line terminator
  std::uint32_t number = 0;  // 1-based
  std::uint32_t offset = 0;  // byte offset of text[0] in the file
  std::uint32_t column = 1;  // column (code points, 1-based) of text[0]
  // Deleting the bytes [removalBegin, removalEnd) removes the line with one line break.
  std::uint32_t removalBegin = 0;
  std::uint32_t removalEnd = 0;
};

// Splits on LF (a CR before it is dropped), trims each line. `base` is the byte offset of
// text[0] in the file (3 after a UTF-8 BOM).
std::vector<PageLine> splitPageLines(std::string_view text, std::uint32_t base);

// The span of `part`, which must be a view into line.text.
Span spanOf(const PageLine& line, std::string_view part);
inline Span spanOf(const PageLine& line) { return spanOf(line, line.text); }

// Emoji and the joiners/selectors that go with them, as they prefix the site's headings.
bool isEmojiCodePoint(char32_t cp) noexcept;
// The line without its leading emoji (and any space after them); `hadEmoji` says if there were any.
std::string_view stripEmojiPrefix(std::string_view line, bool* hadEmoji = nullptr);

// List item markers of extracted pages: "- •x" (the usual), "•x", "- x", "* x", "1. x".
// Returns the item text, or nullopt when the line is not a list item.
std::optional<std::string_view> stripBullet(std::string_view line);

}  // namespace careerlint::convert
