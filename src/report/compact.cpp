#include <ostream>
#include <string>

#include "report/common.h"
#include "report/report.h"

namespace careerlint::report {
namespace {

// One finding per line is the point of the format: a line break inside a message is written as
// the two characters `\n` so that grep and quickfix lists still see one finding per line.
std::string oneLine(std::string_view message) {
  std::string s;
  s.reserve(message.size());
  for (std::size_t i = 0; i < message.size(); ++i) {
    const char c = message[i];
    if (c == '\r' && i + 1 < message.size() && message[i + 1] == '\n') continue;
    if (c == '\n' || c == '\r') {
      s += "\\n";
    } else {
      s += c;
    }
  }
  return s;
}

}  // namespace

void writeCompact(std::span<const Finding> findings, std::ostream& out) {
  for (const Finding& f : findings) {
    out << terminalSafe(oneLine(f.file)) << ':' << f.span.begin.line << ':' << f.span.begin.column
        << ": " << severityName(f.severity) << ": " << terminalSafe(oneLine(f.message)) << " ["
        << terminalSafe(f.ruleId) << "]\n";
  }
}

void writeCompact(std::span<const Finding> findings, const ReportContext& /*context*/,
                  std::ostream& out) {
  writeCompact(findings, out);
}

}  // namespace careerlint::report
