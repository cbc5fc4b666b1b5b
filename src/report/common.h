#pragma once

// Pieces that several formatters share. Internal to src/report.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/finding.h"
#include "report/report.h"

namespace careerlint::report {

// Every format writes valid UTF-8: a byte that does not start a valid sequence becomes U+FFFD.
std::string validUtf8(std::string_view text);

// validUtf8, CRLF as LF, and every other control character except line feed and tab (C0, DEL,
// C1) as U+FFFD: text quoted from a file must not move a terminal's cursor or change its colours.
std::string terminalSafe(std::string_view text);

// Terminal columns that code point `cp` takes: 0 for combining marks, zero-width characters and
// variation selectors, 2 for East Asian Wide/Fullwidth characters (CJK, Hangul, kana, fullwidth
// forms) and emoji, 1 for everything else. A small table, not the whole of Unicode's
// EastAsianWidth.txt: enough that a caret stays under the spot on a career page.
int displayWidth(char32_t cp) noexcept;

struct FindingCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t fixable = 0;  // findings that carry a fix
  std::size_t problems() const noexcept { return errors + warnings + infos; }
  void add(const Finding& finding) noexcept;
};

FindingCounts countFindings(std::span<const Finding> findings) noexcept;

// "8 problems (3 errors, 3 warnings, 2 infos), 2 fixable with --fix". Singular for one
// ("1 problem (1 error, 0 warnings)"); infos only when there are some; the fixable part only when
// something is fixable.
std::string summaryText(const FindingCounts& counts);

// The files a report covers: context.files in the caller's order, then any file that only the
// findings name, in the findings' order. No duplicates.
std::vector<std::string> reportedFiles(std::span<const Finding> findings,
                                       const ReportContext& context);

// The findings about `file`, in their order.
std::vector<const Finding*> findingsFor(std::span<const Finding> findings, std::string_view file);

}  // namespace careerlint::report
