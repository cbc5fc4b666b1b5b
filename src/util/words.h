#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

// Words in text: what a word character is, whole-word search, sentences.
namespace careerlint::words {

// What continues a word on either side of a match. Plain is the toolbox's idea; the others are
// older ideas that findings and conversions still depend on (issue 11: folding them into Plain
// is a behaviour change of its own).
enum class WordChars : unsigned char {
  Plain,       // ASCII letters and digits and any non-ASCII byte
  Identifier,  // Plain and '_' (the text rules' markers: "TODO_x" is no marker)
  Joined,      // ASCII letters, digits, '\'' and '-', and non-ASCII letters: a character of
               // U+2000–U+2FFF (dashes, curly quotes, bullets) ends a word ("full-time" is one)
  Ascii,       // ASCII letters and digits only
};

// Whether the byte `c` (for Joined: the lead byte of a code point) is a word character.
bool isWordChar(char c, WordChars kind = WordChars::Plain) noexcept;

// A word continues at text[at] (false at the end).
bool wordContinuesAt(std::string_view text, std::size_t at,
                     WordChars kind = WordChars::Plain) noexcept;
// No word runs into `at` from the left (true at 0). Joined looks at the code point before `at`.
bool wordEndsBefore(std::string_view text, std::size_t at,
                    WordChars kind = WordChars::Plain) noexcept;
// `text.substr(at, length)` stands alone: no word character glued to either side.
bool isWholeWord(std::string_view text, std::size_t at, std::size_t length,
                 WordChars kind = WordChars::Plain) noexcept;

// The offset of `word` in `text` at or after `from` as a whole word, ASCII case-insensitive;
// npos when absent or `word` is empty.
std::size_t findWholeWord(std::string_view text, std::string_view word, std::size_t from = 0,
                          WordChars kind = WordChars::Plain) noexcept;

// Whether `term` occurs in `text`, both already ASCII lower case, as a whole word or followed by
// a plural "s". An edge of `term` that is not a word character (Ascii) needs no boundary there.
bool containsLowercaseTerm(std::string_view text, std::string_view term) noexcept;

// Sentences of a paragraph, as views into it (each keeps its final punctuation). A sentence ends
// at '.', '?' or '!' followed by a space and an upper-case letter, a digit or a quote, or at the
// end; not at the period of "e.g.", "Dr.", "U.S." and similar abbreviations.
std::vector<std::string_view> splitSentences(std::string_view paragraph);

}  // namespace careerlint::words
