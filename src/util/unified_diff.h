#pragma once

#include <string>
#include <string_view>

namespace careerlint::diff {

// The unified diff (diff -u, three lines of context) that turns `before` into `after`, with
// "--- a/NAME" and "+++ b/NAME" headers so that `git apply` and `patch -p1` take it; "" when the
// texts are equal.
std::string unified(std::string_view before, std::string_view after, std::string_view name);

}  // namespace careerlint::diff
