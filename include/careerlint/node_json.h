#pragma once

#include <nlohmann/json.hpp>

#include "careerlint/document.h"

namespace careerlint {

// A node as JSON (what a JSON Schema validator and the YAML test suite's expectations see).
// A null pointer (no node at all) is an empty object.
nlohmann::json nodeToJson(const Node* node);

}  // namespace careerlint
