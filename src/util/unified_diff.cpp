#include "util/unified_diff.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace careerlint::diff {

namespace {

// Lines with their line breaks, so that a missing final break shows.
std::vector<std::string_view> linesOf(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(begin, end - begin));
    begin = end;
  }
  return lines;
}

enum class Op { Keep, Remove, Add };
struct Step {
  Op op;
  std::string_view line;
};

// The edit script by longest common subsequence over the part between the common prefix and
// suffix (fixes are local, so that part is small); a large middle is replaced whole.
std::vector<Step> editScript(const std::vector<std::string_view>& a,
                             const std::vector<std::string_view>& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  std::vector<Step> steps;
  for (std::size_t i = 0; i < prefix; ++i) steps.push_back({Op::Keep, a[i]});
  const std::size_t n = a.size() - prefix - suffix;
  const std::size_t m = b.size() - prefix - suffix;
  constexpr std::size_t kMaxCells = 4'000'000;
  if (n * m > kMaxCells) {
    for (std::size_t i = 0; i < n; ++i) steps.push_back({Op::Remove, a[prefix + i]});
    for (std::size_t j = 0; j < m; ++j) steps.push_back({Op::Add, b[prefix + j]});
  } else {
    // length[i][j]: the LCS of a's middle from i and b's middle from j.
    std::vector<std::uint32_t> length((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
      return length[i * (m + 1) + j];
    };
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
        steps.push_back({Op::Keep, a[prefix + i]});
        ++i;
        ++j;
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        steps.push_back({Op::Remove, a[prefix + i]});  // removals first, as diff -u shows them
        ++i;
      } else {
        steps.push_back({Op::Add, b[prefix + j]});
        ++j;
      }
    }
  }
  for (std::size_t i = a.size() - suffix; i < a.size(); ++i) steps.push_back({Op::Keep, a[i]});
  return steps;
}

void appendLine(std::string& out, char sign, std::string_view line) {
  out += sign;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// "start,count" of a hunk side; an empty side starts at the line before it.
std::string range(std::size_t start, std::size_t count) {
  if (count == 0) return std::to_string(start == 0 ? 0 : start - 1) + ",0";
  if (count == 1) return std::to_string(start);
  return std::to_string(start) + "," + std::to_string(count);
}

}  // namespace

std::string unified(std::string_view before, std::string_view after, std::string_view name) {
  if (before == after) return "";
  const std::vector<std::string_view> a = linesOf(before);
  const std::vector<std::string_view> b = linesOf(after);
  const std::vector<Step> steps = editScript(a, b);
  constexpr std::size_t kContext = 3;
  std::string out = "--- a/" + std::string(name) + "\n+++ b/" + std::string(name) + "\n";
  std::size_t k = 0;
  while (k < steps.size()) {
    if (steps[k].op == Op::Keep) {
      ++k;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext lines after the last change
    // that is at most 2 * kContext kept lines from the next.
    const std::size_t begin = k >= kContext ? k - kContext : 0;
    std::size_t end = k;
    while (end < steps.size()) {
      if (steps[end].op != Op::Keep) {
        ++end;
        continue;
      }
      std::size_t kept = end;
      while (kept < steps.size() && steps[kept].op == Op::Keep) ++kept;
      if (kept == steps.size() || kept - end > 2 * kContext) {
        end = std::min(kept, end + kContext);
        break;
      }
      end = kept;
    }
    std::size_t oldStart = 1;
    std::size_t newStart = 1;
    for (std::size_t s = 0; s < begin; ++s) {
      if (steps[s].op != Op::Add) ++oldStart;
      if (steps[s].op != Op::Remove) ++newStart;
    }
    std::size_t oldCount = 0;
    std::size_t newCount = 0;
    std::string body;
    for (std::size_t s = begin; s < end; ++s) {
      const char sign = steps[s].op == Op::Keep ? ' ' : steps[s].op == Op::Remove ? '-' : '+';
      if (steps[s].op != Op::Add) ++oldCount;
      if (steps[s].op != Op::Remove) ++newCount;
      appendLine(body, sign, steps[s].line);
    }
    out += "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@\n" + body;
    k = end;
  }
  return out;
}

}  // namespace careerlint::diff
