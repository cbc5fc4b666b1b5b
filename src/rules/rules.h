#pragma once

#include "careerlint/rule.h"

// One accessor per editorial rule, each defined in src/rules/<rule_id>.cpp and listed, sorted,
// in registry.cpp. Scaffold a new rule with tools/add-rule.sh <id>.
namespace careerlint::rules {

const Rule& boilerplateInContentRule();
const Rule& bulletArtifactRule();
const Rule& duplicateHeadingRule();
const Rule& emptySectionRule();
const Rule& hedgedFigureRule();
const Rule& metricWithoutValueRule();
const Rule& missingSourceRule();
const Rule& nonstandardVocabularyRule();
const Rule& placeholderTextRule();
const Rule& relatedCareerExistsRule();
const Rule& repeatedLineRule();
const Rule& responsibilityStyleRule();
const Rule& staleDataRule();
const Rule& titleAgreementRule();
const Rule& whitespaceAndPunctuationRule();

}  // namespace careerlint::rules
