// x-careerlint-ordered (rule ordered-values): values of a mapping never decrease in the order
// given, e.g. wage percentiles pct_10 ≤ pct_25 ≤ median ≤ pct_75 ≤ pct_90.
//
//   "x-careerlint-ordered": {"keys": ["min_years", "typical_years", "max_years"], "strict": false}
//
// Missing, null and non-numeric values are skipped (other keywords report them); each value is
// compared with the closest earlier value present. `strict` forbids equal neighbours.

#include <string>
#include <vector>

#include "schema/keyword.h"

namespace careerlint::schema {

namespace {

constexpr std::string_view kRule = "ordered-values";

std::string validateParameters(const nlohmann::json& p) {
  if (!p.is_object()) return "the parameters must be an object";
  for (const auto& [key, value] : p.items()) {
    if (key == "keys") {
      if (!value.is_array() || value.size() < 2) return "\"keys\" must list at least two keys";
      for (const nlohmann::json& name : value) {
        if (!name.is_string() || name.get<std::string>().empty()) {
          return "\"keys\" must hold non-empty strings";
        }
      }
    } else if (key == "strict") {
      if (!value.is_boolean()) return "\"strict\" must be true or false";
    } else {
      return "unknown parameter \"" + key + "\" (known: keys, strict)";
    }
  }
  if (!p.contains("keys")) return "\"keys\" is required";
  return {};
}

class OrderedConstraint final : public KeywordConstraintBase<OrderedConstraint> {
 public:
  OrderedConstraint(std::vector<std::string> keys, bool strict)
      : keys_(std::move(keys)), strict_(strict) {}

  void check(Reporter& r) const override {
    const Node& node = r.node();
    if (!node.isMapping()) return;
    const Node* previous = nullptr;
    std::string_view previousKey;
    for (const std::string& key : keys_) {
      const Node* value = node.get(key);
      if (!value || !value->isNumber()) continue;
      if (previous) {
        const double before = previous->number();
        const double now = value->number();
        if (now < before || (strict_ && now == before)) {
          std::string relative;
          appendPointerToken(relative, key);
          r.error(kRule, "outOfOrder", *value, relative,
                  std::string(value->text()) + (now < before ? " is less than " : " equals ") +
                      std::string(previousKey) + " (" + std::string(previous->text()) +
                      "); expected " + chain());
        }
      }
      previous = value;
      previousKey = key;
    }
  }

 private:
  std::string chain() const {
    std::string out;
    for (const std::string& key : keys_) {
      if (!out.empty()) out += strict_ ? " < " : " ≤ ";
      out += key;
    }
    return out;
  }

  std::vector<std::string> keys_;
  bool strict_;
};

std::unique_ptr<KeywordConstraint> make(const nlohmann::json& p) {
  return std::make_unique<OrderedConstraint>(p.at("keys").get<std::vector<std::string>>(),
                                             p.value("strict", false));
}

RuleMeta orderedRuleMeta() {
  return schemaRuleMeta(std::string(kRule),
                        "Values that must not decrease (percentiles, min ≤ max) do",
                        Severity::Error, {{"outOfOrder", "a value is less than the one before"}});
}

}  // namespace

KeywordDefinition orderedValuesKeyword() {
  return {"x-careerlint-ordered", orderedRuleMeta, validateParameters, make};
}

}  // namespace careerlint::schema
