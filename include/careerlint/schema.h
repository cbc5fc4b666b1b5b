#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/document.h"
#include "careerlint/expected.h"
#include "careerlint/finding.h"
#include "careerlint/rule_meta.h"

namespace careerlint {

// A compiled JSON Schema (draft-07) with careerlint's x-careerlint-… keywords
// (docs/schemas.md). Compiled once, then shared: copies are cheap, and validating against the
// same schema from several threads is safe.
class Schema {
 public:
  // Configuration and the command line name a built-in schema "builtin:<name>"
  // ("builtin:career"); a built-in schema's name() is "builtin:<file>"
  // ("builtin:career.schema.json").
  static constexpr std::string_view kBuiltinPrefix = "builtin:";

  // `name` names the schema in messages (its path, usually).
  static Expected<Schema> fromText(std::string_view json, std::string_view name);
  static Expected<Schema> fromFile(const std::string& path);

  // The schemas compiled into the binary (schemas/*.schema.json).
  static const Schema& career();        // the career model (docs/career-model.md)
  static const Schema& manualCareer();  // the site's hand-written career records
  // By name: "career" or "manual-career"; null for any other name.
  static const Schema* builtin(std::string_view name);
  static std::span<const std::string_view> builtinNames();
  // The JSON text of a built-in schema ("career", "manual-career"); empty for any other name.
  static std::string_view builtinText(std::string_view name);

  const std::string& name() const noexcept;

  struct Impl;
  const Impl& impl() const noexcept { return *impl_; }

 private:
  // `checked`: run the safety checks (depth, $ref chains, patterns, keyword parameters) that
  // guard valijson against a hostile schema. Off only for the built-in schemas, which a test
  // passes through those checks: skipping them halves the start-up of a one-file run.
  static Expected<Schema> compile(std::string_view json, std::string_view name, bool checked);
  static Schema compileBuiltin(std::string_view file);

  explicit Schema(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// The built-in schema a document is written for: a mapping with `schema_version` is the
// career model; one with `data_source: manual` or the manual template's own keys is a
// hand-written record; anything else is checked as the career model.
const Schema& chooseBuiltinSchema(const Document& document);

// Reports every way `document` breaks `schema`: rule `schema` (message id = the keyword) for
// standard keywords, each x-careerlint keyword's own rule for the cross-field checks. Every
// finding has the JSON pointer and the span of the offending node (for a missing key: the
// mapping that lacks it); findings arrive sorted by position.
// `options`, when given, tells the options configured for a schema rule (by rule id; null for
// the rule's defaults): e.g. the vocabulary human-advantage-category accepts.
using SchemaRuleOptions = std::function<const RuleOptions*(std::string_view ruleId)>;
void validate(const Document& document, const Schema& schema, std::string_view file,
              FindingSink& sink, const SchemaRuleOptions& options = {});

// The rules schema validation reports, for the catalogue of rule ids (src/catalog): `schema`
// (the standard keywords) and one rule per x-careerlint keyword, sorted by id.
const std::vector<RuleMeta>& schemaRuleMetas();

}  // namespace careerlint
