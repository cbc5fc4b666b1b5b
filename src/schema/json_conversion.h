#pragma once

#include <nlohmann/json.hpp>

#include "careerlint/document.h"

namespace valijson::adapters {
class Adapter;
}

namespace careerlint::schema {

// Any valijson adapter's value (a schema's keyword parameters) as JSON.
nlohmann::json adapterToJson(const valijson::adapters::Adapter& value);

// A document node as JSON (for the rare valijson call that needs a copy of a value).
nlohmann::json nodeToJson(const Node* node);

}  // namespace careerlint::schema
