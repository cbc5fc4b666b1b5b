#pragma once

#include "careerlint/rule.h"

// The editorial rules, sorted by id, one line each: RULE(name) for the rule whose accessor
// `const Rule& <name>Rule()` src/rules/<rule_id>.cpp defines. This line is a new rule's one edit
// outside its source, doc page and test (tools/add-rule.sh <id> writes all four); registry.cpp
// lists the rules from it, and a test checks the order, docs and tests.
// clang-format off
#define CAREERLINT_EDITORIAL_RULES(RULE) \
  RULE(boilerplateInContent) \
  RULE(bulletArtifact) \
  RULE(duplicateHeading) \
  RULE(emptySection) \
  RULE(hedgedFigure) \
  RULE(metricWithoutValue) \
  RULE(missingSource) \
  RULE(nonstandardVocabulary) \
  RULE(placeholderText) \
  RULE(relatedCareerExists) \
  RULE(repeatedLine) \
  RULE(responsibilityStyle) \
  RULE(staleData) \
  RULE(titleAgreement) \
  RULE(whitespaceAndPunctuation) \
  /* end of the list */
// clang-format on

namespace careerlint::rules {

#define CAREERLINT_DECLARE_RULE(name) const Rule& name##Rule();
CAREERLINT_EDITORIAL_RULES(CAREERLINT_DECLARE_RULE)
#undef CAREERLINT_DECLARE_RULE

}  // namespace careerlint::rules
