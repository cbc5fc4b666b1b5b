#include "careerlint/finding.h"

#include <algorithm>
#include <tuple>

namespace careerlint {

std::string_view severityName(Severity severity) noexcept {
  switch (severity) {
    case Severity::Info:
      return "info";
    case Severity::Warning:
      return "warning";
    case Severity::Error:
      return "error";
  }
  return "error";
}

std::optional<Severity> parseSeverity(std::string_view name) noexcept {
  if (name == "info") return Severity::Info;
  if (name == "warning" || name == "warn") return Severity::Warning;
  if (name == "error") return Severity::Error;
  return std::nullopt;
}

void sortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.file, a.span.begin.line, a.span.begin.column, a.ruleId, a.message) <
           std::tie(b.file, b.span.begin.line, b.span.begin.column, b.ruleId, b.message);
  });
}

}  // namespace careerlint
