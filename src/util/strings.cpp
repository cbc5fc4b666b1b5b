#include "util/strings.h"

#include <algorithm>
#include <cstdio>

#include "util/ascii.h"

namespace careerlint::strings {

std::string_view trimLeft(std::string_view s) noexcept {
  while (!s.empty() && ascii::isSpace(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view trimRight(std::string_view s) noexcept {
  while (!s.empty() && ascii::isSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view trim(std::string_view s) noexcept { return trimRight(trimLeft(s)); }

std::string toLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii::toLower);
  return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii::toLower(x) == ascii::toLower(y);
         });
}

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && equalsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

std::size_t findIgnoreCase(std::string_view s, std::string_view needle, std::size_t from) noexcept {
  if (needle.empty()) return std::string_view::npos;
  const char first = ascii::toLower(needle.front());
  for (std::size_t at = from; at + needle.size() <= s.size(); ++at) {
    if (ascii::toLower(s[at]) == first && equalsIgnoreCase(s.substr(at, needle.size()), needle))
      return at;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  return split(s, std::string_view(&separator, 1));
}

std::vector<std::string_view> split(std::string_view s, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(separator, start);
    if (at == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, at - start));
    start = at + separator.size();
  }
}

std::string join(std::span<const std::string> parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

std::string joinList(std::span<const std::string> items, std::string_view conjunction) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      if (i + 1 < items.size()) {
        out += ", ";
      } else {
        out += ' ';
        out += conjunction;
        out += ' ';
      }
    }
    out += items[i];
  }
  return out;
}

std::string plural(long long count, std::string_view noun) {
  std::string out = std::to_string(count);
  out += ' ';
  out += noun;
  if (count != 1) out += 's';
  return out;
}

std::optional<std::string_view> afterPrefix(std::string_view s, std::string_view prefix) noexcept {
  if (!s.starts_with(prefix)) return std::nullopt;
  return s.substr(prefix.size());
}

std::optional<std::string_view> beforeSuffix(std::string_view s, std::string_view suffix) noexcept {
  if (!s.ends_with(suffix)) return std::nullopt;
  return s.substr(0, s.size() - suffix.size());
}

std::optional<std::string_view> between(std::string_view s, std::string_view prefix,
                                        std::string_view suffix) noexcept {
  if (s.size() < prefix.size() + suffix.size()) return std::nullopt;
  if (!s.starts_with(prefix) || !s.ends_with(suffix)) return std::nullopt;
  return s.substr(prefix.size(), s.size() - prefix.size() - suffix.size());
}

std::string replaceAll(std::string_view s, std::string_view from, std::string_view to) {
  std::string out;
  if (from.empty()) return std::string(s);
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(from, start);
    if (at == std::string_view::npos) break;
    out.append(s.substr(start, at - start));
    out.append(to);
    start = at + from.size();
  }
  out.append(s.substr(start));
  return out;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closestMatch(std::string_view value,
                                        std::span<const std::string> candidates) {
  const std::string needle = toLower(value);
  std::optional<std::string> best;
  std::size_t bestDistance = 0;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = editDistance(needle, toLower(candidate));
    if (!best || distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Plausible misspelling: at most a third of the longer string differs (ninja uses a fixed
  // bound; career vocabulary is longer, so scale it).
  if (!best) return std::nullopt;
  const std::size_t longer = std::max(needle.size(), best->size());
  if (*best == value || bestDistance * 3 > longer) return std::nullopt;
  return best;
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(c));
      out += buffer;
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

std::pair<std::size_t, std::size_t> lineRemovalRange(std::string_view text, std::size_t lineStart) {
  const std::size_t newline = text.find('\n', lineStart);
  if (newline != std::string_view::npos) return {lineStart, newline + 1};
  std::size_t begin = lineStart;
  if (begin > 0 && text[begin - 1] == '\n') {
    --begin;
    if (begin > 0 && text[begin - 1] == '\r') --begin;
  }
  return {begin, text.size()};
}

std::string slugify(std::string_view title) {
  std::string slug;
  bool pendingHyphen = false;
  for (char c : title) {
    if (ascii::isAlnum(c)) {
      if (pendingHyphen && !slug.empty()) slug.push_back('-');
      pendingHyphen = false;
      slug.push_back(ascii::toLower(c));
    } else if (c != '\'') {  // "driver's" -> "drivers"
      pendingHyphen = true;
    }
  }
  return slug;
}

}  // namespace careerlint::strings
