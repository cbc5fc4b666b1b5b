#include "careerlint/node_json.h"

#include <string>

namespace careerlint {

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

}  // namespace careerlint
