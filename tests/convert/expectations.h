#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/document.h"

namespace careerlint::testing {

// Compares what the page generator says a page must convert to (tools/gen_pages.py's
// .expected.json, computed from the source record, never from the page) with the converter's
// document: every key the expectation names must be there with the same value. A `remainder:
// false` matches an absent key. Returns one line per difference.
std::vector<std::string> compareWithExpectation(const nlohmann::json& expected, const Node* actual);

// Line numbers of every scalar in the document (where each value came from on the page).
std::set<std::uint32_t> linesWithValues(const Node* root);

// Non-blank line numbers of a raw page.
std::vector<std::uint32_t> nonBlankLines(std::string_view text);

}  // namespace careerlint::testing
