// x-careerlint-sum (rule computed-total): a stored total equals the sum of its parts, e.g.
// ai_assessment.scoring.totalScore = exposurePoints + growthPoints + humanAdvantagePoints.
//
//   "x-careerlint-sum": {"total": "totalScore", "parts": ["exposurePoints", "growthPoints"]}
//
// The check runs only when the total and every part are numbers (other keywords report the rest).

#include <cmath>
#include <string>
#include <vector>

#include "schema/keyword.h"

namespace careerlint::schema {

namespace {

constexpr std::string_view kRule = "computed-total";

std::string validateParameters(const nlohmann::json& p) {
  if (!p.is_object()) return "the parameters must be an object";
  for (const auto& [key, value] : p.items()) {
    if (key == "total") {
      if (!value.is_string() || value.get<std::string>().empty()) {
        return "\"total\" must be the key of the total";
      }
    } else if (key == "parts") {
      if (!value.is_array() || value.empty()) return "\"parts\" must list the keys of the parts";
      for (const nlohmann::json& name : value) {
        if (!name.is_string() || name.get<std::string>().empty()) {
          return "\"parts\" must hold non-empty strings";
        }
      }
    } else {
      return "unknown parameter \"" + key + "\" (known: total, parts)";
    }
  }
  if (!p.contains("total") || !p.contains("parts")) return "\"total\" and \"parts\" are required";
  return {};
}

class SumConstraint final : public KeywordConstraintBase<SumConstraint> {
 public:
  SumConstraint(std::string total, std::vector<std::string> parts)
      : total_(std::move(total)), parts_(std::move(parts)) {}

  void check(Reporter& r) const override {
    const Node& node = r.node();
    if (!node.isMapping()) return;
    const Node* total = node.get(total_);
    if (!total || !total->isNumber()) return;
    double sum = 0;
    std::string terms;
    for (const std::string& key : parts_) {
      const Node* part = node.get(key);
      if (!part || !part->isNumber()) return;
      sum += part->number();
      if (!terms.empty()) terms += " + ";
      terms += key + " " + std::string(part->text());
    }
    if (std::fabs(sum - total->number()) <= 1e-9) return;
    std::string relative;
    appendPointerToken(relative, total_);
    r.error(kRule, "totalMismatch", *total, relative,
            std::string(total->text()) + " is not the sum of its parts: " + terms + " = " +
                formatNumber(sum));
  }

 private:
  std::string total_;
  std::vector<std::string> parts_;
};

std::unique_ptr<KeywordConstraint> make(const nlohmann::json& p) {
  return std::make_unique<SumConstraint>(p.at("total").get<std::string>(),
                                         p.at("parts").get<std::vector<std::string>>());
}

RuleMeta sumRuleMeta() {
  return schemaRuleMeta(std::string(kRule), "A stored total is not the sum of its parts",
                        Severity::Error,
                        {{"totalMismatch", "the total is not the sum of its parts"}});
}

}  // namespace

KeywordDefinition computedTotalKeyword() {
  return {"x-careerlint-sum", sumRuleMeta, validateParameters, make};
}

}  // namespace careerlint::schema
