#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

// Words in text: what a word character is, whole-word search, sentences.
namespace careerlint::words {

// What continues a word on either side of a match. The one difference is a choice of the
// caller: whether a hyphen or an apostrophe joins two words into one.
enum class WordChars : unsigned char {
  Letters,  // ASCII letters and digits, '_' ("TODO_later" is one word) and every other code
            // point but those of U+2000–U+2FFF (dashes, curly quotes, bullets end a word;
            // "café" is one word)
  Joined,   // Letters, '\'' and '-': "full-time" and "driver's" are one word
};

// Whether the byte `c` starts (or, for a UTF-8 continuation byte, continues) a word character.
bool isWordChar(char c, WordChars kind = WordChars::Letters) noexcept;

// A word continues at text[at] (false at the end).
bool wordContinuesAt(std::string_view text, std::size_t at,
                     WordChars kind = WordChars::Letters) noexcept;
// No word runs into `at` from the left (true at 0): the code point before `at` is no word
// character.
bool wordEndsBefore(std::string_view text, std::size_t at,
                    WordChars kind = WordChars::Letters) noexcept;
// `text.substr(at, length)` stands alone: no word character glued to either side.
bool isWholeWord(std::string_view text, std::size_t at, std::size_t length,
                 WordChars kind = WordChars::Letters) noexcept;

// The offset of `word` in `text` at or after `from` as a whole word, ASCII case-insensitive;
// npos when absent or `word` is empty.
std::size_t findWholeWord(std::string_view text, std::string_view word, std::size_t from = 0,
                          WordChars kind = WordChars::Letters) noexcept;

// Whether `term` occurs in `text`, both already ASCII lower case, as a whole word or followed by
// a plural "s". An edge of `term` that is not a word character needs no boundary there.
bool containsLowercaseTerm(std::string_view text, std::string_view term) noexcept;

// Sentences of a paragraph, as views into it (each keeps its final punctuation). A sentence ends
// at '.', '?' or '!' followed by a space and an upper-case letter, a digit or a quote, or at the
// end; not at the period of "e.g.", "Dr.", "U.S." and similar abbreviations.
std::vector<std::string_view> splitSentences(std::string_view paragraph);

}  // namespace careerlint::words
