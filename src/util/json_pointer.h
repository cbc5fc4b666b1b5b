#pragma once

#include <string>
#include <string_view>

// JSON Pointer (RFC 6901) reference tokens: "~" is written "~0" and "/" is written "~1".
namespace careerlint::json_pointer {

// Appends "/" and `token`, escaped, to `pointer`.
void appendToken(std::string& pointer, std::string_view token);

// `token` escaped, without the leading "/".
std::string escapeToken(std::string_view token);

// One escaped token as its key; "~" not followed by 0 or 1 is kept as it is.
std::string unescapeToken(std::string_view escaped);

}  // namespace careerlint::json_pointer
