#include <nlohmann/json.hpp>

#include "careerlint/convert.h"

namespace careerlint {

namespace {

void collect(const Node* node, std::string& pointer, nlohmann::ordered_json& entries) {
  if (!node) return;
  entries.push_back({{"pointer", pointer}, {"line", node->span().begin.line}, {"column", node->span().begin.column}});
  const std::size_t length = pointer.size();
  if (node->isMapping()) {
    for (const Node::Member& member : node->members()) {
      appendPointerToken(pointer, member.key->text());
      collect(member.value, pointer, entries);
      pointer.resize(length);
    }
  } else if (node->isSequence()) {
    std::size_t index = 0;
    for (const Node* item : node->items()) {
      pointer += "/" + std::to_string(index++);
      collect(item, pointer, entries);
      pointer.resize(length);
    }
  }
}

}  // namespace

std::string sourceMapJson(const Document& document, std::string_view file) {
  nlohmann::ordered_json map;
  map["version"] = 1;
  map["file"] = std::string(file);
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  std::string pointer;
  collect(document.root(), pointer, entries);
  map["entries"] = std::move(entries);
  return map.dump(2) + "\n";
}

}  // namespace careerlint
