#pragma once

// Text helpers shared by the text rules (placeholder-text, boilerplate-in-content,
// bullet-artifact, whitespace-and-punctuation).
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "careerlint/document.h"
#include "rules/support/rule_util.h"
#include "util/utf8.h"
#include "util/words.h"

namespace careerlint::rules::text {

// The converter's career model (a raw page, or its YAML) rather than one of the site's records.
inline bool isCareerModel(const Node* root) {
  return root && root->isMapping() && (root->get("schema_version") || root->get("page"));
}

// Values the converter derives from other values of the career model: the slug from the title,
// the factors and explanation from the rationale, the time breakdown from the first paragraph,
// the certifications from the prose, a related career's slug from its title. A problem in the
// source value would be reported again, at the same page column, through each of them.
inline bool isDerivedPointer(std::string_view pointer) {
  static constexpr std::array<std::string_view, 5> kPrefixes = {
      "/ai_assessment/factors", "/ai_assessment/explanation", "/inside_look/time_breakdown",
      "/education/certifications", "/slug"};
  for (std::string_view prefix : kPrefixes) {
    if (pointer.starts_with(prefix) &&
        (pointer.size() == prefix.size() || pointer[prefix.size()] == '/'))
      return true;
  }
  return pointer.starts_with("/related_careers/") && pointer.ends_with("/slug");
}

// Every string the page shows or the record holds as content, with its pointer: forEachString
// without page layout, unplaced lines and (in the career model) derived values.
template <typename Visit>
void forEachContentString(const Node* root, Visit&& visit) {
  const bool model = isCareerModel(root);
  forEachString(root, [&](const Node& node, const std::string& pointer) {
    if (model && isDerivedPointer(pointer)) return;
    visit(node, pointer);
  });
}

namespace detail {

inline Span spanAt(Position start, std::string_view before, std::string_view part) {
  Span span;
  span.begin = start;
  span.begin.column += static_cast<std::uint32_t>(utf8::codePointCount(before));
  span.begin.offset += static_cast<std::uint32_t>(before.size());
  span.end = span.begin;
  span.end.column += static_cast<std::uint32_t>(utf8::codePointCount(part));
  span.end.offset += static_cast<std::uint32_t>(part.size());
  return span;
}

// A single-line quoted scalar whose text sits unchanged between its quotes (no escapes).
inline std::optional<Span> inQuotes(const SourceFile& file, const Node& node,
                                    std::string_view part) {
  const Span& span = node.span();
  const std::string_view source = file.text;
  const std::string_view text = node.text();
  const std::size_t begin = span.begin.offset;
  if (node.style() != ScalarStyle::DoubleQuoted && node.style() != ScalarStyle::SingleQuoted)
    return std::nullopt;
  if (span.begin.line != span.end.line || begin + text.size() + 2 > source.size())
    return std::nullopt;
  const char quote = source[begin];
  if ((quote != '"' && quote != '\'') || source.substr(begin + 1, text.size()) != text ||
      source[begin + 1 + text.size()] != quote) {
    return std::nullopt;
  }
  Position start = span.begin;
  start.column += 1;
  start.offset += 1;
  const auto before = static_cast<std::size_t>(part.data() - text.data());
  return spanAt(start, text.substr(0, before), part);
}

// A literal block scalar ("|") whose lines sit unchanged under its indentation.
inline std::optional<Span> inLiteralBlock(const SourceFile& file, const Node& node,
                                          std::string_view part) {
  if (node.style() != ScalarStyle::Literal) return std::nullopt;
  const std::string_view source = file.text;
  const std::string_view text = node.text();
  std::size_t at = node.span().begin.offset;  // the "|" and its header
  const std::size_t headerEnd = source.find('\n', at);
  if (headerEnd == std::string_view::npos) return std::nullopt;
  const std::string_view header = source.substr(at, headerEnd - at);
  if (header.find_first_of("123456789") != std::string_view::npos)
    return std::nullopt;  // explicit indentation
  at = headerEnd + 1;
  std::uint32_t line = node.span().begin.line + 1;
  std::size_t indent = std::string_view::npos;
  const auto partBegin = static_cast<std::size_t>(part.data() - text.data());
  std::size_t textLine = 0;
  while (textLine < text.size()) {
    std::size_t textEnd = text.find('\n', textLine);
    if (textEnd == std::string_view::npos) textEnd = text.size();
    const std::string_view content = text.substr(textLine, textEnd - textLine);
    std::size_t sourceEnd = source.find('\n', at);
    if (sourceEnd == std::string_view::npos) sourceEnd = source.size();
    std::string_view sourceLine = source.substr(at, sourceEnd - at);
    if (!sourceLine.empty() && sourceLine.back() == '\r') sourceLine.remove_suffix(1);
    if (!content.empty()) {
      if (indent == std::string_view::npos) indent = sourceLine.find_first_not_of(' ');
      if (indent == std::string_view::npos || sourceLine.size() < indent ||
          sourceLine.substr(indent) != content) {
        return std::nullopt;
      }
    }
    if (partBegin >= textLine && partBegin + part.size() <= textEnd) {
      if (content.empty()) return std::nullopt;
      const Position start{line, static_cast<std::uint32_t>(indent + 1),
                           static_cast<std::uint32_t>(at + indent)};
      return spanAt(start, content.substr(0, partBegin - textLine), part);
    }
    if (sourceEnd >= source.size()) return std::nullopt;
    at = sourceEnd + 1;
    ++line;
    textLine = textEnd + 1;
  }
  return std::nullopt;
}

}  // namespace detail

// Where `part` (a view into node.text()) is in the file: exact for raw-page values and for YAML
// scalars of every style (spanWithin maps through escapes, '' and folding); the quoted and literal
// readers below are for what that map does not follow; the value's own span otherwise.
inline Span locate(const SourceFile& file, const Node& node, std::string_view part) {
  if (isVerbatim(file, node)) return spanWithin(file, node, part);
  if (const Span mapped = spanWithin(file, node, part); mapped != node.span()) return mapped;
  if (auto span = detail::inQuotes(file, node, part)) return *span;
  if (auto span = detail::inLiteralBlock(file, node, part)) return *span;
  return node.span();
}

// A value for a message: the text cut to at most `limit` bytes (at a word or code point boundary)
// with "…".
inline std::string excerpt(std::string_view text, std::size_t limit = 60) {
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  // At a word's end when there is one in the second half.
  if (const std::size_t space = text.rfind(' ', cut);
      space != std::string_view::npos && space > limit / 2)
    cut = space;
  return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace careerlint::rules::text
