#include "schema/json_conversion.h"

#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>

#include "careerlint/node_json.h"
#include "schema/node_adapter.h"

namespace careerlint::schema {

nlohmann::json adapterToJson(const valijson::adapters::Adapter& value) {
  if (value.isObject()) {
    nlohmann::json object = nlohmann::json::object();
    value.applyToObject(
        [&object](const std::string& key, const valijson::adapters::Adapter& member) {
          object[key] = adapterToJson(member);
          return true;
        });
    return object;
  }
  if (value.isArray()) {
    nlohmann::json array = nlohmann::json::array();
    value.applyToArray([&array](const valijson::adapters::Adapter& item) {
      array.push_back(adapterToJson(item));
      return true;
    });
    return array;
  }
  if (value.isString()) return value.getString();
  if (value.isBool()) return value.getBool();
  if (value.isInteger()) return value.getInteger();
  if (value.isDouble()) return value.getDouble();
  return nullptr;
}

valijson::adapters::FrozenValue* NodeValue::freeze() const {
  return new valijson::adapters::NlohmannJsonFrozenValue(nodeToJson(node_));
}

}  // namespace careerlint::schema
