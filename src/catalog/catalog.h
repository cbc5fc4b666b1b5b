#pragma once

#include <string_view>
#include <vector>

#include "careerlint/rule_meta.h"

// The catalogue of every rule id careerlint can report. It assembles the pieces that each know
// their own ids: the editorial rules (src/rules), the built-in checks (YAML syntax, conversion,
// suppressions) and the schema's checks (src/schema), so neither of those modules needs the
// other. Configuration, the engine, the reports and `explain` read it.
namespace careerlint::catalog {

// Every rule id, sorted by id.
const std::vector<const RuleMeta*>& allRuleMetas();

const RuleMeta* findRuleMeta(std::string_view id);

// The rule's documentation page (docs/rules/<id>.md), embedded at build time; empty if none.
std::string_view ruleDoc(std::string_view id);

}  // namespace careerlint::catalog
