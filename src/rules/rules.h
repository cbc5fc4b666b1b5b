#pragma once

#include "careerlint/rule.h"

// One accessor per editorial rule, each defined in src/rules/<rule_id>.cpp and listed, sorted,
// in registry.cpp. Scaffold a new rule with tools/add-rule.sh <id>.
namespace careerlint::rules {

const Rule& boilerplateInContentRule();
const Rule& bulletArtifactRule();
const Rule& duplicateHeadingRule();
const Rule& emptySectionRule();
const Rule& metricWithoutValueRule();
const Rule& placeholderTextRule();
const Rule& repeatedLineRule();
const Rule& whitespaceAndPunctuationRule();

}  // namespace careerlint::rules
