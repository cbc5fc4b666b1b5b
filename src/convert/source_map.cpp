#include <nlohmann/json.hpp>

#include "careerlint/convert.h"

namespace careerlint {

namespace {

// One entry per line: easy to read, to grep and to diff.
void collect(const Node* node, std::string& pointer, std::string& out) {
  if (!node) return;
  if (out.back() != '[') out += ",";
  out += "\n    {\"pointer\": " + nlohmann::json(pointer).dump() +
         ", \"line\": " + std::to_string(node->span().begin.line) +
         ", \"column\": " + std::to_string(node->span().begin.column) + "}";
  const std::size_t length = pointer.size();
  if (node->isMapping()) {
    for (const Node::Member& member : node->members()) {
      appendPointerToken(pointer, member.key->text());
      collect(member.value, pointer, out);
      pointer.resize(length);
    }
  } else if (node->isSequence()) {
    std::size_t index = 0;
    for (const Node* item : node->items()) {
      pointer += "/" + std::to_string(index++);
      collect(item, pointer, out);
      pointer.resize(length);
    }
  }
}

}  // namespace

std::string sourceMapJson(const Document& document, std::string_view file) {
  std::string out =
      "{\n  \"version\": 1,\n  \"file\": " + nlohmann::json(std::string(file)).dump() +
      ",\n  \"entries\": [";
  std::string pointer;
  collect(document.root(), pointer, out);
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace careerlint
