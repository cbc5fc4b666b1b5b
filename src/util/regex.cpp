#include "util/regex.h"

#include <re2/re2.h>

#include <map>
#include <utility>

namespace careerlint::regex {

namespace {

// ECMAScript's \uXXXX is RE2's \x{XXXX}; everything else RE2 reads as ECMAScript means it
// (or refuses it: lookaround, backreferences).
std::string toRe2Syntax(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      if (pattern[i + 1] == 'u' && pattern.size() - i >= 6) {
        out += "\\x{" + std::string(pattern.substr(i + 2, 4)) + "}";
        i += 5;
        continue;
      }
      out += pattern.substr(i, 2);
      ++i;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace

struct Regex::Code {
  explicit Code(const std::string& pattern, const RE2::Options& options) : re(pattern, options) {}
  RE2 re;
};

Expected<Regex> Regex::compile(std::string_view pattern, bool ignoreCase) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(!ignoreCase);
  options.set_max_mem(8 << 20);  // bounds the compiled program and its DFA cache
  auto code = std::make_shared<Code>(toRe2Syntax(pattern), options);
  if (!code->re.ok()) return Error{{}, {}, code->re.error()};
  return Regex(std::move(code));
}

std::optional<Match> Regex::search(std::string_view text) const {
  re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece found;
  if (!code_->re.Match(whole, 0, whole.size(), RE2::UNANCHORED, &found, 1)) return std::nullopt;
  return Match{static_cast<std::size_t>(found.data() - text.data()), found.size()};
}

const Expected<Regex>& cached(std::string_view pattern, bool ignoreCase) {
  thread_local std::map<std::pair<std::string, bool>, Expected<Regex>> cache;
  auto key = std::make_pair(std::string(pattern), ignoreCase);
  auto found = cache.find(key);
  if (found == cache.end()) found = cache.emplace(key, Regex::compile(pattern, ignoreCase)).first;
  return found->second;
}

}  // namespace careerlint::regex
