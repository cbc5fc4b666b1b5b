#include "schema/keyword.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <valijson/constraint_builder.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>

#include "schema/json_conversion.h"
#include "schema/node_adapter.h"
#include "util/strings.h"
#include "util/words.h"

namespace careerlint::schema {

bool KeywordConstraint::validate(const valijson::adapters::Adapter& target,
                                 const std::vector<std::string>& /*context*/,
                                 valijson::ValidationResults* results) const {
  // Only careerlint's documents carry the positions the checks report; other adapters pass.
  const auto* adapter = dynamic_cast<const NodeAdapter*>(&target);
  if (!adapter || !adapter->node()) return true;
  Reporter reporter(nullptr, *adapter->node(), nullptr);
  check(reporter);
  if (reporter.foundError() && results) {
    results->pushError({}, "careerlint keyword check failed");
  }
  return !reporter.foundError();
}

namespace {

class KeywordBuilder final : public valijson::ConstraintBuilder {
 public:
  explicit KeywordBuilder(const KeywordDefinition& definition) : definition_(definition) {}

  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override {
    const nlohmann::json parameters = adapterToJson(value);
    const std::string problem = definition_.validateParameters(parameters);
    // Schemas are checked before valijson parses them, so this only guards against misuse.
    if (!problem.empty()) throw std::runtime_error(std::string(definition_.name) + ": " + problem);
    return definition_.make(parameters).release();
  }

 private:
  const KeywordDefinition& definition_;
};

class AnnotationBuilder final : public valijson::ConstraintBuilder {
 public:
  explicit AnnotationBuilder(std::string keyword) : keyword_(std::move(keyword)) {}

  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override {
    return new ValueAnnotation(keyword_, adapterToJson(value));
  }

 private:
  std::string keyword_;
};

}  // namespace

const std::vector<KeywordDefinition>& keywordDefinitions() {
  static const std::vector<KeywordDefinition> definitions = [] {
    std::vector<KeywordDefinition> all = {breakdownSumKeyword(),   computedTotalKeyword(),
                                          credentialFlagKeyword(), educationFlagsKeyword(),
                                          orderedValuesKeyword(),  quotedFigureKeyword()};
    for (KeywordDefinition& scoring : scoringKeywords()) all.push_back(scoring);
    std::sort(all.begin(), all.end(), [](const KeywordDefinition& a, const KeywordDefinition& b) {
      return a.name < b.name;
    });
    return all;
  }();
  return definitions;
}

const KeywordDefinition* findKeyword(std::string_view name) {
  for (const KeywordDefinition& definition : keywordDefinitions()) {
    if (definition.name == name) return &definition;
  }
  return nullptr;
}

void registerKeywords(valijson::SchemaParser& parser) {
  // The parser owns and deletes the builders.
  for (const KeywordDefinition& definition : keywordDefinitions()) {
    parser.addConstraintBuilder(std::string(definition.name), new KeywordBuilder(definition));
  }
  parser.addConstraintBuilder("enum", new AnnotationBuilder("enum"));
  parser.addConstraintBuilder("const", new AnnotationBuilder("const"));
}

RuleMeta schemaRuleMeta(std::string id, std::string description, Severity severity,
                        std::vector<RuleMessage> messages) {
  RuleMeta meta;
  meta.id = std::move(id);
  meta.description = std::move(description);
  meta.defaultSeverity = severity;
  meta.kind = RuleKind::Schema;
  meta.messages = std::move(messages);
  return meta;
}

std::string formatNumber(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

bool containsLowercaseWord(std::string_view text, std::string_view term) {
  return words::containsLowercaseTerm(text, term);
}

bool containsWord(std::string_view text, std::string_view term) {
  return containsLowercaseWord(strings::toLower(text), strings::toLower(term));
}

}  // namespace careerlint::schema
