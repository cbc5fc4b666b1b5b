#pragma once

#include <cstddef>
#include <string_view>

// ASCII character classes and case, independent of the C locale (std::isalpha and std::tolower
// depend on it and are undefined for negative chars). Bytes of UTF-8 sequences are never letters.
namespace careerlint::ascii {

constexpr bool isUpper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool isLower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool isAlpha(char c) noexcept { return isUpper(c) || isLower(c); }
constexpr bool isDigit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool isAlnum(char c) noexcept { return isAlpha(c) || isDigit(c); }
constexpr bool isHexDigit(char c) noexcept {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// The value of a hexadecimal digit, or -1.
constexpr int hexValue(char c) noexcept {
  if (isDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
constexpr bool isSpace(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// Not ASCII: a byte of a UTF-8 sequence.
constexpr bool isNonAscii(char c) noexcept { return static_cast<unsigned char>(c) >= 0x80; }

constexpr char toLower(char c) noexcept {
  return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char toUpper(char c) noexcept {
  return isLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

// Every byte an ASCII digit (false for an empty text).
constexpr bool isAllDigits(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s) {
    if (!isDigit(c)) return false;
  }
  return true;
}

}  // namespace careerlint::ascii
