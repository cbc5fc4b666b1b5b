#pragma once

#include <cstddef>
#include <string_view>

#include "careerlint/document.h"
#include "util/strings.h"

// Small text and record helpers shared by several editorial rules. Header-only: src/rules/*.cpp
// are rules, one per file (tests/rules/registry_test.cpp checks that).
namespace careerlint::rules::vocabulary {

inline bool isAsciiLetter(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isAsciiDigit(char c) noexcept { return c >= '0' && c <= '9'; }
inline char asciiLower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
// Whether a word continues at text[at] (forward) or ends right before `at` (backward): letters,
// digits, apostrophes, hyphens and non-ASCII letters continue a word; a character of
// U+2000–U+2FFF (lead byte 0xE2: dashes, curly quotes, bullets) does not.
inline bool isWordLead(unsigned char lead) noexcept {
  return isAsciiLetter(static_cast<char>(lead)) || isAsciiDigit(static_cast<char>(lead)) ||
         lead == '\'' || lead == '-' || (lead >= 0xC0 && lead != 0xE2);
}
inline bool wordContinuesAt(std::string_view text, std::size_t at) noexcept {
  return at < text.size() && isWordLead(static_cast<unsigned char>(text[at]));
}
inline bool wordEndsBefore(std::string_view text, std::size_t at) noexcept {
  while (at > 0 && (static_cast<unsigned char>(text[at - 1]) & 0xC0) == 0x80)
    --at;  // UTF-8 continuation bytes
  return at == 0 || !isWordLead(static_cast<unsigned char>(text[at - 1]));
}

// Position of `needle` in `text` at or after `from`, ASCII case-insensitive, as a whole word
// (no word byte right before or after it); npos when absent.
inline std::size_t findWord(std::string_view text, std::string_view needle,
                            std::size_t from = 0) noexcept {
  if (needle.empty()) return std::string_view::npos;
  for (std::size_t at = from; at + needle.size() <= text.size(); ++at) {
    if (asciiLower(text[at]) != asciiLower(needle[0])) continue;
    if (!strings::equalsIgnoreCase(text.substr(at, needle.size()), needle)) continue;
    if (wordEndsBefore(text, at) && !wordContinuesAt(text, at + needle.size())) return at;
  }
  return std::string_view::npos;
}

// A string value of the mapping at `key`, or null when absent, not a string or blank.
inline const Node* stringAt(const Node* mapping, std::string_view key) noexcept {
  if (!mapping || !mapping->isMapping()) return nullptr;
  const Node* value = mapping->get(key);
  return value && value->isString() && !strings::trim(value->text()).empty() ? value : nullptr;
}

// The site's hand-written record (manual-careers/*.yaml) rather than the career model.
inline bool isManualRecord(const Node* root) noexcept {
  if (!root || !root->isMapping() || root->get("schema_version")) return false;
  if (const Node* source = stringAt(root, "data_source"); source && source->text() == "manual")
    return true;
  return root->get("name") &&
         (root->get("id") || root->get("source_citations") || root->get("wages"));
}

// The career's title: `title` in the career model, `name` in the site's hand-written records.
inline const Node* recordTitle(const Node* root) noexcept {
  if (const Node* title = stringAt(root, "title")) return title;
  return root && !root->get("schema_version") ? stringAt(root, "name") : nullptr;
}

// The career model converted from a page (it keeps the page's layout under `page`).
inline bool hasPageLayout(const Node* root) noexcept {
  const Node* page = child(root, "page");
  return page && page->isMapping();
}

}  // namespace careerlint::rules::vocabulary
