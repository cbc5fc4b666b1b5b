#include "report/common.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "util/strings.h"
#include "util/utf8.h"

namespace careerlint::report {

std::string validUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto bad = utf8::firstInvalidByte(text);
    if (!bad) {
      out.append(text);
      break;
    }
    out.append(text.substr(0, *bad));
    out.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
    text.remove_prefix(*bad + 1);
  }
  return out;
}

std::string terminalSafe(std::string_view text) {
  const std::string valid = validUtf8(text);
  std::string out;
  out.reserve(valid.size());
  std::size_t offset = 0;
  while (offset < valid.size()) {
    const std::size_t begin = offset;
    const char32_t cp = utf8::decode(valid, offset);
    if (cp == U'\r' && offset < valid.size() && valid[offset] == '\n') continue;  // CRLF: LF
    const bool control = (cp < 0x20 && cp != U'\n' && cp != U'\t') || (cp >= 0x7F && cp < 0xA0);
    if (control) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(valid, begin, offset - begin);
    }
  }
  return out;
}

namespace {

struct Range {
  char32_t first;
  char32_t last;
};

// Combining diacritical marks, zero-width spaces and joiners, variation selectors, BOM.
constexpr std::array kZeroWidth{
    Range{0x0300, 0x036F}, Range{0x0483, 0x0489},   Range{0x0591, 0x05BD}, Range{0x0610, 0x061A},
    Range{0x064B, 0x065F}, Range{0x1AB0, 0x1AFF},   Range{0x1DC0, 0x1DFF}, Range{0x200B, 0x200F},
    Range{0x2060, 0x2064}, Range{0x20D0, 0x20FF},   Range{0xFE00, 0xFE0F}, Range{0xFE20, 0xFE2F},
    Range{0xFEFF, 0xFEFF}, Range{0xE0100, 0xE01EF},
};

// East Asian Wide (W) and Fullwidth (F) blocks, and the emoji that terminals draw two columns wide.
constexpr std::array kWide{
    Range{0x1100, 0x115F},   Range{0x231A, 0x231B},   Range{0x2329, 0x232A},
    Range{0x23E9, 0x23EC},   Range{0x23F0, 0x23F0},   Range{0x23F3, 0x23F3},
    Range{0x25FD, 0x25FE},   Range{0x2614, 0x2615},   Range{0x2648, 0x2653},
    Range{0x267F, 0x267F},   Range{0x2693, 0x2693},   Range{0x26A1, 0x26A1},
    Range{0x26AA, 0x26AB},   Range{0x26BD, 0x26BE},   Range{0x26C4, 0x26C5},
    Range{0x26CE, 0x26CE},   Range{0x26D4, 0x26D4},   Range{0x26EA, 0x26EA},
    Range{0x26F2, 0x26F3},   Range{0x26F5, 0x26F5},   Range{0x26FA, 0x26FA},
    Range{0x26FD, 0x26FD},   Range{0x2705, 0x2705},   Range{0x270A, 0x270B},
    Range{0x2728, 0x2728},   Range{0x274C, 0x274C},   Range{0x274E, 0x274E},
    Range{0x2753, 0x2755},   Range{0x2757, 0x2757},   Range{0x2795, 0x2797},
    Range{0x27B0, 0x27B0},   Range{0x27BF, 0x27BF},   Range{0x2B1B, 0x2B1C},
    Range{0x2B50, 0x2B50},   Range{0x2B55, 0x2B55},   Range{0x2E80, 0x303E},
    Range{0x3041, 0x33FF},   Range{0x3400, 0x4DBF},   Range{0x4E00, 0x9FFF},
    Range{0xA000, 0xA4CF},   Range{0xA960, 0xA97F},   Range{0xAC00, 0xD7A3},
    Range{0xF900, 0xFAFF},   Range{0xFE10, 0xFE19},   Range{0xFE30, 0xFE6F},
    Range{0xFF00, 0xFF60},   Range{0xFFE0, 0xFFE6},   Range{0x1F004, 0x1F004},
    Range{0x1F0CF, 0x1F0CF}, Range{0x1F18E, 0x1F18E}, Range{0x1F191, 0x1F19A},
    Range{0x1F200, 0x1F2FF}, Range{0x1F300, 0x1F64F}, Range{0x1F680, 0x1F6FF},
    Range{0x1F900, 0x1F9FF}, Range{0x1FA70, 0x1FAFF}, Range{0x20000, 0x2FFFD},
    Range{0x30000, 0x3FFFD},
};

template <std::size_t N>
bool inRanges(const std::array<Range, N>& ranges, char32_t cp) noexcept {
  // Sorted and disjoint: the first range whose end is not before cp is the only candidate.
  const auto it = std::lower_bound(ranges.begin(), ranges.end(), cp,
                                   [](const Range& r, char32_t c) { return r.last < c; });
  return it != ranges.end() && it->first <= cp;
}

std::string counted(std::size_t n, std::string_view noun) {
  return strings::plural(static_cast<long long>(n), noun);
}

}  // namespace

int displayWidth(char32_t cp) noexcept {
  if (cp < 0x300) return 1;
  if (inRanges(kZeroWidth, cp)) return 0;
  if (inRanges(kWide, cp)) return 2;
  return 1;
}

void FindingCounts::add(const Finding& finding) noexcept {
  switch (finding.severity) {
    case Severity::Error:
      ++errors;
      break;
    case Severity::Warning:
      ++warnings;
      break;
    case Severity::Info:
      ++infos;
      break;
  }
  if (finding.fix) ++fixable;
}

FindingCounts countFindings(std::span<const Finding> findings) noexcept {
  FindingCounts counts;
  for (const Finding& f : findings) counts.add(f);
  return counts;
}

std::string summaryText(const FindingCounts& counts) {
  std::string s = counted(counts.problems(), "problem");
  s += " (" + counted(counts.errors, "error") + ", " + counted(counts.warnings, "warning");
  if (counts.infos > 0) s += ", " + counted(counts.infos, "info");
  s += ')';
  if (counts.fixable > 0) s += ", " + std::to_string(counts.fixable) + " fixable with --fix";
  return s;
}

std::vector<std::string> reportedFiles(std::span<const Finding> findings,
                                       const ReportContext& context) {
  std::vector<std::string> files;
  std::unordered_set<std::string_view> seen;
  for (const std::string& file : context.files) {
    if (seen.insert(file).second) files.push_back(file);
  }
  for (const Finding& f : findings) {
    if (seen.insert(f.file).second) files.push_back(f.file);
  }
  return files;
}

std::vector<const Finding*> findingsFor(std::span<const Finding> findings, std::string_view file) {
  std::vector<const Finding*> result;
  for (const Finding& f : findings) {
    if (f.file == file) result.push_back(&f);
  }
  return result;
}

}  // namespace careerlint::report
