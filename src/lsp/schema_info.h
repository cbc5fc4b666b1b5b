#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace careerlint::lsp {

// What a JSON Schema says about one place in a record, for hover and completion: the schemas
// that apply there ($ref followed, allOf/anyOf/oneOf branches merged).
struct SchemaFacts {
  std::string description;
  std::vector<std::string> types;       // "string", "null", …
  std::vector<nlohmann::json> values;   // enum and const values
  std::vector<std::string> properties;  // keys a mapping there may have, in schema order
};

class SchemaNavigator {
 public:
  explicit SchemaNavigator(nlohmann::json schema) : root_(std::move(schema)) {}
  // `tokens` are the unescaped JSON pointer tokens from the record's root; a list index may be
  // any number (every item has the same schema).
  SchemaFacts factsAt(const std::vector<std::string>& tokens) const;

 private:
  void expand(const nlohmann::json& schema, std::vector<const nlohmann::json*>& out,
              int depth) const;
  std::vector<const nlohmann::json*> at(const std::vector<std::string>& tokens) const;
  nlohmann::json root_;
};

// The JSON text of a built-in schema by its Schema::name() ("builtin:career.schema.json"), or
// null when `name` is not a built-in one.
const nlohmann::json* builtinSchemaJson(const std::string& name);

}  // namespace careerlint::lsp
