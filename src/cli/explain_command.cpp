#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>

#include "catalog/catalog.h"
#include "cli/command.h"
#include "cli/diagnostics.h"
#include "rules/options_schema.h"
#include "util/strings.h"

namespace careerlint::cli {

namespace {

std::string joined(const nlohmann::json& values) {
  std::string text;
  for (const nlohmann::json& value : values)
    text +=
        (text.empty() ? "" : ", ") + (value.is_string() ? value.get<std::string>() : value.dump());
  return text;
}

// One option's schema in words: its type and the keys or values it allows.
std::string typeText(const nlohmann::json& option) {
  const std::string type = option.value("type", "");
  if (type == "array") return "list of " + option["items"].value("type", "") + "s";
  if (type == "object") {
    const nlohmann::json& levels = option["additionalProperties"].is_object()
                                       ? option["additionalProperties"]
                                       : option["properties"].begin().value();
    std::string text = "mapping of key to " + joined(levels["enum"]);
    if (option.contains("properties")) {
      std::vector<std::string> keys;
      for (const auto& entry : option["properties"].items()) keys.push_back(entry.key());
      text += "; keys: " + strings::join(keys, ", ");
    }
    return text;
  }
  if (option.contains("enum")) return type + ", one of " + joined(option["enum"]);
  return type;
}

// The options as the rule's options schema states them: what .careerlint.yaml is checked against.
void printOptions(const RuleMeta& meta, std::ostream& out) {
  if (meta.options.empty()) return;
  const nlohmann::json schema = nlohmann::json::parse(rules::ruleOptionsSchema(meta));
  out << "\n## Options (from the rule's options schema: what .careerlint.yaml is checked "
         "against)\n";
  for (const auto& [name, option] : schema["properties"].items()) {
    out << "- `" << name << "` (" << typeText(option) << "): " << option.value("description", "")
        << ". Default: `" << option["default"].dump() << "`.\n";
  }
  out << "No other options.\n";
}

}  // namespace

Command addExplainCommand(CLI::App& app) {
  auto id = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "explain", "Print a rule's documentation: what it finds, why, examples, options");
  sub->add_option("rule", *id, "The rule id (see `careerlint rules`)")->required();
  sub->footer("Exit codes: 0 printed; 2 no such rule, or bad arguments.");
  return Command{sub, [id](Io& io) {
                   const std::string_view doc = catalog::ruleDoc(*id);
                   if (doc.empty()) {
                     std::vector<std::string> ids;
                     for (const RuleMeta* meta : catalog::allRuleMetas()) ids.push_back(meta->id);
                     std::string message = "no rule " + strings::quoted(*id);
                     if (auto guess = strings::closestMatch(*id, ids))
                       message += "; did you mean " + strings::quoted(*guess) + "?";
                     printError(io.err, Error{{}, {}, message});
                     return 2;
                   }
                   io.out << doc;
                   if (const RuleMeta* meta = catalog::findRuleMeta(*id))
                     printOptions(*meta, io.out);
                   return 0;
                 }};
}

}  // namespace careerlint::cli
