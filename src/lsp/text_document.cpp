#include "lsp/text_document.h"

#include <algorithm>

#include "util/utf8.h"

namespace careerlint::lsp {

namespace {

// Code units of the character whose UTF-8 sequence starts with `lead`.
std::uint32_t unitsOf(unsigned char lead, std::size_t bytes, PositionEncoding encoding) noexcept {
  if (encoding == PositionEncoding::Utf8) return static_cast<std::uint32_t>(bytes);
  return lead >= 0xF0 && bytes == 4 ? 2 : 1;  // beyond the BMP: a surrogate pair
}

}  // namespace

std::string_view encodingName(PositionEncoding encoding) noexcept {
  return encoding == PositionEncoding::Utf8 ? "utf-8" : "utf-16";
}

void TextDocument::setText(std::string text) {
  text_ = std::move(text);
  lineStarts_.assign(1, 0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') lineStarts_.push_back(i + 1);
  }
}

void TextDocument::replace(std::size_t begin, std::size_t end, std::string_view replacement) {
  begin = std::min(begin, text_.size());
  end = std::clamp(end, begin, text_.size());
  text_.replace(begin, end - begin, replacement);
  // Only the lines from the change on move.
  const auto first = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), begin);
  lineStarts_.erase(first, lineStarts_.end());
  for (std::size_t i = begin; i < text_.size(); ++i) {
    if (text_[i] == '\n') lineStarts_.push_back(i + 1);
  }
}

std::string_view TextDocument::line(std::size_t zeroBasedLine) const noexcept {
  if (zeroBasedLine >= lineStarts_.size()) return {};
  const std::size_t begin = lineStarts_[zeroBasedLine];
  std::size_t end =
      zeroBasedLine + 1 < lineStarts_.size() ? lineStarts_[zeroBasedLine + 1] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

std::size_t TextDocument::offsetAt(LspPosition position, PositionEncoding encoding) const noexcept {
  if (position.line >= lineStarts_.size()) return text_.size();
  const std::string_view text = line(position.line);
  std::size_t byte = 0;
  std::uint32_t units = 0;
  while (byte < text.size() && units < position.character) {
    const auto lead = static_cast<unsigned char>(text[byte]);
    const std::size_t bytes = std::min(utf8::sequenceLength(lead), text.size() - byte);
    units += unitsOf(lead, bytes, encoding);
    byte += bytes;
  }
  return lineStarts_[position.line] + byte;
}

LspPosition TextDocument::positionAt(std::size_t offset, PositionEncoding encoding) const noexcept {
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  const auto lineIndex = static_cast<std::uint32_t>(after - lineStarts_.begin() - 1);
  const std::string_view text = line(lineIndex);
  const std::size_t within = std::min(offset - lineStarts_[lineIndex], text.size());
  std::uint32_t units = 0;
  for (std::size_t byte = 0; byte < within;) {
    const auto lead = static_cast<unsigned char>(text[byte]);
    const std::size_t bytes = std::min(utf8::sequenceLength(lead), text.size() - byte);
    units += unitsOf(lead, bytes, encoding);
    byte += bytes;
  }
  return {lineIndex, units};
}

LspPosition TextDocument::fromLineColumn(std::uint32_t line, std::uint32_t column,
                                         PositionEncoding encoding) const noexcept {
  if (line == 0) return {0, 0};
  if (line > lineStarts_.size()) return positionAt(text_.size(), encoding);
  const std::string_view text = this->line(line - 1);
  std::size_t byte = 0;
  std::uint32_t units = 0;
  for (std::uint32_t codePoint = 1; codePoint < column && byte < text.size(); ++codePoint) {
    const auto lead = static_cast<unsigned char>(text[byte]);
    const std::size_t bytes = std::min(utf8::sequenceLength(lead), text.size() - byte);
    units += unitsOf(lead, bytes, encoding);
    byte += bytes;
  }
  return {line - 1, units};
}

}  // namespace careerlint::lsp
