#pragma once

// Regular expressions that come from untrusted places (a JSON Schema's `pattern`, a keyword's
// phrases) matched against untrusted text. RE2, not std::regex: libstdc++'s matcher recurses
// once per character (a long string overflows the stack) and backtracks without bound (a
// pattern like (a*)*b against a line of a's never returns). RE2 matches in time linear in the
// text; the price is that lookaround and backreferences do not compile.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "careerlint/expected.h"

namespace careerlint::regex {

struct Match {
  std::size_t offset = 0;  // bytes
  std::size_t length = 0;
};

class Regex {
 public:
  // An ECMA-262 pattern as JSON Schema uses it (\uXXXX escapes included), over UTF-8 text. The
  // Error says why it does not compile.
  static Expected<Regex> compile(std::string_view pattern, bool ignoreCase = false);

  // The first match in `text`, or nullopt.
  std::optional<Match> search(std::string_view text) const;

 private:
  struct Code;
  explicit Regex(std::shared_ptr<const Code> code) : code_(std::move(code)) {}
  std::shared_ptr<const Code> code_;
};

// compile(), remembered per thread: schemas name the same patterns again and again.
const Expected<Regex>& cached(std::string_view pattern, bool ignoreCase = false);

}  // namespace careerlint::regex
