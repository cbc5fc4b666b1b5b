// x-careerlint-education-flags (rule education-flags): the requires_* flags of a record agree
// with its typical entry education.
//
//   "x-careerlint-education-flags": {
//     "education": "typical_entry_education",
//     "levels": {
//       "Bachelor's degree": {"true": ["requires_bachelors"], "false": ["requires_masters"]},
//       …
//     }
//   }
//
// For the level the record names, each flag under "true" must be true and each under "false"
// must be false. Flags that are missing or not booleans, and levels not listed, are skipped.

#include <map>
#include <string>
#include <vector>

#include "schema/keyword.h"
#include "util/strings.h"

namespace careerlint::schema {

namespace {

constexpr std::string_view kRule = "education-flags";

struct Level {
  std::vector<std::string> mustBeTrue;
  std::vector<std::string> mustBeFalse;
};

std::string validateParameters(const nlohmann::json& p) {
  if (!p.is_object()) return "the parameters must be an object";
  for (const auto& [key, value] : p.items()) {
    if (key == "education") {
      if (!value.is_string() || value.get<std::string>().empty()) {
        return "\"education\" must be the key of the education level";
      }
    } else if (key == "levels") {
      if (!value.is_object() || value.empty()) return "\"levels\" must map levels to flags";
      for (const auto& [level, flags] : value.items()) {
        if (!flags.is_object()) return "the flags of level \"" + level + "\" must be an object";
        for (const auto& [truth, keys] : flags.items()) {
          if (truth != "true" && truth != "false") {
            return "level \"" + level + "\" may only have \"true\" and \"false\" lists";
          }
          if (!keys.is_array()) return "level \"" + level + "\": \"" + truth + "\" must list keys";
          for (const nlohmann::json& flag : keys) {
            if (!flag.is_string() || flag.get<std::string>().empty()) {
              return "level \"" + level + "\": \"" + truth + "\" must list non-empty keys";
            }
          }
        }
      }
    } else {
      return "unknown parameter \"" + key + "\" (known: education, levels)";
    }
  }
  if (!p.contains("education") || !p.contains("levels")) {
    return "\"education\" and \"levels\" are required";
  }
  return {};
}

class EducationFlagsConstraint final : public KeywordConstraintBase<EducationFlagsConstraint> {
 public:
  EducationFlagsConstraint(std::string education, std::map<std::string, Level, std::less<>> levels)
      : education_(std::move(education)), levels_(std::move(levels)) {}

  void check(Reporter& r) const override {
    const Node& node = r.node();
    if (!node.isMapping()) return;
    const Node* education = node.get(education_);
    if (!education || !education->isString()) return;
    const auto level = levels_.find(education->text());
    if (level == levels_.end()) return;
    const std::string because =
        r.path(relative(education_)) + " is " + strings::quoted(education->text());
    for (const std::string& key : level->second.mustBeTrue) {
      const Node* flag = node.get(key);
      if (flag && flag->kind() == NodeKind::Boolean && !flag->boolean()) {
        r.error(kRule, "requiredByEducation", *flag, relative(key),
                "is false, but " + because + ", which needs it true");
      }
    }
    for (const std::string& key : level->second.mustBeFalse) {
      const Node* flag = node.get(key);
      if (flag && flag->kind() == NodeKind::Boolean && flag->boolean()) {
        r.error(kRule, "excludedByEducation", *flag, relative(key),
                "is true, but " + because + ", which needs it false");
      }
    }
  }

 private:
  static std::string relative(std::string_view key) {
    std::string out;
    appendPointerToken(out, key);
    return out;
  }

  std::string education_;
  std::map<std::string, Level, std::less<>> levels_;
};

std::unique_ptr<KeywordConstraint> make(const nlohmann::json& p) {
  std::map<std::string, Level, std::less<>> levels;
  for (const auto& [name, flags] : p.at("levels").items()) {
    Level level;
    level.mustBeTrue = flags.value("true", std::vector<std::string>());
    level.mustBeFalse = flags.value("false", std::vector<std::string>());
    levels.emplace(name, std::move(level));
  }
  return std::make_unique<EducationFlagsConstraint>(p.at("education").get<std::string>(),
                                                    std::move(levels));
}

RuleMeta educationRuleMeta() {
  return schemaRuleMeta(
      std::string(kRule), "A record's requires_* flags disagree with its typical entry education",
      Severity::Error,
      {{"requiredByEducation", "a flag the education level needs true is false"},
       {"excludedByEducation", "a flag the education level needs false is true"}});
}

}  // namespace

KeywordDefinition educationFlagsKeyword() {
  return {"x-careerlint-education-flags", educationRuleMeta, validateParameters, make};
}

}  // namespace careerlint::schema
