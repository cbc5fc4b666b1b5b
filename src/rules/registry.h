#pragma once

#include <string_view>
#include <vector>

#include "careerlint/rule.h"

namespace careerlint::rules {

// The editorial rules, sorted by id.
const std::vector<const Rule*>& editorialRules();

const Rule* findEditorialRule(std::string_view id);

}  // namespace careerlint::rules
