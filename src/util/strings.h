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
// The offset of `needle` in `s` at or after `from`, ASCII case-insensitive; npos when absent or
// `needle` is empty.
std::size_t findIgnoreCase(std::string_view s, std::string_view needle,
                           std::size_t from = 0) noexcept;
std::vector<std::string_view> split(std::string_view s, char separator);
// Split at every occurrence of a non-empty `separator` ("a + b" at " + ").
std::vector<std::string_view> split(std::string_view s, std::string_view separator);
std::string join(std::span<const std::string> parts, std::string_view separator);
// "a", "a and b", "a, b and c" (with conjunction "and").
std::string joinList(std::span<const std::string> items, std::string_view conjunction);
// "1 day", "3 days": the count and the noun, with an "s" unless the count is one.
std::string plural(long long count, std::string_view noun);
std::string replaceAll(std::string_view s, std::string_view from, std::string_view to);

// What follows `prefix` in `s`, or nullopt when `s` does not start with it.
std::optional<std::string_view> afterPrefix(std::string_view s, std::string_view prefix) noexcept;
// What precedes `suffix` in `s`, or nullopt when `s` does not end with it.
std::optional<std::string_view> beforeSuffix(std::string_view s, std::string_view suffix) noexcept;
// What `s` holds between `prefix` and `suffix` when it starts with the one and ends with the
// other (without the two overlapping): between("(BLS)", "(", ")") is "BLS".
std::optional<std::string_view> between(std::string_view s, std::string_view prefix,
                                        std::string_view suffix) noexcept;

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
