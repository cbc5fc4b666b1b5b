#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace careerlint::lsp {

// How a client counts the `character` of a position (LSP 3.17 `positionEncoding`): UTF-8 bytes,
// or UTF-16 code units, the protocol's default. careerlint's own spans count code points.
enum class PositionEncoding : unsigned char { Utf8, Utf16 };

std::string_view encodingName(PositionEncoding encoding) noexcept;  // "utf-8", "utf-16"

// A zero-based LSP position.
struct LspPosition {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend bool operator==(const LspPosition&, const LspPosition&) = default;
};

// The text of an open document and where its lines start, for converting between byte
// offsets, careerlint's line:column (code points) and LSP positions. Lines end at '\n'; a '\r'
// before it belongs to no column a position can name.
class TextDocument {
 public:
  TextDocument() { setText({}); }
  explicit TextDocument(std::string text) { setText(std::move(text)); }

  const std::string& text() const noexcept { return text_; }
  void setText(std::string text);
  // Replaces the bytes [begin, end) (an incremental change).
  void replace(std::size_t begin, std::size_t end, std::string_view replacement);

  std::size_t lineCount() const noexcept { return lineStarts_.size(); }
  // The line's text without its line ending; empty past the end.
  std::string_view line(std::size_t zeroBasedLine) const noexcept;

  // The byte offset a client's position names, clamped to the line (and the text).
  std::size_t offsetAt(LspPosition position, PositionEncoding encoding) const noexcept;
  LspPosition positionAt(std::size_t offset, PositionEncoding encoding) const noexcept;
  // careerlint's 1-based line and code-point column; line 0 (unknown) is the start.
  LspPosition fromLineColumn(std::uint32_t line, std::uint32_t column,
                             PositionEncoding encoding) const noexcept;

 private:
  std::string text_;
  std::vector<std::size_t> lineStarts_;
};

}  // namespace careerlint::lsp
