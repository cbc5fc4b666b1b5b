#include <ostream>

#include "report/report.h"

namespace careerlint::report {

void writeCompact(std::span<const Finding> findings, std::ostream& out) {
  for (const Finding& f : findings) {
    out << f.file << ':' << f.span.begin.line << ':' << f.span.begin.column << ": "
        << severityName(f.severity) << ": " << f.message << " [" << f.ruleId << "]\n";
  }
}

}  // namespace careerlint::report
