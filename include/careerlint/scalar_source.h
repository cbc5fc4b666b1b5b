#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "careerlint/document.h"

namespace careerlint {

// Where each byte of a YAML scalar's value came from in its file: through escapes ("\t",
// "\u00e9"), '' in single quotes, line folding and block indentation. Built by reading the
// scalar's source again; when that does not give back exactly the node's value (a style this does
// not follow), there is no map and callers fall back to the node's span.
class ScalarSourceMap {
 public:
  static std::optional<ScalarSourceMap> build(std::string_view source, const Node& node);

  // The source bytes [begin, end) that value bytes [from, to) came from (from < to).
  std::pair<std::size_t, std::size_t> sourceRange(std::size_t from, std::size_t to) const;
  // The place in the file of value bytes [from, to): exact line, column and offset.
  Span spanOf(std::size_t from, std::size_t to) const;
  // True when value bytes [from, to) are the source bytes of sourceRange(from, to) one for one
  // (no escape, '' or fold among them): an edit there can replace the source bytes directly.
  bool verbatim(std::size_t from, std::size_t to) const;

  ScalarStyle style() const noexcept { return style_; }

 private:
  ScalarSourceMap() = default;
  Position positionAt(std::size_t offset) const;

  std::string_view source_;
  Position start_;  // the node's span begin: a known line and column to count from
  ScalarStyle style_ = ScalarStyle::Plain;
  std::vector<std::uint32_t> begin_;  // per value byte
  std::vector<std::uint32_t> end_;
};

// `text` written for the inside of a scalar of `style` where it replaces source bytes that are
// verbatim: escaped for double quotes, '' for single quotes; nullopt when it cannot be written
// there without changing the scalar's shape (a line break, or what would end a plain scalar), with
// the reason in `why`.
std::optional<std::string> encodeForScalar(std::string_view text, ScalarStyle style,
                                           std::string* why = nullptr);

}  // namespace careerlint
