#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careerlint::strings {

std::string_view trim(std::string_view s) noexcept;  // ASCII white space
std::string_view trimLeft(std::string_view s) noexcept;
std::string_view trimRight(std::string_view s) noexcept;
std::string toLower(std::string_view s);  // ASCII only
bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept;
bool startsWithIgnoreCase(std::string_view s, std::string_view prefix) noexcept;
std::vector<std::string_view> split(std::string_view s, char separator);
std::string join(std::span<const std::string> parts, std::string_view separator);
std::string replaceAll(std::string_view s, std::string_view from, std::string_view to);

// Levenshtein distance over bytes.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `value` by case-insensitive edit distance, if it is close enough
// to be a plausible misspelling ("did you mean …?").
std::optional<std::string> closestMatch(std::string_view value,
                                        std::span<const std::string> candidates);

// Quotes a value for a message: "text" with \" and control characters escaped.
std::string quoted(std::string_view s);

// A title as a URL slug: ASCII letters and digits lower-cased, runs of anything else one hyphen,
// apostrophes dropped ("Driver's Aides" -> "drivers-aides").
std::string slugify(std::string_view title);

// The bytes [first, second) of `text` that remove the line starting at `lineStart` together
// with one line break: its own, or for a last line without one, the break before it ("\n" or
// "\r\n"), so that deleting them leaves neither a blank line nor a dangling break.
std::pair<std::size_t, std::size_t> lineRemovalRange(std::string_view text, std::size_t lineStart);

}  // namespace careerlint::strings
