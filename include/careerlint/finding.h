#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/span.h"

namespace careerlint {

enum class Severity : unsigned char { Info = 0, Warning = 1, Error = 2 };

std::string_view severityName(Severity severity) noexcept;  // "info", "warning", "error"
std::optional<Severity> parseSeverity(std::string_view name) noexcept;

// A replacement of the bytes [beginOffset, endOffset) of the file that a finding is about.
struct TextEdit {
  std::uint32_t beginOffset = 0;
  std::uint32_t endOffset = 0;
  std::string replacement;

  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

struct Fix {
  std::string description;
  std::vector<TextEdit> edits;

  friend bool operator==(const Fix&, const Fix&) = default;
};

// One problem careerlint found. Pure data: formatters are functions of a list of these.
struct Finding {
  std::string ruleId;     // stable, e.g. "empty-section", "schema/enum", "yaml/syntax"
  std::string messageId;  // stable within the rule, e.g. "emptyTechnologySkills"
  Severity severity = Severity::Error;
  std::string message;  // plain words for a content editor
  std::string file;     // as given on the command line (relative stays relative)
  Span span;
  std::string pointer;  // RFC 6901 JSON pointer into the career model ("" = the whole file)
  std::optional<Fix> fix;

  friend bool operator==(const Finding&, const Finding&) = default;
};

// Where findings go. The pipeline pushes; reports read.
class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void report(Finding finding) = 0;
};

class FindingList final : public FindingSink {
 public:
  void report(Finding finding) override { findings.push_back(std::move(finding)); }
  std::vector<Finding> findings;
};

// Stable order for output: file, line, column, rule id, message.
void sortFindings(std::vector<Finding>& findings);

}  // namespace careerlint
