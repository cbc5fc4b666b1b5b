#pragma once

#include <string>
#include <string_view>

namespace careerlint::report::golden {

// tests/fixtures/report/<name>
std::string path(std::string_view name);

// Expects `actual` to equal the golden file `name` byte for byte. With CAREERLINT_UPDATE_GOLDEN=1
// in the environment it rewrites the golden file instead (see tests/report/README.md).
void expectMatches(std::string_view name, const std::string& actual);

}  // namespace careerlint::report::golden
