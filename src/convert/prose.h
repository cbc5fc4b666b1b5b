#pragma once

#include <string_view>
#include <vector>

namespace careerlint::convert {

// Sentences of a paragraph, as views into it (each keeps its final punctuation). A sentence ends
// at '.', '?' or '!' followed by a space and an upper-case letter, a digit or a quote, or at the
// end.
std::vector<std::string_view> splitSentences(std::string_view paragraph);

// Case-insensitive word search: the offset of `word` in `text` where it is a whole word, or npos.
std::size_t findWord(std::string_view text, std::string_view word, std::size_t from = 0);

}  // namespace careerlint::convert
