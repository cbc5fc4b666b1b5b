#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "careerlint/finding.h"

namespace careerlint {

// What a rule is, as data: its id, severity, options and messages. Every module that names rules
// (the schema's checks, configuration, reports) reads this; only the rules themselves and the
// engine see rule.h, the interface through which a rule looks at a document.

// ---- metadata --------------------------------------------------------------------------------

enum class OptionType : unsigned char {
  Boolean,
  Integer,
  String,
  StringList,
  SeverityMap,  // {key: error|warning|info|off}
};

// A rule option's value. SeverityMap values are severity names or "off".
using OptionValue = std::variant<bool, std::int64_t, std::string, std::vector<std::string>,
                                 std::map<std::string, std::string>>;

// Every member has a default, so that rules write designated initializers naming only what they
// set: `{.name = "min_length", .type = OptionType::Integer, .defaultValue = std::int64_t{3}, …}`.
struct RuleOption {
  std::string name = {};
  OptionType type = OptionType::Boolean;
  OptionValue defaultValue = {};
  std::string description = {};
  // A closed set, when the rule has one: the keys a SeverityMap may name, the values a String
  // may take. Empty: any. The option's JSON Schema (rules::ruleOptionsSchema) is built from it.
  std::vector<std::string> allowed = {};
};

struct RuleMessage {
  std::string id = {};           // stable: tests and suppressions may rely on it
  std::string description = {};  // what the message says, in a few words
};

// What kind of check produces a rule's findings.
enum class RuleKind : unsigned char {
  Editorial,  // a Rule subclass in src/rules/<id>.cpp
  Schema,     // produced by schema validation (src/schema)
  Input,      // produced while reading the file (YAML syntax, conversion)
  Engine,     // produced by the lint engine (suppressions)
};

// A rule's metadata as one designated initializer, `{.id = "…", .description = "…", …}`, in the
// members' order; what it leaves out keeps the default below.
struct RuleMeta {
  std::string id = {};
  std::string description = {};
  Severity defaultSeverity = Severity::Warning;
  bool fixable = false;
  bool crossFile = false;
  // Cross-file rules: the top-level keys checkProject reads. The engine keeps only these of
  // each document until every file was read.
  std::vector<std::string> projectKeys = {};
  bool recommended = true;  // on in `extends: recommended`; every rule is on in `strict`
  RuleKind kind = RuleKind::Editorial;
  std::vector<RuleOption> options = {};
  std::vector<RuleMessage> messages = {};
};

// The effective options of one rule for one file: configured values over the defaults.
class RuleOptions {
 public:
  RuleOptions() = default;
  RuleOptions(const RuleMeta* meta, std::map<std::string, OptionValue> values)
      : meta_(meta), values_(std::move(values)) {}

  bool boolean(std::string_view name) const;
  std::int64_t integer(std::string_view name) const;
  const std::string& string(std::string_view name) const;
  const std::vector<std::string>& strings(std::string_view name) const;
  const std::map<std::string, std::string>& severityMap(std::string_view name) const;

 private:
  const OptionValue& get(std::string_view name) const;
  const RuleMeta* meta_ = nullptr;
  std::map<std::string, OptionValue> values_;
};

}  // namespace careerlint
