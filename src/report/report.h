#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/finding.h"

namespace careerlint::report {

// What a formatter may know besides the findings. Formatters are pure functions of
// (findings, context): same input, same bytes out.
struct RuleDescriptor {
  std::string id;           // "empty-section", "schema", "yaml-syntax", …
  std::string description;  // one line
  std::string helpText;     // the rule's doc page (markdown), for SARIF help
  std::string helpUri;      // docs/rules/<id>.md in the repository
  Severity defaultSeverity = Severity::Error;
  bool fixable = false;
};

struct ReportContext {
  std::vector<RuleDescriptor> rules;  // sorted by id; every finding's ruleId is among them
  std::string toolVersion;            // "0.1.0"
  std::string sourceRoot;             // absolute directory that relative file paths are against
  std::vector<std::string> files;     // every file checked, findings or not (junit lists them all)
  bool color = false;                 // stylish: ANSI colour (terminal and no NO_COLOR)
  // The text of line `line` (1-based) of `file`, for showing the offending line; nullopt if unknown.
  std::function<std::optional<std::string>(std::string_view file, std::uint32_t line)> sourceLine;
};

// `file:line:col: severity: message [rule-id]`, one per line (editors' quickfix lists, grep).
void writeCompact(std::span<const Finding> findings, std::ostream& out);

}  // namespace careerlint::report
