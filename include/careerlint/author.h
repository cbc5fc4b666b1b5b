#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "careerlint/document.h"
#include "careerlint/expected.h"

namespace careerlint {

// ---- render: a record as readers see it ---------------------------------------------------------

enum class RenderFormat { Text, Markdown, Html };

// "text", "markdown", "html"; nullopt for anything else.
std::optional<RenderFormat> parseRenderFormat(std::string_view name);

// A record (the career model or the site's hand-written manual-career record) as its page.
// Text is the page as the site's text extraction shows it (the converter's input): for a record
// that `convert` emitted, convertPage(renderRecord(record)) gives that record back, and for a page
// of the site renderRecord(convert(page)) gives the page back (with a final newline). Markdown is
// CommonMark; HTML is one self-contained, escaped preview page without scripts.
// Fails when the root is not a mapping or has no title.
Expected<std::string> renderRecord(const Document& record, RenderFormat format,
                                   std::string_view file);

// ---- fmt: the canonical layout -----------------------------------------------------------------

// The canonical layout of a file's text, by its kind: a YAML record (.yaml, .yml; key order from
// its schema, every comment kept, docs/authoring.md) or a raw page (.txt; only what is
// unambiguous: trailing white space, bullet glyphs, runs of blank lines, the final newline).
// The byte order mark and line endings stay as they were. Fails, with the place and the reason,
// when formatting could change what the file holds; the text is then to be left as it is.
Expected<std::string> formatText(std::string_view path, std::string_view text);

// The canonical layout of a raw page (see formatText).
Expected<std::string> formatPage(std::string_view text, std::string_view file);

// ---- new / init: scaffolds ----------------------------------------------------------------------

// A career-model record (or, with `manual`, a manual-career record) for `title`: every section
// the schema requires, with placeholders (TODO) where the editor must write, so that `careerlint
// lint` refuses it until they are filled.
std::string scaffoldRecord(std::string_view title, bool manual);

// A commented starter .careerlint.yaml.
std::string starterConfig();

}  // namespace careerlint
