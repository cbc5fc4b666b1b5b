#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace careerlint::utf8 {

// Byte offset of the first byte that is not part of valid UTF-8, or nullopt if all is valid.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
std::optional<std::size_t> firstInvalidByte(std::string_view text) noexcept;

// Length in bytes of the sequence starting with `lead` (1 for invalid lead bytes).
std::size_t sequenceLength(unsigned char lead) noexcept;

// Number of code points in valid UTF-8 text.
std::size_t codePointCount(std::string_view text) noexcept;

// Decodes the code point at text[offset] (valid UTF-8 assumed); advances offset.
char32_t decode(std::string_view text, std::size_t& offset) noexcept;

// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

}  // namespace careerlint::utf8
