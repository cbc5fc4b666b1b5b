#include <stdexcept>

#include "careerlint/rule_meta.h"

namespace careerlint {

const OptionValue& RuleOptions::get(std::string_view name) const {
  if (auto it = values_.find(std::string(name)); it != values_.end()) return it->second;
  if (meta_) {
    for (const RuleOption& option : meta_->options) {
      if (option.name == name) return option.defaultValue;
    }
  }
  // A rule asking for an option it did not declare is a programming error.
  throw std::logic_error("rule option not declared: " + std::string(name));
}

bool RuleOptions::boolean(std::string_view name) const { return std::get<bool>(get(name)); }
std::int64_t RuleOptions::integer(std::string_view name) const {
  return std::get<std::int64_t>(get(name));
}
const std::string& RuleOptions::string(std::string_view name) const {
  return std::get<std::string>(get(name));
}
const std::vector<std::string>& RuleOptions::strings(std::string_view name) const {
  return std::get<std::vector<std::string>>(get(name));
}
const std::map<std::string, std::string>& RuleOptions::severityMap(std::string_view name) const {
  return std::get<std::map<std::string, std::string>>(get(name));
}

}  // namespace careerlint
