#pragma once

#include <cstddef>
#include <string_view>

#include "careerlint/document.h"
#include "util/strings.h"
#include "util/words.h"

// Record helpers shared by several editorial rules, and their idea of a word.
namespace careerlint::rules::vocabulary {

// The vocabulary rules' words: hyphenated and apostrophe words are one word ("full-time").
inline bool wordEndsBefore(std::string_view text, std::size_t at) noexcept {
  return words::wordEndsBefore(text, at, words::WordChars::Joined);
}
inline std::size_t findWord(std::string_view text, std::string_view needle,
                            std::size_t from = 0) noexcept {
  return words::findWholeWord(text, needle, from, words::WordChars::Joined);
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
