#include "report/fixture.h"

#include <stdexcept>

#include "util/utf8.h"

namespace careerlint::report::fixture {
namespace {

const std::string kClean = "careers/clean.yaml";
const std::string kNurse = "careers/registered-nurse.yaml";
const std::string kResume = "careers/Ångström café/naïve résumé.yaml";

const std::string kCleanText =
    "title: Librarian\n"
    "slug: librarian\n";

const std::string kNurseText =
    "title: Registered Nurse\n"
    "slug: registered-nurse\n"
    "summary: \"Nurses 🩺 care for patients — día y noche\"\n"
    "median_pay: ten dollars\n"
    "tasks:\n"
    "\t- Check vitals\n"
    "skills: []\n"
    "description: \"Registered nurses assess patients, plan care, give medicines and treatments, "
    "and teach patients and families how to manage illness; TODO: add the night-shift details.\"\n";

const std::string kResumeText =
    "slug: naive-resume\n"
    "salary: \"給与 100% <negotiable> & more, see: notes\"\n"
    "tasks:\n"
    "  - Lorem ipsum dolor sit amet,\n"
    "    consectetur adipiscing elit\n";

std::size_t lineStart(const std::string& text, std::uint32_t line) {
  std::size_t offset = 0;
  for (std::uint32_t l = 1; l < line; ++l) {
    offset = text.find('\n', offset);
    if (offset == std::string::npos) throw std::out_of_range("no such line");
    ++offset;
  }
  return offset;
}

Position positionAt(const std::string& text, std::uint32_t line, std::size_t offset) {
  const std::size_t start = lineStart(text, line);
  const auto column = utf8::codePointCount(std::string_view(text).substr(start, offset - start));
  return {line, static_cast<std::uint32_t>(column + 1), static_cast<std::uint32_t>(offset)};
}

Span spanBetween(const std::string& text, std::uint32_t line, std::string_view first,
                 std::uint32_t endLine, std::string_view last) {
  return {spanOf(text, line, first).begin, spanOf(text, endLine, last).end};
}

Finding finding(std::string ruleId, std::string messageId, Severity severity, std::string message,
                const std::string& file, Span span, std::string pointer) {
  Finding f;
  f.ruleId = std::move(ruleId);
  f.messageId = std::move(messageId);
  f.severity = severity;
  f.message = std::move(message);
  f.file = file;
  f.span = span;
  f.pointer = std::move(pointer);
  return f;
}

RuleDescriptor rule(std::string id, std::string description, Severity severity, bool fixable) {
  RuleDescriptor r;
  r.helpText = "# " + id + "\n\n" + description + ".\n";
  r.helpUri = "https://example.org/careerlint/docs/rules/" + id + ".md";
  r.id = std::move(id);
  r.description = std::move(description);
  r.defaultSeverity = severity;
  r.fixable = fixable;
  return r;
}

Shared build() {
  Shared s;
  s.sources = {{kClean, kCleanText}, {kNurse, kNurseText}, {kResume, kResumeText}};

  auto& f = s.findings;
  f.push_back(finding("plain-language", "nonEnglish", Severity::Info,
                      "Write the summary in English: \"día y noche\"", kNurse,
                      spanOf(kNurseText, 3, "día y noche"), "/summary"));
  f.push_back(finding("schema/type", "type", Severity::Error,
                      "Expected a number for \"median_pay\", got \"ten dollars\"", kNurse,
                      spanOf(kNurseText, 4, "ten dollars"), "/median_pay"));
  Finding tab =
      finding("yaml/indentation", "tabIndent", Severity::Warning, "Indent with spaces, not tabs",
              kNurse, spanOf(kNurseText, 6, "\t"), "/tasks/0");
  tab.fix =
      Fix{"Replace the tab with two spaces", {{tab.span.begin.offset, tab.span.end.offset, "  "}}};
  f.push_back(tab);
  Finding empty =
      finding("empty-section", "emptySection", Severity::Warning, "The skills section is empty",
              kNurse, spanOf(kNurseText, 7, "[]"), "/skills");
  const auto lineBegin = static_cast<std::uint32_t>(lineStart(kNurseText, 7));
  const auto lineEnd = static_cast<std::uint32_t>(lineStart(kNurseText, 8));
  empty.fix = Fix{"Remove the empty section", {{lineBegin, lineEnd, ""}}};
  f.push_back(empty);
  f.push_back(finding("no-placeholder", "placeholder", Severity::Error,
                      "Placeholder \"TODO\" left in the description", kNurse,
                      spanOf(kNurseText, 8, "TODO"), "/description"));

  f.push_back(finding("schema/required", "required", Severity::Error, "The career has no \"title\"",
                      kResume, Span{}, ""));
  f.push_back(finding("pay-format", "notANumber", Severity::Warning,
                      "Pay \"100% <negotiable> & more\" is not a number:: write digits, e.g. "
                      "52000,\nor leave it out",
                      kResume, spanOf(kResumeText, 2, "100% <negotiable> & more, see: notes"),
                      "/salary"));
  f.push_back(finding("plain-language", "filler", Severity::Info,
                      "This task reads like filler text", kResume,
                      spanBetween(kResumeText, 4, "Lorem", 5, "elit"), "/tasks/0"));
  sortFindings(f);

  ReportContext& c = s.context;
  c.rules = {
      rule("empty-section", "A section that has no entries", Severity::Warning, true),
      rule("no-placeholder", "Placeholder text such as TODO or lorem ipsum", Severity::Error,
           false),
      rule("pay-format", "Pay written as a plain number", Severity::Warning, false),
      rule("plain-language", "Plain English that a reader understands at once", Severity::Info,
           false),
      rule("schema/required", "A property the career model requires", Severity::Error, false),
      rule("schema/type", "A value of the type the career model expects", Severity::Error, false),
      rule("yaml/indentation", "Indentation with spaces", Severity::Warning, true),
  };
  c.toolVersion = "0.1.0";
  c.toolUri = "https://example.org/careerlint";
  c.sourceRoot = "/home/editor/career pages";
  c.files = {kClean, kNurse, kResume};
  c.color = false;
  c.sourceLine = [sources = s.sources](std::string_view file,
                                       std::uint32_t line) -> std::optional<std::string> {
    const auto it = sources.find(std::string(file));
    if (it == sources.end()) return std::nullopt;
    return lineOf(it->second, line);
  };
  return s;
}

}  // namespace

std::optional<std::string> lineOf(const std::string& text, std::uint32_t line) {
  if (line == 0) return std::nullopt;
  std::size_t start = 0;
  try {
    start = lineStart(text, line);
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
  if (start >= text.size()) return std::nullopt;
  const std::size_t end = text.find('\n', start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

Span spanOf(const std::string& text, std::uint32_t line, std::string_view needle) {
  const std::size_t start = lineStart(text, line);
  const std::size_t end = text.find('\n', start);
  const std::size_t at = text.find(needle, start);
  if (at == std::string::npos || (end != std::string::npos && at + needle.size() > end)) {
    throw std::invalid_argument("needle not on the line");
  }
  return {positionAt(text, line, at), positionAt(text, line, at + needle.size())};
}

const Shared& shared() {
  static const Shared instance = build();
  return instance;
}

}  // namespace careerlint::report::fixture
