#pragma once

#include <vector>

#include "careerlint/document.h"
#include "careerlint/finding.h"
#include "schema/walk.h"

namespace valijson {
class Subschema;
}

namespace careerlint::schema {

// Checks `node` against a compiled subschema. valijson decides each keyword on the node
// (through the node adapter); this walk follows the applicators (properties, items, allOf,
// anyOf/oneOf, if/then/else, …) itself so that every finding knows its node, JSON pointer and
// keyword, and so that a failed anyOf/oneOf reports only the branch that came closest.
// Findings go to `out`; without a list it only answers whether the node is valid, and stops
// at the first error.
bool evaluate(Walk& walk, const valijson::Subschema& subschema, const Node& node,
              std::vector<Finding>* out);

}  // namespace careerlint::schema
