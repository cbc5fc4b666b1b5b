#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/expected.h"

namespace careerlint::yaml {

// The order keys should have in the mapping reached by `path` (its keys from the root, "[]" for
// a sequence's items); keys it does not name keep their order after those it names.
using KeyOrder = std::function<std::vector<std::string>(const std::vector<std::string>& path)>;

// The canonical layout of a YAML text (careerlint fmt): block style, two-space indentation,
// sequences indented under their key, quoting only where a plain scalar would read differently
// (or as something else to a YAML 1.1 reader), literal blocks for multi-line text, keys in
// `order`, one blank line where the file had one or more, a final newline; the byte order mark
// and the line endings (LF or CRLF) as the file had them.
//
// Every comment is kept with the key or item it belongs to: own-line comments (banners, section
// separators) before it, end-of-line comments after its value. Anchors and aliases stay
// anchors and aliases.
//
// Safe by construction: the result is parsed again and must hold the same data (same tree, same
// scalar values and kinds) and the same comments, and formatting it again must change nothing;
// otherwise, and for what fmt does not format (several documents, directives, syntax errors, a
// scalar root), an Error says why and where.
Expected<std::string> formatYaml(std::string_view text, const KeyOrder& order = {});

// The comments of a YAML text, each from its '#' to the end of its line, in text order (for
// tests and for the safety check).
Expected<std::vector<std::string>> yamlComments(std::string_view text);

}  // namespace careerlint::yaml
