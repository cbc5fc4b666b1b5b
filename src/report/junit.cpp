#include <algorithm>
#include <ostream>
#include <string>

#include "report/common.h"
#include "report/report.h"
#include "util/utf8.h"

namespace careerlint::report {
namespace {

// XML 1.0 text: escaped markup, and U+FFFD for the characters XML cannot hold at all (most C0
// controls, U+FFFE, U+FFFF). In an attribute, line breaks and tabs become character references,
// or a reader would normalise them to spaces.
std::string xml(std::string_view raw, bool attribute) {
  const std::string text = validUtf8(raw);
  std::string s;
  std::size_t offset = 0;
  while (offset < text.size()) {
    const std::size_t begin = offset;
    const char32_t cp = utf8::decode(text, offset);
    switch (cp) {
      case U'&':
        s += "&amp;";
        continue;
      case U'<':
        s += "&lt;";
        continue;
      case U'>':
        s += "&gt;";
        continue;
      case U'"':
        s += attribute ? "&quot;" : "\"";
        continue;
      case U'\n':
        s += attribute ? "&#10;" : "\n";
        continue;
      case U'\r':
        s += attribute ? "&#13;" : "\r";
        continue;
      case U'\t':
        s += attribute ? "&#9;" : "\t";
        continue;
      default:
        break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
      s += "\xEF\xBF\xBD";
    } else {
      s.append(text, begin, offset - begin);
    }
  }
  return s;
}

std::string attr(std::string_view text) { return xml(text, true); }
std::string body(std::string_view text) { return xml(text, false); }

// Jenkins splits a classname at its last '.' into package and class, so the file's extension
// goes: "careers/nurse.yaml" shows as class "careers/nurse".
std::string className(std::string_view file) {
  while (file.starts_with("./")) file.remove_prefix(2);
  const std::size_t slash = file.rfind('/');
  const std::size_t dot = file.rfind('.');
  if (dot != std::string_view::npos && dot > 0 &&
      (slash == std::string_view::npos || dot > slash + 1)) {
    file = file.substr(0, dot);
  }
  return std::string(file);
}

std::string position(const Finding& f) {
  return std::to_string(f.span.begin.line) + ':' + std::to_string(f.span.begin.column);
}

}  // namespace

void writeJunit(std::span<const Finding> findings, const ReportContext& context,
                std::ostream& out) {
  const std::vector<std::string> files = reportedFiles(findings, context);
  // Below the fail level a finding is reported in a passing test: a green job shows no red tests.
  const auto fails = [&](const Finding* f) { return f->severity >= context.failLevel; };
  std::size_t tests = 0;
  std::size_t failures = 0;
  for (const std::string& file : files) {
    const std::vector<const Finding*> own = findingsFor(findings, file);
    tests += std::max<std::size_t>(1, own.size());
    failures += static_cast<std::size_t>(std::count_if(own.begin(), own.end(), fails));
  }

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"careerlint\" tests=\"" << tests << "\" failures=\"" << failures
      << "\" errors=\"0\" skipped=\"0\" time=\"0\">\n";
  for (const std::string& file : files) {
    const std::vector<const Finding*> own = findingsFor(findings, file);
    const std::string name = attr(file);
    const std::string classname = attr(className(file));
    out << "  <testsuite name=\"" << name << "\" tests=\"" << std::max<std::size_t>(1, own.size())
        << "\" failures=\"" << std::count_if(own.begin(), own.end(), fails)
        << "\" errors=\"0\" skipped=\"0\" time=\"0\">\n";
    if (own.empty()) {
      // A clean file is one passing test, so that it shows up (and counts) as checked.
      out << "    <testcase name=\"no problems\" classname=\"" << classname << "\" file=\"" << name
          << "\" time=\"0\"/>\n";
    }
    for (const Finding* f : own) {
      // The rule and where; a finding about the whole file is named by its rule alone.
      const std::string testName =
          f->span.begin.line > 0 ? f->ruleId + " at " + position(*f) : f->ruleId;
      out << "    <testcase name=\"" << attr(testName) << "\" classname=\"" << classname
          << "\" file=\"" << name << '"';
      if (f->span.begin.line > 0) out << " line=\"" << f->span.begin.line << '"';
      out << " time=\"0\">\n";
      if (fails(f)) {
        out << "      <failure message=\"" << attr(f->message) << "\" type=\""
            << severityName(f->severity) << "\">";
      } else {
        out << "      <system-out>";
      }
      out << body(file) << ':' << position(*f) << ": " << severityName(f->severity) << ": "
          << body(f->message) << " [" << body(f->ruleId) << ']';
      if (f->fix) out << "\nfix: " << body(f->fix->description);
      out << (fails(f) ? "</failure>\n" : "</system-out>\n") << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace careerlint::report
