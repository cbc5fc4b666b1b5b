#include "rules/registry.h"

#include "rules/rules.h"

namespace careerlint::rules {

const std::vector<const Rule*>& editorialRules() {
  // The list in rules.h, in its order.
#define CAREERLINT_RULE_ADDRESS(name) &name##Rule(),
  static const std::vector<const Rule*> rules = {
      CAREERLINT_EDITORIAL_RULES(CAREERLINT_RULE_ADDRESS)};
#undef CAREERLINT_RULE_ADDRESS
  return rules;
}

const Rule* findEditorialRule(std::string_view id) {
  for (const Rule* rule : editorialRules()) {
    if (rule->meta().id == id) return rule;
  }
  return nullptr;
}

}  // namespace careerlint::rules
