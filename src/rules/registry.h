#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "careerlint/rule.h"

namespace careerlint::rules {

// Every rule id careerlint can report, sorted by id: the editorial rules (src/rules/<id>.cpp)
// and the descriptors of the built-in checks (YAML syntax, schema, conversion, suppressions).
const std::vector<const RuleMeta*>& allRuleMetas();

// The editorial rules, sorted by id.
const std::vector<const Rule*>& editorialRules();

const RuleMeta* findRuleMeta(std::string_view id);
const Rule* findEditorialRule(std::string_view id);

// The rule's documentation page (docs/rules/<id>.md), embedded at build time; empty if none.
std::string_view ruleDoc(std::string_view id);

}  // namespace careerlint::rules
