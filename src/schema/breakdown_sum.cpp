// x-careerlint-breakdown (rule breakdown-sum): the parts of a breakdown add up to its total.
//
//   "x-careerlint-breakdown": {"total": 100, "share": "share", "remainder": "remainder",
//                              "tolerance": 0.001}
//
// On a list, each item is a mapping whose `share` key holds its part and whose `remainder` key
// (true) marks the one entry that takes what the others leave. On a mapping (no `share`), each
// value is a part. Everything but `total` is optional; `total` defaults to 100.

#include <cmath>
#include <string>
#include <vector>

#include "schema/keyword.h"
#include "util/strings.h"

namespace careerlint::schema {

namespace {

constexpr std::string_view kRule = "breakdown-sum";

struct Parameters {
  double total = 100;
  std::string share;      // empty: the node is a mapping of parts
  std::string remainder;  // empty: no remainder entry
  double tolerance = 0.001;
};

std::string validateParameters(const nlohmann::json& p) {
  if (!p.is_object()) return "the parameters must be an object";
  for (const auto& [key, value] : p.items()) {
    if (key == "total" || key == "tolerance") {
      if (!value.is_number()) return "\"" + key + "\" must be a number";
    } else if (key == "share" || key == "remainder") {
      if (!value.is_string() || value.get<std::string>().empty()) {
        return "\"" + key + "\" must be a non-empty string (a key of the list's items)";
      }
    } else {
      return "unknown parameter \"" + key + "\" (known: total, share, remainder, tolerance)";
    }
  }
  if (p.contains("total") && p["total"].get<double>() <= 0) return "\"total\" must be above 0";
  if (p.contains("remainder") && !p.contains("share")) {
    return "\"remainder\" applies to lists of entries, which need \"share\"";
  }
  return {};
}

struct Part {
  const Node* value;     // the number, or null when the entry has none
  std::string relative;  // pointer to the value from the breakdown
};

class BreakdownConstraint final : public KeywordConstraintBase<BreakdownConstraint> {
 public:
  explicit BreakdownConstraint(Parameters parameters) : p_(std::move(parameters)) {}

  void check(Reporter& r) const override {
    std::vector<Part> parts;
    const Node* remainder = nullptr;
    std::string remainderRelative;
    const Node& node = r.node();
    if (!p_.share.empty()) {
      if (!node.isSequence()) return;
      const auto items = node.items();
      for (std::size_t i = 0; i < items.size(); ++i) {
        const Node* item = items[i];
        if (!item->isMapping()) return;  // the item's type is the schema's to report
        const std::string relative = "/" + std::to_string(i);
        const Node* flag = p_.remainder.empty() ? nullptr : item->get(p_.remainder);
        if (flag && flag->kind() == NodeKind::Boolean && flag->boolean()) {
          if (remainder) {
            r.error(kRule, "multipleRemainders", *item, relative,
                    "only one entry can take the remainder, and " + r.path(remainderRelative) +
                        " already does");
            continue;
          }
          remainder = item;
          remainderRelative = relative;
          continue;
        }
        parts.push_back({item->get(p_.share), relative + "/" + p_.share});
      }
    } else {
      if (!node.isMapping()) return;
      for (const Node::Member& member : node.members()) {
        std::string relative;
        appendPointerToken(relative, member.key->text());
        parts.push_back({member.value, relative});
      }
    }

    double stated = 0;
    bool complete = true;
    for (const Part& part : parts) {
      if (!part.value || !part.value->isNumber()) {
        complete = false;  // a missing or non-numeric part is the schema's to report
        continue;
      }
      const double value = part.value->number();
      checkRange(r, *part.value, part.relative, value);
      stated += value;
    }
    if (!complete) return;

    if (remainder) {
      const double left = p_.total - stated;
      const Node* share = remainder->get(p_.share);
      const std::string shareRelative = remainderRelative + "/" + p_.share;
      if (left <= p_.tolerance) {
        r.error(kRule, "nothingLeft", *remainder, remainderRelative,
                "takes the remainder, but nothing is left: the other " + partsWord() +
                    " already add up to " + formatNumber(stated) + " of " + formatNumber(p_.total));
      } else if (share && share->isNumber() && std::fabs(share->number() - left) > p_.tolerance) {
        r.error(kRule, "remainderMismatch", *share, shareRelative,
                "the remainder should be " + formatNumber(left) + " (" + formatNumber(p_.total) +
                    " minus the other " + partsWord() + ", " + formatNumber(stated) + "), found " +
                    std::string(share->text()));
      }
      return;
    }
    if (parts.empty()) return;  // no shares stated
    if (std::fabs(stated - p_.total) > p_.tolerance) {
      r.error(kRule, "sumMismatch", node, "",
              "the " + partsWord() + " add up to " + formatNumber(stated) + ", not " +
                  formatNumber(p_.total));
    }
  }

 private:
  void checkRange(Reporter& r, const Node& value, const std::string& relative,
                  double number) const {
    if (number < 0) {
      r.error(kRule, "negativePart", value, relative, std::string(value.text()) + " is below 0");
    } else if (number > p_.total + p_.tolerance) {
      r.error(kRule, "partAboveTotal", value, relative,
              std::string(value.text()) + " is more than the total of " + formatNumber(p_.total));
    }
  }

  std::string partsWord() const { return p_.share.empty() ? "parts" : p_.share + "s"; }

  Parameters p_;
};

std::unique_ptr<KeywordConstraint> make(const nlohmann::json& p) {
  Parameters parameters;
  parameters.total = p.value("total", 100.0);
  parameters.share = p.value("share", std::string());
  parameters.remainder = p.value("remainder", std::string());
  parameters.tolerance = p.value("tolerance", 0.001);
  return std::make_unique<BreakdownConstraint>(std::move(parameters));
}

RuleMeta breakdownRuleMeta() {
  return schemaRuleMeta(std::string(kRule), "The parts of a breakdown do not add up to its total",
                        Severity::Error,
                        {{"sumMismatch", "the parts do not add up to the total"},
                         {"remainderMismatch", "the remainder is not what the others leave"},
                         {"nothingLeft", "nothing is left for the remainder"},
                         {"multipleRemainders", "more than one remainder entry"},
                         {"negativePart", "a part below 0"},
                         {"partAboveTotal", "a part above the total"}});
}

}  // namespace

KeywordDefinition breakdownSumKeyword() {
  return {"x-careerlint-breakdown", breakdownRuleMeta, validateParameters, make};
}

}  // namespace careerlint::schema
