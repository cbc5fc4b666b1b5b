#pragma once

#include <map>
#include <string>
#include <vector>

#include "careerlint/finding.h"
#include "report/report.h"

namespace careerlint::report::fixture {

// The one set of findings every format's golden test writes: three files (one clean, one whose
// path has a space and non-ASCII letters), errors, warnings and infos, two fixes, multi-byte and
// wide characters before a spot, a tab, a line too long for the terminal, a whole-file finding, a
// span over two lines, and a message with quotes, <>&, %, `::`, commas and a line break.
struct Shared {
  std::map<std::string, std::string> sources;  // file -> its text
  std::vector<Finding> findings;               // sorted
  ReportContext context;                       // no colour
};

const Shared& shared();

// The span of the first `needle` on line `line` (1-based) of `text`: code point columns and byte
// offsets, end exclusive.
Span spanOf(const std::string& text, std::uint32_t line, std::string_view needle);

// Line `line` (1-based) of `text`, without its line break.
std::optional<std::string> lineOf(const std::string& text, std::uint32_t line);

}  // namespace careerlint::report::fixture
