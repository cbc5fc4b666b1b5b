#include "lint/suppressions.h"

#include <limits>
#include <map>

#include "core/directives.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace careerlint::lint {

namespace {

constexpr std::uint32_t kEndOfFile = std::numeric_limits<std::uint32_t>::max();

bool isCommentOrBlank(std::string_view line) {
  const std::string_view text = strings::trim(line);
  return text.empty() || text.starts_with('#');
}

}  // namespace

bool Suppressions::isDirectiveLine(std::string_view line) noexcept {
  return careerlint::parseDirective(line).has_value();
}

Suppressions Suppressions::parse(std::string_view text, std::string_view file,
                                 const std::function<bool(std::string_view)>& isKnownRule) {
  Suppressions result;
  result.file_ = std::string(file);
  const std::vector<std::string_view> lines = strings::split(text, '\n');
  std::map<std::string, std::size_t> open;  // rule id -> index of its open range directive
  std::uint32_t offset = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view raw = lines[i];
    const auto lineNumber = static_cast<std::uint32_t>(i + 1);
    const std::uint32_t lineOffset = offset;
    offset += static_cast<std::uint32_t>(raw.size() + 1);
    const auto directive = careerlint::parseDirective(raw);
    if (!directive) continue;
    const std::string_view trimmed = strings::trim(raw);
    const auto lead = static_cast<std::uint32_t>(trimmed.data() - raw.data());
    Span span{
        Position{lineNumber, 1 + lead, lineOffset + lead},
        Position{lineNumber, 1 + lead + static_cast<std::uint32_t>(utf8::codePointCount(trimmed)),
                 lineOffset + lead + static_cast<std::uint32_t>(trimmed.size())}};
    std::vector<std::string> ids;
    for (std::string_view id : directive->ruleIds) {
      if (isKnownRule(id)) {
        ids.emplace_back(id);
        continue;
      }
      Finding problem;
      problem.ruleId = "unused-suppression";
      problem.messageId = "unknownRule";
      problem.severity = Severity::Warning;
      problem.message = "careerlint-" + std::string(directive->verb) + " names an unknown rule " +
                        strings::quoted(id);
      problem.file = result.file_;
      problem.span = span;
      result.parseProblems_.push_back(std::move(problem));
    }
    if (ids.empty() && directive->ruleIds.empty()) ids.emplace_back("");
    if (ids.empty()) continue;
    for (const std::string& id : ids) {
      if (directive->verb == "disable-next-line") {
        std::uint32_t target = lineNumber + 1;
        while (target <= lines.size() && isCommentOrBlank(lines[target - 1])) ++target;
        result.directives_.push_back({Directive::Kind::NextLine, id, span, target, target});
      } else if (directive->verb == "disable-file") {
        result.directives_.push_back({Directive::Kind::File, id, span, 0, kEndOfFile});
      } else if (directive->verb == "disable") {
        if (open.count(id)) continue;  // already disabled: the first disable governs
        result.directives_.push_back(
            {Directive::Kind::Range, id, span, lineNumber + 1, kEndOfFile});
        open[id] = result.directives_.size() - 1;
      } else {  // enable
        auto it = open.find(id);
        if (it == open.end()) {
          Finding problem;
          problem.ruleId = "unused-suppression";
          problem.messageId = "unmatched";
          problem.severity = Severity::Warning;
          problem.message = "careerlint-enable" + (id.empty() ? std::string() : " " + id) +
                            " has no careerlint-disable before it";
          problem.file = result.file_;
          problem.span = span;
          result.parseProblems_.push_back(std::move(problem));
          continue;
        }
        result.directives_[it->second].toLine = lineNumber - 1;
        open.erase(it);
      }
    }
  }
  return result;
}

bool Suppressions::suppresses(const Finding& finding) {
  const std::uint32_t line = finding.span.begin.line;
  bool suppressed = false;
  for (Directive& directive : directives_) {
    if (!directive.ruleId.empty() && directive.ruleId != finding.ruleId) continue;
    const bool covers = directive.kind == Directive::Kind::File ||
                        (line > 0 && line >= directive.fromLine && line <= directive.toLine);
    if (covers) {
      directive.used = true;
      suppressed = true;
    }
  }
  return suppressed;
}

std::vector<Finding> Suppressions::problems(
    const std::function<bool(std::string_view)>& ruleRan) const {
  std::vector<Finding> found = parseProblems_;
  for (const Directive& directive : directives_) {
    if (directive.used || (!directive.ruleId.empty() && !ruleRan(directive.ruleId))) continue;
    Finding problem;
    problem.ruleId = "unused-suppression";
    problem.messageId = "unused";
    problem.severity = Severity::Warning;
    problem.message = "this careerlint-disable comment" +
                      (directive.ruleId.empty() ? std::string() : " for " + directive.ruleId) +
                      " suppresses nothing; remove it";
    problem.file = file_;
    problem.span = directive.span;
    found.push_back(std::move(problem));
  }
  return found;
}

}  // namespace careerlint::lint
