#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "report/common.h"
#include "report/report.h"
#include "util/utf8.h"

namespace careerlint::report {
namespace {

constexpr int kTabStop = 8;           // what terminals and compilers use
constexpr int kMaxExcerptWidth = 72;  // columns of source shown; longer lines are windowed
constexpr int kContextBeforeCaret = 16;

constexpr std::string_view kBoldUnderline = "\x1b[1;4m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kYellow = "\x1b[33m";
constexpr std::string_view kCyan = "\x1b[36m";
constexpr std::string_view kReset = "\x1b[0m";

std::string_view severityColor(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return kRed;
    case Severity::Warning:
      return kYellow;
    case Severity::Info:
      return kCyan;
  }
  return kRed;
}

class Painter {
 public:
  explicit Painter(bool enabled) : enabled_(enabled) {}
  std::string operator()(std::string_view style, std::string_view text) const {
    if (!enabled_ || text.empty()) return std::string(text);
    std::string s(style);
    s += text;
    s += kReset;
    return s;
  }

 private:
  bool enabled_;
};

std::string padded(std::string_view text, std::size_t width) {
  std::string s(text);
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

std::string position(const Finding& f) {
  return std::to_string(f.span.begin.line) + ':' + std::to_string(f.span.begin.column);
}

// A source line as the terminal will show it: one cell per code point (a tab is as many spaces
// as reach the next tab stop; control characters show as U+FFFD) and the column each starts at.
struct ExcerptLine {
  std::vector<std::string> cells;
  std::vector<int> start;  // start[i]: display column of code point i; start[size] = total width

  int width() const { return start.back(); }
  int columnOf(std::uint32_t codePointColumn) const {  // 1-based code point column
    const std::size_t index = std::min<std::size_t>(codePointColumn - 1, cells.size());
    return start[index];
  }
};

ExcerptLine layOut(std::string_view rawLine) {
  while (!rawLine.empty() && (rawLine.back() == '\n' || rawLine.back() == '\r')) {
    rawLine.remove_suffix(1);
  }
  const std::string line = validUtf8(rawLine);
  ExcerptLine result;
  int column = 0;
  std::size_t offset = 0;
  while (offset < line.size()) {
    const std::size_t begin = offset;
    const char32_t cp = utf8::decode(line, offset);
    result.start.push_back(column);
    if (cp == U'\t') {
      const int w = kTabStop - column % kTabStop;
      result.cells.emplace_back(static_cast<std::size_t>(w), ' ');
      column += w;
    } else if (cp < 0x20 || cp == 0x7F) {
      result.cells.emplace_back("\xEF\xBF\xBD");
      column += 1;
    } else {
      result.cells.emplace_back(line.substr(begin, offset - begin));
      column += displayWidth(cp);
    }
  }
  result.start.push_back(column);
  return result;
}

// Writes the offending line under a finding, and a caret under the spot when the column is known.
void writeExcerpt(const Finding& f, const std::string& text, const Painter& paint,
                  std::ostream& out) {
  const ExcerptLine line = layOut(text);
  const Position& begin = f.span.begin;
  const Position& end = f.span.end;
  const bool hasCaret = begin.column > 0;

  int caretStart = hasCaret ? line.columnOf(begin.column) : 0;
  int caretEnd = caretStart + 1;
  if (hasCaret && end.line == begin.line && end.column > begin.column) {
    caretEnd = std::max(caretEnd, line.columnOf(end.column));
  } else if (hasCaret && end.line > begin.line) {
    caretEnd = std::max(caretEnd, line.width());  // the span goes on: underline to the line's end
  }

  // Window long lines so the caret stays visible, marking each cut with an ellipsis.
  int from = 0;
  int to = line.width();
  if (line.width() > kMaxExcerptWidth) {
    from = std::max(0, caretStart - kContextBeforeCaret);
    to = std::min(line.width(), from + kMaxExcerptWidth);
    from = std::max(0, to - kMaxExcerptWidth);
  }
  const bool cutLeft = from > 0;
  const bool cutRight = to < line.width();
  const int visibleFrom = from + (cutLeft ? 1 : 0);
  const int visibleTo = to - (cutRight ? 1 : 0);

  std::string shown = cutLeft ? "\xE2\x80\xA6" : "";  // U+2026 HORIZONTAL ELLIPSIS
  int firstColumn = -1;
  int lastColumn = visibleFrom;
  for (std::size_t i = 0; i < line.cells.size(); ++i) {
    if (line.start[i] < visibleFrom || line.start[i + 1] > visibleTo) continue;
    if (firstColumn < 0) firstColumn = line.start[i];
    lastColumn = line.start[i + 1];
    shown += line.cells[i];
  }
  if (firstColumn < 0) firstColumn = visibleFrom;
  if (cutRight) shown += "\xE2\x80\xA6";

  const std::string number = std::to_string(begin.line);
  const std::string gutter(number.size(), ' ');
  out << "    " << paint(kDim, number + " |");
  if (!shown.empty()) out << ' ' << shown;
  out << '\n';
  if (!hasCaret) return;

  // The window always contains caretStart (it keeps kContextBeforeCaret columns before it).
  const int caretColumn = (cutLeft ? 1 : 0) + std::max(0, caretStart - firstColumn);
  int caretStop = cutRight ? std::min(caretEnd, lastColumn) : caretEnd;
  caretStop = std::max(caretStop, caretStart + 1);
  std::string caret = "^";
  caret.append(static_cast<std::size_t>(caretStop - caretStart - 1), '~');
  out << "    " << paint(kDim, gutter + " |") << ' '
      << std::string(static_cast<std::size_t>(caretColumn), ' ')
      << paint(std::string(severityColor(f.severity)) + std::string(kBold), caret) << '\n';
}

void writeFinding(const Finding& f, std::size_t positionWidth, std::size_t severityWidth,
                  const ReportContext& context, const Painter& paint, std::ostream& out) {
  const std::string indent(2 + positionWidth + 2 + severityWidth + 2, ' ');
  out << "  " << paint(kDim, padded(position(f), positionWidth)) << "  "
      << paint(severityColor(f.severity), padded(severityName(f.severity), severityWidth)) << "  ";
  // A message of several lines keeps its lines, each under the first.
  const std::string message = terminalSafe(f.message);
  std::size_t lineStart = 0;
  while (true) {
    const std::size_t newline = message.find('\n', lineStart);
    std::string_view part = std::string_view(message).substr(
        lineStart, newline == std::string::npos ? std::string::npos : newline - lineStart);
    out << part;
    if (newline == std::string::npos) break;
    out << '\n' << indent;
    lineStart = newline + 1;
  }
  out << "  " << paint(kDim, terminalSafe(f.ruleId)) << '\n';

  if (f.span.begin.line == 0 || !context.sourceLine) return;
  if (const auto text = context.sourceLine(f.file, f.span.begin.line)) {
    writeExcerpt(f, *text, paint, out);
  }
}

}  // namespace

void writeStylish(std::span<const Finding> findings, const ReportContext& context,
                  std::ostream& out) {
  if (findings.empty()) return;
  const Painter paint(context.color);
  bool first = true;
  for (const std::string& file : reportedFiles(findings, context)) {
    const std::vector<const Finding*> group = findingsFor(findings, file);
    if (group.empty()) continue;
    std::size_t positionWidth = 0;
    std::size_t severityWidth = 0;
    for (const Finding* f : group) {
      positionWidth = std::max(positionWidth, position(*f).size());
      severityWidth = std::max(severityWidth, severityName(f->severity).size());
    }
    if (!first) out << '\n';
    first = false;
    out << paint(kBoldUnderline, terminalSafe(file)) << '\n';
    for (const Finding* f : group) {
      writeFinding(*f, positionWidth, severityWidth, context, paint, out);
    }
  }
  const FindingCounts counts = countFindings(findings);
  const std::string_view color = counts.errors > 0 ? kRed : counts.warnings > 0 ? kYellow : kCyan;
  out << '\n' << paint(std::string(kBold) + std::string(color), summaryText(counts)) << '\n';
}

}  // namespace careerlint::report
