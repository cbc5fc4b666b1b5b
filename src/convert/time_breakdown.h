#pragma once

#include <string_view>
#include <vector>

namespace careerlint::convert {

// One part of a time breakdown stated in prose: "Perhaps 50% of time goes to clinical duties".
// Views point into the paragraph, so callers can map them to page positions.
struct SharePhrase {
  std::string_view activity;  // "clinical duties"
  std::string_view figure;    // "50%", or the remainder phrase ("The remaining time")
  double share = 0;           // for a remainder without a number: total minus the stated shares
  bool remainder = false;
};

// The breakdown stated in a paragraph of "Inside This Career" (docs/page-layout.md §6), or empty
// when it states none. "remaining" in other senses ("while remaining calm") is not a remainder.
std::vector<SharePhrase> extractTimeBreakdown(std::string_view paragraph, double total = 100);

}  // namespace careerlint::convert
