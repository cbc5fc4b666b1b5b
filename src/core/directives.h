#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace careerlint {

// A careerlint-disable/enable comment: "# careerlint-disable-next-line a, b -- reason".
// In YAML it is a whole-line comment; in a raw page the same text on a line of its own, the
// leading '#' optional. The converter keeps such lines aside; the lint engine honours them.
struct Directive {
  std::string_view verb;  // "disable-next-line" | "disable" | "enable" | "disable-file"
  std::vector<std::string_view> ruleIds;  // empty: every rule
};

std::optional<Directive> parseDirective(std::string_view line);

}  // namespace careerlint
