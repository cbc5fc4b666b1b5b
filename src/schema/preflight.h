#pragma once

// What careerlint checks in a schema's JSON before valijson compiles it: schemas are untrusted
// input (they come with the content in a pull request), and valijson recurses without limit.

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace careerlint::schema {

// Deeper JSON than this is refused: the built-in schemas are 10 levels deep.
inline constexpr std::size_t kMaxSchemaDepth = 64;
// Files one schema may pull in through $ref.
inline constexpr std::size_t kMaxReferencedFiles = 64;

// "" when `document` is nested at most kMaxSchemaDepth levels deep, else the problem.
std::string checkSchemaDepth(const nlohmann::json& document);

// Makes a schema read from `schemaFile` self-contained: every $ref naming another file is
// resolved against the directory of the file that holds it, must stay inside the directory
// tree of `schemaFile` (after following symbolic links), and is replaced by a local reference
// to a copy of that file under "definitions". URLs (http:, https:, file:, …) and absolute
// paths outside the tree are refused. Returns "" or the problem.
std::string bundleReferencedFiles(nlohmann::json& document,
                                  const std::filesystem::path& schemaFile);

// Checks every $ref of a self-contained schema: it must be local ("#…", a JSON pointer), point
// at something, and no chain of $ref may lead back to itself (valijson would recurse forever).
// Returns "" or the problem.
std::string checkLocalReferences(const nlohmann::json& document);

// Every `pattern` and `patternProperties` key must compile as careerlint matches them
// (util/regex.h: RE2, no lookaround or backreferences). Returns "" or the problem.
std::string checkPatterns(const nlohmann::json& document);

}  // namespace careerlint::schema
