#include <array>
#include <filesystem>
#include <ostream>
#include <string>

#include "report/common.h"
#include "report/report.h"

namespace careerlint::report {
namespace {

// GitHub turns only this many of each kind of workflow command into annotations per step.
constexpr std::size_t kAnnotationsPerStep = 10;

// Workflow command escaping, as @actions/core does it: the data after `::` may not hold line breaks
// or a bare `%`; a property value may also not hold the `:` and `,` that delimit properties.
std::string escapeData(std::string_view text) {
  std::string s;
  for (const char c : text) {
    switch (c) {
      case '%':
        s += "%25";
        break;
      case '\r':
        s += "%0D";
        break;
      case '\n':
        s += "%0A";
        break;
      default:
        s += c;
    }
  }
  return s;
}

std::string escapeProperty(std::string_view text) {
  std::string s;
  for (const char c : escapeData(text)) {
    switch (c) {
      case ':':
        s += "%3A";
        break;
      case ',':
        s += "%2C";
        break;
      default:
        s += c;
    }
  }
  return s;
}

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "notice";
  }
  return "error";
}

// GitHub places an annotation by its path from the repository root, wherever careerlint ran.
std::string repositoryPath(std::string_view file, const ReportContext& context) {
  namespace fs = std::filesystem;
  if (context.repositoryRoot.empty() || file.empty()) return std::string(file);
  fs::path absolute = fs::path(file);
  if (absolute.is_relative()) absolute = fs::path(context.sourceRoot) / absolute;
  const fs::path relative =
      absolute.lexically_normal().lexically_relative(fs::path(context.repositoryRoot));
  if (relative.empty() || *relative.begin() == "..") return std::string(file);
  return relative.generic_string();
}

void writeCommand(const Finding& f, const ReportContext& context, std::ostream& out) {
  const Position& begin = f.span.begin;
  const Position& end = f.span.end;
  out << "::" << command(f.severity)
      << " file=" << escapeProperty(validUtf8(repositoryPath(f.file, context)));
  if (begin.line > 0) {
    out << ",line=" << begin.line;
    // GitHub takes columns only for an annotation on one line, and its endColumn is the last
    // column of the spot (inclusive) where careerlint's span end is the column after it.
    const bool oneLine = end.line == 0 || end.line == begin.line;
    if (begin.column > 0 && oneLine) out << ",col=" << begin.column;
    if (end.line > begin.line) out << ",endLine=" << end.line;
    if (end.line == begin.line) {
      out << ",endLine=" << end.line;
      if (begin.column > 0 && end.column > begin.column) out << ",endColumn=" << end.column - 1;
    }
  }
  out << ",title=" << escapeProperty(validUtf8(f.ruleId))
      << "::" << escapeData(validUtf8(f.message)) << '\n';
}

// A markdown table cell: no line breaks, no `|`, no markup or HTML taken from the text.
std::string cell(std::string_view text) {
  std::string s;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&':
        s += "&amp;";
        break;
      case '<':
        s += "&lt;";
        break;
      case '>':
        s += "&gt;";
        break;
      case '\r':
        break;
      case '\n':
        s += "<br>";
        break;
      case '\\':
      case '|':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
        s += '\\';
        s += c;
        break;
      default:
        s += c;
    }
  }
  return s;
}

void writeSummary(std::span<const Finding> findings, const ReportContext& context,
                  std::ostream& summary) {
  summary << "## careerlint\n\n";
  if (findings.empty()) {
    const std::size_t files = reportedFiles(findings, context).size();
    summary << "No problems in " << files << (files == 1 ? " file" : " files") << ".\n";
    return;
  }
  summary << summaryText(countFindings(findings)) << "\n\n"
          << "| Severity | File | Line | Column | Rule | Message |\n"
          << "| --- | --- | --- | --- | --- | --- |\n";
  for (const Finding& f : findings) {
    std::string rule = cell(validUtf8(f.ruleId));
    for (const RuleDescriptor& descriptor : context.rules) {
      if (descriptor.id == f.ruleId && !descriptor.helpUri.empty()) {
        rule = "[" + rule + "](" + descriptor.helpUri + ")";
      }
    }
    summary << "| " << severityName(f.severity) << " | " << cell(validUtf8(f.file)) << " | "
            << (f.span.begin.line > 0 ? std::to_string(f.span.begin.line) : "") << " | "
            << (f.span.begin.column > 0 ? std::to_string(f.span.begin.column) : "") << " | " << rule
            << " | " << cell(validUtf8(f.message)) << " |\n";
  }
}

}  // namespace

void writeGithub(std::span<const Finding> findings, const ReportContext& context, std::ostream& out,
                 std::ostream* summary) {
  // Errors first: when a step has more than GitHub annotates, the ones it shows matter most.
  constexpr std::array kOrder{Severity::Error, Severity::Warning, Severity::Info};
  bool overLimit = false;
  for (const Severity severity : kOrder) {
    std::size_t count = 0;
    for (const Finding& f : findings) {
      if (f.severity != severity) continue;
      writeCommand(f, context, out);
      ++count;
    }
    overLimit = overLimit || count > kAnnotationsPerStep;
  }
  if (!findings.empty()) {
    out << "careerlint: " << summaryText(countFindings(findings)) << '\n';
  }
  if (overLimit) {
    out << "careerlint: GitHub annotates only " << kAnnotationsPerStep
        << " errors, warnings and notices each per step; "
        << (summary ? "the job summary and this log list all of them"
                    : "this log lists all of them")
        << '\n';
  }
  if (summary) writeSummary(findings, context, *summary);
}

}  // namespace careerlint::report
