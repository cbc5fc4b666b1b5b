#include "rules/options_schema.h"

#include <nlohmann/json.hpp>

namespace careerlint::rules {

namespace {

nlohmann::json toJson(const OptionValue& value) {
  return std::visit([](const auto& v) { return nlohmann::json(v); }, value);
}

nlohmann::json optionSchema(const RuleOption& option) {
  nlohmann::json schema = {{"description", option.description},
                           {"default", toJson(option.defaultValue)}};
  switch (option.type) {
    case OptionType::Boolean:
      schema["type"] = "boolean";
      break;
    case OptionType::Integer:
      schema["type"] = "integer";
      break;
    case OptionType::String:
      schema["type"] = "string";
      if (!option.allowed.empty()) schema["enum"] = option.allowed;
      break;
    case OptionType::StringList:
      schema["type"] = "array";
      schema["items"] = {{"type", "string"}};
      break;
    case OptionType::SeverityMap: {
      const nlohmann::json level = {{"enum", {"error", "warning", "info", "off"}}};
      schema["type"] = "object";
      if (option.allowed.empty()) {
        schema["additionalProperties"] = level;
      } else {
        schema["properties"] = nlohmann::json::object();
        for (const std::string& key : option.allowed) schema["properties"][key] = level;
        schema["additionalProperties"] = false;
      }
      break;
    }
  }
  return schema;
}

}  // namespace

std::string ruleOptionsSchema(const RuleMeta& meta) {
  nlohmann::json properties = nlohmann::json::object();
  for (const RuleOption& option : meta.options) properties[option.name] = optionSchema(option);
  const nlohmann::json schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                                 {"title", "options of rule " + meta.id},
                                 {"type", "object"},
                                 {"properties", std::move(properties)},
                                 {"additionalProperties", false}};
  return schema.dump(2);
}

}  // namespace careerlint::rules
