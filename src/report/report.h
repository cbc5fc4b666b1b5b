#pragma once

#include <cstdint>
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
  std::string toolUri;                // the project's home page (SARIF informationUri); may be ""
  std::string sourceRoot;             // absolute directory that relative file paths are against
  std::vector<std::string> files;     // every file checked, findings or not (junit lists them all)
  bool color = false;                 // stylish: ANSI colour (terminal and no NO_COLOR)
  // junit: findings at or above this level are <failure>s; the rest are listed in passing tests.
  Severity failLevel = Severity::Info;
  // github: file= is relative to this absolute directory (GITHUB_WORKSPACE, else the git top
  // level), as GitHub wants it; "" leaves paths as they are.
  std::string repositoryRoot;
  // The text of line `line` (1-based) of `file`, for showing the offending line; nullopt if
  // unknown.
  std::function<std::optional<std::string>(std::string_view file, std::uint32_t line)> sourceLine;
};

// Every formatter takes findings already sorted by the caller (sortFindings) and writes UTF-8.
// The format of each is described in docs/output-formats.md.

// `file:line:col: severity: message [rule-id]`, one per line (editors' quickfix lists, grep).
void writeCompact(std::span<const Finding> findings, std::ostream& out);
void writeCompact(std::span<const Finding> findings, const ReportContext& context,
                  std::ostream& out);

// For people at a terminal: findings grouped by file, the offending line with a caret under the
// spot, and a closing summary. Writes nothing when there are no findings.
void writeStylish(std::span<const Finding> findings, const ReportContext& context,
                  std::ostream& out);

// careerlint's own versioned JSON document (docs/json-format.md).
void writeJson(std::span<const Finding> findings, const ReportContext& context, std::ostream& out);

// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
void writeSarif(std::span<const Finding> findings, const ReportContext& context, std::ostream& out);

// GitHub Actions workflow commands (::error …), errors first. When `summary` is given, a markdown
// table of every finding for $GITHUB_STEP_SUMMARY goes there; the caller decides when to open it.
void writeGithub(std::span<const Finding> findings, const ReportContext& context, std::ostream& out,
                 std::ostream* summary = nullptr);

// JUnit XML: one testsuite per checked file, one testcase per finding, failing when the finding
// is at or above context.failLevel.
void writeJunit(std::span<const Finding> findings, const ReportContext& context, std::ostream& out);

// The registry the command line uses for --format NAME.
inline constexpr std::string_view kDefaultFormat = "stylish";

// Every format's name, sorted.
std::span<const std::string_view> formatNames() noexcept;

// Writes the findings in format `name`; false (and nothing written) if there is no such format.
// `summary` is used only by formats that have one (github).
bool writeFormat(std::string_view name, std::span<const Finding> findings,
                 const ReportContext& context, std::ostream& out, std::ostream* summary = nullptr);

}  // namespace careerlint::report
