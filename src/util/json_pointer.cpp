#include "util/json_pointer.h"

namespace careerlint::json_pointer {

void appendToken(std::string& pointer, std::string_view token) {
  pointer.push_back('/');
  for (const char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer.push_back(c);
    }
  }
}

std::string escapeToken(std::string_view token) {
  std::string pointer;
  appendToken(pointer, token);
  return pointer.substr(1);
}

std::string unescapeToken(std::string_view escaped) {
  std::string token;
  token.reserve(escaped.size());
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    const bool escape = escaped[i] == '~' && i + 1 < escaped.size() &&
                        (escaped[i + 1] == '0' || escaped[i + 1] == '1');
    if (escape) {
      token.push_back(escaped[i + 1] == '0' ? '~' : '/');
      ++i;
    } else {
      token.push_back(escaped[i]);
    }
  }
  return token;
}

}  // namespace careerlint::json_pointer
