#pragma once

#include <cstdint>

namespace careerlint {

// A place in a source text. Lines and columns are 1-based; columns count Unicode code points,
// which is what editors, GitHub and SARIF (columnKind "unicodeCodePoints") expect. 0 = unknown.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t offset = 0;  // byte offset from the start of the text

  friend bool operator==(const Position&, const Position&) = default;
};

// A half-open range [begin, end) in a source text.
struct Span {
  Position begin;
  Position end;

  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace careerlint
