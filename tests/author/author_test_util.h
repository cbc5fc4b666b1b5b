#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "careerlint/document.h"

namespace careerlint::testing {

// The 15 real manual-career records (tests/data/manual-careers, not the template).
std::vector<std::filesystem::path> manualRecords();

// Same data: kinds, scalar values, members in any order, items in order. "" when equal, else
// where they differ.
std::string dataDifference(const Node* a, const Node* b, const std::string& where = "");

// Each comment of a YAML text with the key it belongs to: the key on its own line for an
// end-of-line comment, the next key below it for an own-line comment ("" at the end).
std::vector<std::pair<std::string, std::string>> commentsWithKeys(const std::string& yaml);

}  // namespace careerlint::testing
