// The site's AI-resilience scoring (its ai-resilience.ts, v2) as schema keywords: each stored
// value the site derives from another (a label from a score, points from a label or a band, the
// classification from the total, the tier from the classification) must be what the site's
// thresholds give. One mechanism, one keyword and one rule per derived value:
//
//   "x-careerlint-growth-points": {
//     "from": "/jobGrowth/percentChange", "to": "/scoring/growthPoints",
//     "bands": [{"above": 5, "is": 2, "why": "growth above 5%"},
//               {"atLeast": 0, "is": 1, "why": "growth from 0% to 5%"},
//               {"is": 0, "why": "a decline"}]}
//
// `from` is a JSON pointer from the node the keyword is on, or a list of them whose numbers are
// summed (the EPOCH sum); `to` points at the stored value. The first band whose test holds
// (`below`, `atMost`, `atLeast`, `above` a number, `equals` a value; no test: always) gives the
// accepted value, or a list of them where the site's loader accepts several words for one band
// ("High" or "Essential"); the first of a list is the word the scoring code computes, the only
// one accepted when the rule's option `vocabulary` is `scoring`. Nothing is checked while a value
// is missing or of the wrong type: that is the schema's to report.

#include <cmath>
#include <string>
#include <vector>

#include "schema/keyword.h"
#include "util/strings.h"

namespace careerlint::schema {

namespace {

enum class Test : unsigned char { Below, AtMost, AtLeast, Above, Equals, Always };

struct Band {
  Test test = Test::Always;
  nlohmann::json bound;  // a number, or the value `equals` compares with
  std::vector<nlohmann::json> accepted;
  std::string why;
};

struct Parameters {
  std::vector<std::string> from;
  bool sum = false;           // `from` was a list: its numbers are added
  bool numericTests = false;  // some band compares numbers (below, atMost, atLeast, above)
  std::string to;
  std::vector<Band> bands;
};

// What makes one keyword differ from another: its rule, and how its message reads.
struct Spec {
  std::string_view keyword;
  std::string_view rule;
  std::string_view description;
  std::string_view messageId;
  std::string_view messageDescription;
  std::string_view verb;  // "scores", "is", "is tier"
  // How the source reads in the message ("a change of +15%"), from its nodes.
  std::string (*source)(const std::vector<const Node*>& nodes);
  bool vocabularyOption;
};

constexpr std::string_view kTestNames[] = {"below", "atMost", "atLeast", "above", "equals"};

bool isPointer(const nlohmann::json& value) {
  return value.is_string() &&
         (value.get<std::string>().empty() || value.get<std::string>()[0] == '/');
}

bool isScalar(const nlohmann::json& value) {
  return value.is_string() || value.is_number() || value.is_boolean();
}

std::string validateBand(const nlohmann::json& band, bool last) {
  if (!band.is_object()) return "each band must be an object";
  int tests = 0;
  for (const auto& [key, value] : band.items()) {
    bool known = false;
    for (std::string_view name : kTestNames) {
      if (key != name) continue;
      known = true;
      ++tests;
      if (name == "equals" ? !isScalar(value) : !value.is_number()) {
        return "\"" + key + "\" must be " + (name == "equals" ? "a text or number" : "a number");
      }
    }
    if (known) continue;
    if (key == "is") {
      if (value.is_array()) {
        if (value.empty()) return "\"is\" must not be an empty list";
        for (const nlohmann::json& item : value) {
          if (!isScalar(item)) return "\"is\" must hold texts or numbers";
        }
      } else if (!isScalar(value)) {
        return "\"is\" must be a text, a number or a list of them";
      }
    } else if (key == "why") {
      if (!value.is_string()) return "\"why\" must be a text";
    } else {
      return "unknown band parameter \"" + key +
             "\" (known: below, atMost, atLeast, above, equals, is, why)";
    }
  }
  if (tests > 1) return "a band takes one test (below, atMost, atLeast, above or equals)";
  if (!band.contains("is")) return "each band needs \"is\"";
  if (tests == 0 && !last) return "only the last band may go without a test";
  return {};
}

std::string validateParameters(const nlohmann::json& p) {
  if (!p.is_object()) return "the parameters must be an object";
  for (const auto& [key, value] : p.items()) {
    if (key == "from") {
      if (value.is_array()) {
        if (value.empty()) return "\"from\" must not be an empty list";
        for (const nlohmann::json& item : value) {
          if (!isPointer(item)) return "\"from\" must list JSON pointers such as \"/a/b\"";
        }
      } else if (!isPointer(value)) {
        return "\"from\" must be a JSON pointer such as \"/a/b\", or a list of them";
      }
    } else if (key == "to") {
      if (!isPointer(value)) return "\"to\" must be a JSON pointer such as \"/a/b\"";
    } else if (key == "bands") {
      if (!value.is_array() || value.empty()) return "\"bands\" must be a non-empty list";
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto problem = validateBand(value[i], i + 1 == value.size()); !problem.empty()) {
          return "bands[" + std::to_string(i) + "]: " + problem;
        }
      }
    } else {
      return "unknown parameter \"" + key + "\" (known: from, to, bands)";
    }
  }
  if (!p.contains("from") || !p.contains("to") || !p.contains("bands")) {
    return "\"from\", \"to\" and \"bands\" are required";
  }
  return {};
}

Parameters readParameters(const nlohmann::json& p) {
  Parameters out;
  if (p.at("from").is_array()) {
    out.sum = true;
    for (const nlohmann::json& item : p.at("from")) out.from.push_back(item.get<std::string>());
  } else {
    out.from.push_back(p.at("from").get<std::string>());
  }
  out.to = p.at("to").get<std::string>();
  for (const nlohmann::json& entry : p.at("bands")) {
    Band band;
    for (std::size_t t = 0; t < std::size(kTestNames); ++t) {
      if (entry.contains(std::string(kTestNames[t]))) {
        band.test = static_cast<Test>(t);
        band.bound = entry.at(std::string(kTestNames[t]));
      }
    }
    const nlohmann::json& is = entry.at("is");
    if (is.is_array()) {
      band.accepted.assign(is.begin(), is.end());
    } else {
      band.accepted.push_back(is);
    }
    band.why = entry.value("why", std::string());
    out.numericTests = out.numericTests || (band.test != Test::Equals && band.test != Test::Always);
    out.bands.push_back(std::move(band));
  }
  return out;
}

bool equalsJson(const Node& node, const nlohmann::json& value) {
  if (value.is_string()) return node.isString() && node.text() == value.get<std::string>();
  if (value.is_number()) {
    return node.isNumber() && std::fabs(node.number() - value.get<double>()) <= 1e-9;
  }
  if (value.is_boolean())
    return node.kind() == NodeKind::Boolean && node.boolean() == value.get<bool>();
  return false;
}

std::string renderNode(const Node& node) {
  return node.isString() ? strings::quoted(node.text()) : std::string(node.text());
}

std::string renderJson(const nlohmann::json& value) {
  if (value.is_string()) return strings::quoted(value.get<std::string>());
  if (value.is_number()) return formatNumber(value.get<double>());
  return value.dump();
}

class DerivedConstraint final : public KeywordConstraintBase<DerivedConstraint> {
 public:
  DerivedConstraint(const Spec* spec, Parameters parameters)
      : spec_(spec), p_(std::move(parameters)) {}

  void check(Reporter& r) const override {
    const Node& node = r.node();
    const Node* stored = resolvePointer(&node, p_.to);
    if (!stored || !stored->isScalar() || stored->isNull()) return;
    std::vector<const Node*> sources;
    for (const std::string& pointer : p_.from) {
      const Node* source = resolvePointer(&node, pointer);
      if (!source || !source->isScalar() || source->isNull()) return;
      if (p_.sum && !source->isNumber()) return;
      sources.push_back(source);
    }
    double number = 0;
    for (const Node* source : sources) number += source->isNumber() ? source->number() : 0;
    const bool numeric = p_.sum || sources.front()->isNumber();
    if (!numeric && p_.numericTests) return;  // a text where the bands compare numbers

    const Band* band = nullptr;
    for (const Band& candidate : p_.bands) {
      if (matches(candidate, *sources.front(), numeric, number)) {
        band = &candidate;
        break;
      }
    }
    if (!band) return;
    std::vector<nlohmann::json> accepted = band->accepted;
    if (spec_->vocabularyOption && accepted.size() > 1) {
      const RuleOptions* options = r.options(spec_->rule);
      if (options && options->string("vocabulary") == "scoring") accepted.resize(1);
    }
    for (const nlohmann::json& value : accepted) {
      if (equalsJson(*stored, value)) return;
    }
    std::vector<std::string> words;
    for (const nlohmann::json& value : accepted) words.push_back(renderJson(value));
    std::string message = "is " + renderNode(*stored) + ", but " + spec_->source(sources) + " " +
                          std::string(spec_->verb) + " " + strings::join(words, " or ");
    if (!band->why.empty()) message += " (" + band->why + ")";
    r.error(spec_->rule, spec_->messageId, *stored, p_.to, message);
  }

 private:
  static bool matches(const Band& band, const Node& source, bool numeric, double number) {
    if (band.test == Test::Always) return true;
    if (band.test == Test::Equals) return equalsJson(source, band.bound);
    if (!numeric) return false;
    const double bound = band.bound.get<double>();
    switch (band.test) {
      case Test::Below:
        return number < bound;
      case Test::AtMost:
        return number <= bound;
      case Test::AtLeast:
        return number >= bound;
      case Test::Above:
        return number > bound;
      default:
        return false;
    }
  }

  const Spec* spec_;
  Parameters p_;
};

// ---- how each source reads ---------------------------------------------------------------

std::string exposureScore(const std::vector<const Node*>& nodes) {
  return "an exposure score of " + std::string(nodes.front()->text());
}

std::string percentChange(const std::vector<const Node*>& nodes) {
  const Node& node = *nodes.front();
  std::string figure(node.text());
  if (node.isNumber() && node.number() > 0 && !figure.starts_with('+')) figure = "+" + figure;
  return "a change of " + figure + "%";
}

std::string epochSum(const std::vector<const Node*>& nodes) {
  double sum = 0;
  std::vector<std::string> parts;
  for (const Node* node : nodes) {
    sum += node->number();
    parts.emplace_back(node->text());
  }
  return "an EPOCH sum of " + formatNumber(sum) + " (" + strings::join(parts, " + ") + ")";
}

std::string exposureLabel(const std::vector<const Node*>& nodes) {
  return "exposure " + renderNode(*nodes.front());
}

std::string totalScore(const std::vector<const Node*>& nodes) {
  return "a total score of " + std::string(nodes.front()->text());
}

std::string classification(const std::vector<const Node*>& nodes) {
  return renderNode(*nodes.front());
}

// Sorted by keyword name.
const Spec kSpecs[] = {
    {"x-careerlint-classification", "classification-band",
     "The classification is not the band of the total score", "classificationMismatch",
     "the classification does not fit the total score", "is", totalScore, false},
    {"x-careerlint-exposure-label", "exposure-label",
     "The AI exposure label does not fit the exposure score", "labelMismatch",
     "the label does not fit the score", "is", exposureScore, false},
    {"x-careerlint-exposure-points", "exposure-points",
     "The exposure points do not fit the exposure label", "pointsMismatch",
     "the points do not fit the label", "scores", exposureLabel, false},
    {"x-careerlint-growth-label", "growth-label",
     "The job growth label does not fit the percent change", "labelMismatch",
     "the label does not fit the percent change", "is", percentChange, true},
    {"x-careerlint-growth-points", "growth-points",
     "The growth points do not fit the percent change", "pointsMismatch",
     "the points do not fit the percent change", "scores", percentChange, false},
    {"x-careerlint-human-advantage-category", "human-advantage-category",
     "The human advantage category does not fit the EPOCH sum", "categoryMismatch",
     "the category does not fit the EPOCH sum", "is", epochSum, true},
    {"x-careerlint-human-advantage-points", "human-advantage-points",
     "The human advantage points do not fit the EPOCH sum", "pointsMismatch",
     "the points do not fit the EPOCH sum", "scores", epochSum, false},
    {"x-careerlint-tier", "resilience-tier", "The tier number is not the classification's tier",
     "tierMismatch", "the tier does not fit the classification", "is tier", classification, false},
};

template <std::size_t I>
RuleMeta ruleMeta() {
  const Spec& spec = kSpecs[I];
  RuleMeta meta =
      schemaRuleMeta(std::string(spec.rule), std::string(spec.description), Severity::Error,
                     {{std::string(spec.messageId), std::string(spec.messageDescription)}});
  if (spec.vocabularyOption) {
    meta.options.push_back(
        {"vocabulary",
         OptionType::String,
         std::string("build"),
         "build: every word the site's loader accepts for a band; scoring: only the word the "
         "site's scoring code computes (the first of each band's list)",
         {"build", "scoring"}});
  }
  return meta;
}

template <std::size_t I>
std::unique_ptr<KeywordConstraint> make(const nlohmann::json& p) {
  return std::make_unique<DerivedConstraint>(&kSpecs[I], readParameters(p));
}

template <std::size_t I>
KeywordDefinition definition() {
  return {kSpecs[I].keyword, ruleMeta<I>, validateParameters, make<I>};
}

}  // namespace

std::vector<KeywordDefinition> scoringKeywords() {
  return {definition<0>(), definition<1>(), definition<2>(), definition<3>(),
          definition<4>(), definition<5>(), definition<6>(), definition<7>()};
}

}  // namespace careerlint::schema
