#include "util/words.h"

#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint::words {

namespace {

bool isContinuationByte(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Abbreviations after which a period does not end a sentence.
bool endsWithAbbreviation(std::string_view before) noexcept {
  for (std::string_view abbreviation :
       {"e.g", "i.e", "etc", "vs", "Dr", "Mr", "Mrs", "Ms", "St", "U.S"}) {
    if (before.ends_with(abbreviation) &&
        wordEndsBefore(before, before.size() - abbreviation.size())) {
      return true;
    }
  }
  return false;
}

// What may open the sentence after ". ": an upper-case letter, a digit or a quote (0xE2 leads
// the curly ones).
bool opensSentence(char c) noexcept {
  return ascii::isUpper(c) || ascii::isDigit(c) || c == '"' || c == '\'' ||
         static_cast<unsigned char>(c) == 0xE2;
}

}  // namespace

bool isWordChar(char c, WordChars kind) noexcept {
  if (ascii::isAlnum(c) || c == '_') return true;
  if (kind == WordChars::Joined && (c == '\'' || c == '-')) return true;
  const auto byte = static_cast<unsigned char>(c);
  return isContinuationByte(c) || (byte >= 0xC0 && byte != 0xE2);  // 0xE2 leads U+2000–U+2FFF
}

bool wordContinuesAt(std::string_view text, std::size_t at, WordChars kind) noexcept {
  return at < text.size() && isWordChar(text[at], kind);
}

bool wordEndsBefore(std::string_view text, std::size_t at, WordChars kind) noexcept {
  while (at > 0 && isContinuationByte(text[at - 1])) --at;
  return at == 0 || !isWordChar(text[at - 1], kind);
}

bool isWholeWord(std::string_view text, std::size_t at, std::size_t length,
                 WordChars kind) noexcept {
  return wordEndsBefore(text, at, kind) && !wordContinuesAt(text, at + length, kind);
}

std::size_t findWholeWord(std::string_view text, std::string_view word, std::size_t from,
                          WordChars kind) noexcept {
  for (std::size_t at = strings::findIgnoreCase(text, word, from); at != std::string_view::npos;
       at = strings::findIgnoreCase(text, word, at + 1)) {
    if (isWholeWord(text, at, word.size(), kind)) return at;
  }
  return std::string_view::npos;
}

bool containsLowercaseTerm(std::string_view text, std::string_view term) noexcept {
  if (term.empty()) return false;
  const bool frontIsWord = isWordChar(term.front(), WordChars::Letters);
  const bool backIsWord = isWordChar(term.back(), WordChars::Letters);
  for (std::size_t at = text.find(term); at != std::string_view::npos;
       at = text.find(term, at + 1)) {
    std::size_t after = at + term.size();
    if (backIsWord && after < text.size() && text[after] == 's' &&
        !wordContinuesAt(text, after + 1, WordChars::Letters)) {
      ++after;  // a plural
    }
    const bool startsWord = !frontIsWord || wordEndsBefore(text, at, WordChars::Letters);
    const bool endsWord = !backIsWord || !wordContinuesAt(text, after, WordChars::Letters);
    if (startsWord && endsWord) return true;
  }
  return false;
}

std::vector<std::string_view> splitSentences(std::string_view paragraph) {
  std::vector<std::string_view> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c != '.' && c != '?' && c != '!') continue;
    if (paragraph[i + 1] != ' ' || !opensSentence(paragraph[i + 2])) continue;
    if (c == '.' && endsWithAbbreviation(paragraph.substr(start, i - start))) continue;
    sentences.push_back(paragraph.substr(start, i + 1 - start));
    start = i + 2;
  }
  if (start < paragraph.size()) {
    const std::string_view rest = strings::trim(paragraph.substr(start));
    if (!rest.empty()) sentences.push_back(rest);
  }
  return sentences;
}

}  // namespace careerlint::words
