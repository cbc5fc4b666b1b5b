#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/finding.h"
#include "careerlint/span.h"

namespace careerlint::lint {

// The careerlint-disable comments of one file:
//   # careerlint-disable-next-line <id>[, <id>…] [-- reason]
//   # careerlint-disable <id>…   …   # careerlint-enable <id>…
//   # careerlint-disable-file <id>…
// In YAML they are whole-line comments; in raw pages the same text on a line of its own (the
// leading '#' optional). Without ids a directive covers every rule.
class Suppressions {
 public:
  // `isKnownRule` decides which ids are real; unknown ids are reported, not honoured.
  static Suppressions parse(std::string_view text, std::string_view file,
                            const std::function<bool(std::string_view)>& isKnownRule);

  // True (and the directive counts as used) when a directive covers the finding.
  bool suppresses(const Finding& finding);

  // Problems with the directives themselves: unknown rule ids, an enable with no disable, and —
  // after every finding went through suppresses() — directives that suppressed nothing. Ids for
  // which `ruleRan` is false (rules switched off for the file) are not called unused.
  std::vector<Finding> problems(const std::function<bool(std::string_view)>& ruleRan) const;

  // No directive and no problem with one: nothing to keep for the file.
  bool empty() const noexcept { return directives_.empty() && parseProblems_.empty(); }

  // Lines that hold directives (the converter and rules treat them as comments, not content).
  static bool isDirectiveLine(std::string_view line) noexcept;

 private:
  struct Directive {
    enum class Kind { NextLine, Range, File } kind;
    std::string ruleId;  // "" = every rule
    Span span;           // the directive text
    std::uint32_t fromLine = 0;
    std::uint32_t toLine = 0;  // inclusive; UINT32_MAX = end of file
    bool used = false;
  };
  std::string file_;
  std::vector<Directive> directives_;
  std::vector<Finding> parseProblems_;
};

}  // namespace careerlint::lint
