#include "schema/json_conversion.h"

#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>

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

nlohmann::json nodeToJson(const Node* node) {
  if (!node) return nlohmann::json::object();
  switch (node->kind()) {
    case NodeKind::Null:
      return nullptr;
    case NodeKind::Boolean:
      return node->boolean();
    case NodeKind::Integer:
      return node->integer();
    case NodeKind::Float:
      return node->number();
    case NodeKind::String:
      return std::string(node->text());
    case NodeKind::Sequence: {
      nlohmann::json array = nlohmann::json::array();
      for (const Node* item : node->items()) array.push_back(nodeToJson(item));
      return array;
    }
    case NodeKind::Mapping: {
      nlohmann::json object = nlohmann::json::object();
      for (const Node::Member& member : node->members()) {
        object[std::string(member.key->text())] = nodeToJson(member.value);
      }
      return object;
    }
  }
  return nullptr;
}

valijson::adapters::FrozenValue* NodeValue::freeze() const {
  return new valijson::adapters::NlohmannJsonFrozenValue(nodeToJson(node_));
}

}  // namespace careerlint::schema
