#pragma once

#include <vector>

#include "careerlint/rule.h"

namespace careerlint::rules {

// Descriptors of the findings careerlint produces outside editorial rules.
const std::vector<RuleMeta>& builtinCheckMetas();

}  // namespace careerlint::rules
