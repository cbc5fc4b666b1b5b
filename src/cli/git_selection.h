#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>

#include "careerlint/expected.h"

namespace careerlint::cli {

// The files to lint for --changed-since REF (changed since the merge base of REF and HEAD,
// committed or not) or --staged (staged for commit): absolute paths, deleted files left out.
Expected<std::set<std::filesystem::path>> gitSelectedFiles(const std::optional<std::string>& since,
                                                           bool staged);

}  // namespace careerlint::cli
