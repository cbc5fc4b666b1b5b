#pragma once

#include <string>

#include "careerlint/document.h"

namespace careerlint {

// Canonical YAML: fixed key order (the tree's), block style, 2-space indent, quoting only where
// YAML needs it. Emitting a document loaded from canonical YAML gives the same bytes.
std::string emitCanonicalYaml(const Document& document);

}  // namespace careerlint
