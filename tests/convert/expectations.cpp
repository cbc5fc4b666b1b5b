#include "convert/expectations.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace careerlint::testing {

namespace {

void compare(const nlohmann::json& expected, const Node* actual, const std::string& path,
             std::vector<std::string>& differences) {
  auto differ = [&](const std::string& what) { differences.push_back(path + ": " + what); };
  if (!actual) {
    differ("missing (expected " + expected.dump() + ")");
    return;
  }
  switch (expected.type()) {
    case nlohmann::json::value_t::object:
      if (!actual->isMapping())
        return differ("expected a mapping, got " + std::string(nodeKindName(actual->kind())));
      for (const auto& [key, value] : expected.items()) {
        if (key == "meta" && path.empty()) continue;  // about the fixture, not the page
        const Node* child = actual->get(key);
        if (!child && key == "remainder" && value == false) continue;
        compare(value, child, path + "/" + key, differences);
      }
      return;
    case nlohmann::json::value_t::array: {
      if (!actual->isSequence())
        return differ("expected a list, got " + std::string(nodeKindName(actual->kind())));
      if (actual->size() != expected.size()) {
        differ("expected " + std::to_string(expected.size()) + " items, got " +
               std::to_string(actual->size()));
      }
      const std::size_t n = std::min<std::size_t>(actual->size(), expected.size());
      for (std::size_t i = 0; i < n; ++i)
        compare(expected[i], actual->at(i), path + "/" + std::to_string(i), differences);
      return;
    }
    case nlohmann::json::value_t::string:
      if (!actual->isString() || actual->text() != expected.get<std::string>()) {
        differ("expected " + expected.dump() + ", got " +
               std::string(nodeKindName(actual->kind())) + " \"" + std::string(actual->text()) +
               "\"");
      }
      return;
    case nlohmann::json::value_t::boolean:
      if (actual->kind() != NodeKind::Boolean || actual->boolean() != expected.get<bool>()) {
        differ("expected " + expected.dump() + ", got \"" + std::string(actual->text()) + "\"");
      }
      return;
    case nlohmann::json::value_t::null:
      if (!actual->isNull()) differ("expected null, got \"" + std::string(actual->text()) + "\"");
      return;
    default:  // numbers
      if (!actual->isNumber() || std::fabs(actual->number() - expected.get<double>()) > 1e-9) {
        differ("expected " + expected.dump() + ", got \"" + std::string(actual->text()) + "\"");
      }
      return;
  }
}

void collectLines(const Node* node, std::set<std::uint32_t>& lines) {
  if (!node) return;
  if (node->isScalar()) {
    if (node->span().begin.line > 0) lines.insert(node->span().begin.line);
    return;
  }
  for (const Node* item : node->items()) collectLines(item, lines);
  for (const Node::Member& member : node->members()) collectLines(member.value, lines);
}

}  // namespace

std::vector<std::string> compareWithExpectation(const nlohmann::json& expected,
                                                const Node* actual) {
  std::vector<std::string> differences;
  compare(expected, actual, "", differences);
  return differences;
}

std::set<std::uint32_t> linesWithValues(const Node* root) {
  std::set<std::uint32_t> lines;
  collectLines(root, lines);
  return lines;
}

std::vector<std::uint32_t> nonBlankLines(std::string_view text) {
  std::vector<std::uint32_t> lines;
  std::uint32_t number = 1;
  bool blank = true;
  for (char c : text) {
    if (c == '\n') {
      if (!blank) lines.push_back(number);
      ++number;
      blank = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      blank = false;
    }
  }
  if (!blank) lines.push_back(number);
  return lines;
}

}  // namespace careerlint::testing
