#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <valijson/constraints/concrete_constraints.hpp>
#include <vector>

#include "careerlint/document.h"
#include "careerlint/expected.h"
#include "careerlint/rule_meta.h"
#include "schema/walk.h"

namespace valijson {
class SchemaParser;
}

namespace careerlint::schema {

// careerlint's own schema keywords (x-careerlint-…): cross-field checks JSON Schema cannot
// express, declared in the schema with their parameters so that requirements change by
// editing the schema. Each is a valijson custom constraint; careerlint's walker calls
// check() with the node and a reporter that knows where the node is, and valijson's own
// validator reaches the same check through the node adapter.
class KeywordConstraint : public valijson::constraints::PolyConstraint {
 public:
  // Reports what it finds; the reporter remembers whether an error (not a warning) was among it.
  virtual void check(Reporter& reporter) const = 0;

  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override;
};

// valijson copies constraints into the schema through these two.
template <typename Derived>
class KeywordConstraintBase : public KeywordConstraint {
 private:
  valijson::constraints::Constraint* cloneInto(void* memory) const override {
    return new (memory) Derived(static_cast<const Derived&>(*this));
  }
  std::size_t sizeOf() const override { return sizeof(Derived); }
};

// The values of a subschema's `enum` or `const`, kept for messages ("did you mean …?"):
// valijson keeps them frozen, out of reach. Always valid.
class ValueAnnotation final : public KeywordConstraintBase<ValueAnnotation> {
 public:
  ValueAnnotation(std::string keyword, nlohmann::json value)
      : keyword_(std::move(keyword)), value_(std::move(value)) {}
  void check(Reporter&) const override {}
  const std::string& keyword() const { return keyword_; }
  const nlohmann::json& value() const { return value_; }

 private:
  std::string keyword_;
  nlohmann::json value_;
};

// One x-careerlint keyword: its name, its rule, how to check its parameters and how to build it.
struct KeywordDefinition {
  std::string_view name;
  RuleMeta (*ruleMeta)();
  // An error message when the parameters are unusable, or empty.
  std::string (*validateParameters)(const nlohmann::json& parameters);
  std::unique_ptr<KeywordConstraint> (*make)(const nlohmann::json& parameters);
};

// The keywords, sorted by name: one file each (breakdown_sum.cpp, …).
const std::vector<KeywordDefinition>& keywordDefinitions();
const KeywordDefinition* findKeyword(std::string_view name);

// Teaches a valijson parser careerlint's keywords and the enum/const annotations.
void registerKeywords(valijson::SchemaParser& parser);

KeywordDefinition breakdownSumKeyword();
KeywordDefinition orderedValuesKeyword();
KeywordDefinition computedTotalKeyword();
KeywordDefinition credentialFlagKeyword();
KeywordDefinition educationFlagsKeyword();
KeywordDefinition quotedFigureKeyword();
// The site's scoring arithmetic (scoring.cpp): one keyword per derived value.
std::vector<KeywordDefinition> scoringKeywords();

// The metadata of a rule that schema validation reports.
RuleMeta schemaRuleMeta(std::string id, std::string description, Severity severity,
                        std::vector<RuleMessage> messages);

// Helpers shared by the keywords.
std::string formatNumber(double value);
// Whether `term` occurs in `text` as a whole word (or its plural in -s), ignoring ASCII case.
bool containsWord(std::string_view text, std::string_view term);
// The same, for a text and a term already in ASCII lowercase (checks that scan many texts).
bool containsLowercaseWord(std::string_view text, std::string_view term);

}  // namespace careerlint::schema
