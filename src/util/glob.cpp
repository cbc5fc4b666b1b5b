#include "util/glob.h"

#include <string>

namespace careerlint::glob {

namespace {

// Matches one segment (no '/') of pattern against one segment of text.
bool matchSegment(std::string_view p, std::string_view t) {
  std::size_t pi = 0, ti = 0;
  std::size_t starP = std::string_view::npos, starT = 0;
  while (ti < t.size()) {
    if (pi < p.size() && p[pi] == '*') {
      starP = pi++;
      starT = ti;
      continue;
    }
    if (pi < p.size() && p[pi] == '[') {
      const std::size_t close = p.find(']', pi + 2);
      if (close != std::string_view::npos) {
        std::string_view set = p.substr(pi + 1, close - pi - 1);
        bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
        if (negate) set.remove_prefix(1);
        bool found = false;
        for (std::size_t k = 0; k < set.size(); ++k) {
          if (k + 2 < set.size() && set[k + 1] == '-') {
            found = found || (t[ti] >= set[k] && t[ti] <= set[k + 2]);
            k += 2;
          } else {
            found = found || t[ti] == set[k];
          }
        }
        if (found != negate) {
          pi = close + 1;
          ++ti;
          continue;
        }
      }
    } else if (pi < p.size() && (p[pi] == '?' || p[pi] == t[ti])) {
      ++pi;
      ++ti;
      continue;
    }
    if (starP == std::string_view::npos) return false;
    pi = starP + 1;
    ti = ++starT;
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::string_view firstSegment(std::string_view s, std::string_view& rest) {
  const std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) {
    rest = {};
    return s;
  }
  rest = s.substr(slash + 1);
  return s.substr(0, slash);
}

bool matchPath(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return path.empty();
  std::string_view patternRest;
  const std::string_view segment = firstSegment(pattern, patternRest);
  const bool lastPatternSegment =
      patternRest.empty() && pattern.find('/') == std::string_view::npos;
  if (segment == "**") {
    if (lastPatternSegment) return true;
    // Try the rest of the pattern at this segment and at every later one.
    std::string_view tail = path;
    while (true) {
      if (matchPath(patternRest, tail)) return true;
      const std::size_t slash = tail.find('/');
      if (slash == std::string_view::npos) return false;
      tail = tail.substr(slash + 1);
    }
  }
  if (path.empty()) return false;
  std::string_view pathRest;
  const std::string_view pathSegment = firstSegment(path, pathRest);
  if (!matchSegment(segment, pathSegment)) return false;
  const bool pathHadMore = path.find('/') != std::string_view::npos;
  if (lastPatternSegment) return !pathHadMore;
  return matchPath(patternRest, pathRest);
}

}  // namespace

bool matches(std::string_view pattern, std::string_view path) noexcept {
  while (pattern.starts_with("./")) pattern.remove_prefix(2);
  while (path.starts_with("./")) path.remove_prefix(2);
  if (pattern.ends_with('/')) {
    pattern.remove_suffix(1);
    // "drafts/": the directory and everything under it.
    std::string dirPattern(pattern);
    dirPattern += "/**";
    if (pattern.find('/') == std::string_view::npos) dirPattern = "**/" + dirPattern;
    return matchPath(dirPattern, path);
  }
  if (pattern.find('/') == std::string_view::npos) {
    // Like .gitignore: the name at any depth, and anything under a directory of that name.
    std::string_view rest = path;
    while (true) {
      std::string_view after;
      const std::string_view segment = firstSegment(rest, after);
      if (matchSegment(pattern, segment)) return true;
      if (after.empty() && rest.find('/') == std::string_view::npos) return false;
      rest = after;
    }
  }
  if (pattern.starts_with('/')) pattern.remove_prefix(1);
  if (matchPath(pattern, path)) return true;
  // A pattern naming a directory also covers what is under it.
  std::string under(pattern);
  under += "/**";
  return matchPath(under, path);
}

}  // namespace careerlint::glob
