#pragma once

#include <string>

#include "careerlint/rule_meta.h"

namespace careerlint::rules {

// The JSON Schema (draft-07) of a rule's `options:` mapping, derived from its declared
// RuleOptions (ESLint's meta.schema): each option's type, default and description, the closed
// set of keys or values where the rule has one, and no other keys. Configuration is validated
// against it; `careerlint explain` prints it.
std::string ruleOptionsSchema(const RuleMeta& meta);

}  // namespace careerlint::rules
