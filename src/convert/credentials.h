#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerlint::convert {

// A certification or licence named in prose: "Certification (CMA, RMA)" names CMA and RMA;
// "State licensure is required" names a required "State licensure".
struct CredentialMention {
  std::string_view name;  // a view into the text
  std::string kind;       // "certification" | "license"
  bool required = false;  // the sentence says it is required (and does not negate that)
};

std::vector<CredentialMention> findCredentials(std::string_view text);

}  // namespace careerlint::convert
