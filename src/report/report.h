#pragma once

#include <iosfwd>
#include <span>

#include "careerlint/finding.h"

namespace careerlint::report {

// Formatters are pure functions of the findings: one file each in src/report/.

// `file:line:col: severity: message [rule-id]`, one per line (editors' quickfix lists, grep).
void writeCompact(std::span<const Finding> findings, std::ostream& out);

}  // namespace careerlint::report
