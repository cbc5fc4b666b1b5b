#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/finding.h"
#include "careerlint/rule.h"

namespace careerlint::testing {

// Runs one editorial rule, as the engine would, on a raw page (.txt: converted first) or a YAML
// text, with the rule's default severity and options unless `options` overrides some.
std::vector<Finding> runRuleOnPage(const Rule& rule, std::string_view page,
                                   std::map<std::string, OptionValue> options = {});
std::vector<Finding> runRuleOnYaml(const Rule& rule, std::string_view yaml,
                                   std::map<std::string, OptionValue> options = {});

// Runs a cross-file rule over named files ("a.txt" pages, "b.yaml" records). Files whose name
// starts with "root/" are read as a content root (not linted, not reported on).
std::vector<Finding> runRuleOnProject(
    const Rule& rule, const std::vector<std::pair<std::string, std::string>>& files);

// The text with every fix of the findings applied (the engine's --fix, one pass).
std::string applyFixes(std::string_view text, const std::vector<Finding>& findings);

// "3:5 messageId" per finding, for compact exact assertions.
std::vector<std::string> positions(const std::vector<Finding>& findings);

// The seed page, as committed in seeds/.
std::string seedPage();

}  // namespace careerlint::testing
