#include "rules/registry.h"

#include <algorithm>

#include "careerlint/schema.h"
#include "rules/builtin_checks.h"
#include "rules/rules.h"
#include "util/embedded.h"

namespace careerlint::embedded {
std::span<const EmbeddedFile> ruleDocs();
}

namespace careerlint::rules {

const std::vector<const Rule*>& editorialRules() {
  // The list in rules.h, in its order.
#define CAREERLINT_RULE_ADDRESS(name) &name##Rule(),
  static const std::vector<const Rule*> rules = {
      CAREERLINT_EDITORIAL_RULES(CAREERLINT_RULE_ADDRESS)};
#undef CAREERLINT_RULE_ADDRESS
  return rules;
}

const std::vector<const RuleMeta*>& allRuleMetas() {
  static const std::vector<const RuleMeta*> metas = [] {
    std::vector<const RuleMeta*> list;
    for (const Rule* rule : editorialRules()) list.push_back(&rule->meta());
    for (const RuleMeta& meta : builtinCheckMetas()) list.push_back(&meta);
    for (const RuleMeta& meta : schemaRuleMetas()) list.push_back(&meta);
    std::sort(list.begin(), list.end(),
              [](const RuleMeta* a, const RuleMeta* b) { return a->id < b->id; });
    return list;
  }();
  return metas;
}

const RuleMeta* findRuleMeta(std::string_view id) {
  for (const RuleMeta* meta : allRuleMetas()) {
    if (meta->id == id) return meta;
  }
  return nullptr;
}

const Rule* findEditorialRule(std::string_view id) {
  for (const Rule* rule : editorialRules()) {
    if (rule->meta().id == id) return rule;
  }
  return nullptr;
}

std::string_view ruleDoc(std::string_view id) {
  const std::string path = std::string(id) + ".md";
  const embedded::EmbeddedFile* file = embedded::find(embedded::ruleDocs(), path);
  return file ? file->contents : std::string_view{};
}

}  // namespace careerlint::rules
