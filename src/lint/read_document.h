#pragma once

#include <optional>
#include <vector>

#include "careerlint/document.h"
#include "careerlint/finding.h"
#include "careerlint/rule.h"
#include "careerlint/yaml_loader.h"

namespace careerlint::lint {

// What reading one file's text produced: the document, and the findings made on the way (a
// page's conversion warnings; or, when the text is not a page or not YAML, the one input-format
// or yaml-syntax finding that says why, and no document).
struct ReadDocument {
  std::optional<Document> document;
  std::vector<Finding> findings;
};

// The one way careerlint turns a file's text into a Document: a page (.txt) through the
// converter, a record through the YAML loader under `limits` (the user's --max-* options).
// Checking, cross-file references and --fix's read-back all go through here, so they agree.
ReadDocument readDocument(const SourceFile& source, const YamlLimits& limits);

}  // namespace careerlint::lint
