#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "careerlint/document.h"
#include "careerlint/expected.h"

namespace careerlint {

// Bounds on what one YAML text may make the loader do. The defaults are far above any career
// page and far below what would hurt: a file beyond them is refused with an Error, never
// half-loaded.
struct YamlLimits {
  // Containers nested deeper than this are refused where the deepest one starts.
  std::size_t maxDepth = 256;
  // Alias uses (*name) in one document.
  std::size_t maxAliases = 10000;
  // Nodes the document would have if every alias were copied out ("billion laughs" guard).
  // Aliases are never copied: an alias is the same Node as its anchor.
  std::uint64_t maxExpandedNodes = 1'000'000;
  // Longest line, in bytes. Findings quote the offending line; a line of megabytes is a
  // generated or damaged file, not a career page.
  std::size_t maxLineLength = 1024 * 1024;
  // Bytes the parser may read past the last node it completed: the longest single value (a
  // text, or a flow collection […] / {…} with all it holds). libfyaml keeps every token of an
  // unfinished flow collection (hundreds of bytes each), so this bounds its memory: 10 MiB of
  // "[[[[…" took gigabytes before this limit.
  std::size_t maxLookahead = 256 * 1024;
};

// Why loadYaml refused a text, for callers that report problems under different message ids.
enum class YamlProblem : std::uint8_t {
  None,
  Syntax,        // not YAML: a syntax error, an alias with no anchor, a tag the value does not fit
  DuplicateKey,  // a key twice in one mapping
  Limit,         // beyond YamlLimits (nesting, aliases, expansion, line length, size)
  Encoding,      // UTF-16, UTF-32 or invalid UTF-8
  NulByte,       // a NUL byte: binary, not text
};

// Reads UTF-8 YAML text into careerlint's document tree: the first document of the stream
// (later ones are checked for syntax, not kept). Plain scalars resolve by the YAML 1.2 core
// schema, quoted and block scalars are strings, core tags (!!str, !!int, !!float, !!bool,
// !!null, !!map, !!seq) are honoured and other tags ignored. Every node has its begin and end.
// An empty text (or one with only comments) is a document whose root is null.
//
// Refused with an Error at the spot (line, column in code points, byte offset; the caller
// fills in Error::file): YAML syntax errors, duplicate mapping keys, undefined or recursive
// aliases, tags the value does not fit, the limits above, UTF-16/UTF-32 text, invalid UTF-8,
// NUL bytes. A UTF-8 byte order mark is skipped (it is not a column). When `problem` is given,
// it is set to why the text was refused (None when it was loaded).
Expected<Document> loadYaml(std::string_view text, const YamlLimits& limits = {},
                            YamlProblem* problem = nullptr);

}  // namespace careerlint
