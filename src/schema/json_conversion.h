#pragma once

#include <nlohmann/json.hpp>

#include "careerlint/document.h"

namespace valijson::adapters {
class Adapter;
}

namespace careerlint::schema {

// Any valijson adapter's value (a schema's keyword parameters) as JSON.
nlohmann::json adapterToJson(const valijson::adapters::Adapter& value);

}  // namespace careerlint::schema
