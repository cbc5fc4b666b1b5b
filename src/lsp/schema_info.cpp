#include "lsp/schema_info.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "careerlint/schema.h"
#include "util/strings.h"

namespace careerlint {
namespace lsp {

namespace {

constexpr int kMaxDepth = 32;  // $ref chains and nested combinators

void addUnique(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

void SchemaNavigator::expand(const nlohmann::json& schema, std::vector<const nlohmann::json*>& out,
                             int depth) const {
  if (!schema.is_object() || depth > kMaxDepth) return;
  if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
    const std::string target = ref->get<std::string>();
    if (target.starts_with("#")) {
      try {
        const nlohmann::json::json_pointer pointer(target.substr(1));
        if (root_.contains(pointer)) expand(root_.at(pointer), out, depth + 1);
      } catch (const nlohmann::json::exception&) {
        // a malformed reference names nothing
      }
    }
  }
  out.push_back(&schema);
  for (const char* combinator : {"allOf", "anyOf", "oneOf"}) {
    if (auto branches = schema.find(combinator); branches != schema.end() && branches->is_array()) {
      for (const nlohmann::json& branch : *branches) expand(branch, out, depth + 1);
    }
  }
}

std::vector<const nlohmann::json*> SchemaNavigator::at(
    const std::vector<std::string>& tokens) const {
  std::vector<const nlohmann::json*> current;
  expand(root_, current, 0);
  for (const std::string& token : tokens) {
    std::vector<const nlohmann::json*> next;
    for (const nlohmann::json* schema : current) {
      if (auto properties = schema->find("properties");
          properties != schema->end() && properties->is_object() && properties->contains(token)) {
        expand((*properties)[token], next, 0);
        continue;
      }
      if (auto items = schema->find("items"); items != schema->end()) {
        if (items->is_object()) expand(*items, next, 0);
        continue;
      }
      if (auto additional = schema->find("additionalProperties");
          additional != schema->end() && additional->is_object()) {
        expand(*additional, next, 0);
      }
    }
    current = std::move(next);
  }
  return current;
}

SchemaFacts SchemaNavigator::factsAt(const std::vector<std::string>& tokens) const {
  SchemaFacts facts;
  for (const nlohmann::json* schema : at(tokens)) {
    if (auto description = schema->find("description");
        facts.description.empty() && description != schema->end() && description->is_string()) {
      facts.description = description->get<std::string>();
    }
    if (auto type = schema->find("type"); type != schema->end()) {
      if (type->is_string()) addUnique(facts.types, type->get<std::string>());
      if (type->is_array()) {
        for (const nlohmann::json& one : *type) {
          if (one.is_string()) addUnique(facts.types, one.get<std::string>());
        }
      }
    }
    auto addValue = [&](const nlohmann::json& value) {
      if (std::find(facts.values.begin(), facts.values.end(), value) == facts.values.end())
        facts.values.push_back(value);
    };
    if (auto values = schema->find("enum"); values != schema->end() && values->is_array()) {
      for (const nlohmann::json& value : *values) addValue(value);
    }
    if (auto value = schema->find("const"); value != schema->end()) addValue(*value);
    if (auto properties = schema->find("properties");
        properties != schema->end() && properties->is_object()) {
      for (const auto& [key, ignored] : properties->items()) addUnique(facts.properties, key);
    }
  }
  return facts;
}

const nlohmann::json* builtinSchemaJson(const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, nlohmann::json> parsed;
  const std::optional<std::string_view> builtinFile =
      strings::afterPrefix(name, Schema::kBuiltinPrefix);
  if (!builtinFile) return nullptr;
  std::lock_guard lock(mutex);
  if (auto it = parsed.find(name); it != parsed.end()) return &it->second;
  // A built-in schema is named "builtin:<name>.schema.json" (Schema::name()).
  std::string_view file = *builtinFile;
  if (file.ends_with(".schema.json")) file.remove_suffix(std::string_view(".schema.json").size());
  const std::string_view text = Schema::builtinText(file);
  if (text.empty()) return nullptr;
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded()) return nullptr;
  return &parsed.emplace(name, std::move(json)).first->second;
}

}  // namespace lsp
}  // namespace careerlint
