#include "convert/prose.h"

#include "util/strings.h"

namespace careerlint::convert {

namespace {
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordChar(char c) {
  return (c >= 'a' && c <= 'z') || isUpper(c) || isDigit(c) ||
         static_cast<unsigned char>(c) >= 0x80;
}
// Abbreviations after which a period does not end a sentence.
bool endsWithAbbreviation(std::string_view before) {
  for (std::string_view abbreviation :
       {"e.g", "i.e", "etc", "vs", "Dr", "Mr", "Mrs", "Ms", "St", "U.S"}) {
    if (before.ends_with(abbreviation)) {
      const std::size_t at = before.size() - abbreviation.size();
      if (at == 0 || !isWordChar(before[at - 1])) return true;
    }
  }
  return false;
}
}  // namespace

std::vector<std::string_view> splitSentences(std::string_view paragraph) {
  std::vector<std::string_view> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c != '.' && c != '?' && c != '!') continue;
    if (i + 2 >= paragraph.size() || paragraph[i + 1] != ' ') continue;
    const char next = paragraph[i + 2];
    if (!isUpper(next) && !isDigit(next) && next != '"' && next != '\'' &&
        static_cast<unsigned char>(next) != 0xE2) {  // curly quotes
      continue;
    }
    if (c == '.' && endsWithAbbreviation(paragraph.substr(start, i - start))) continue;
    sentences.push_back(paragraph.substr(start, i + 1 - start));
    start = i + 2;
  }
  if (start < paragraph.size()) {
    std::string_view rest = strings::trim(paragraph.substr(start));
    if (!rest.empty()) sentences.push_back(rest);
  }
  return sentences;
}

std::size_t findWord(std::string_view text, std::string_view word, std::size_t from) {
  if (word.empty() || text.size() < word.size()) return std::string_view::npos;
  const auto lower = [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  };
  const char first = lower(word[0]);
  for (std::size_t i = from; i + word.size() <= text.size(); ++i) {
    if (lower(text[i]) != first || !strings::equalsIgnoreCase(text.substr(i, word.size()), word))
      continue;
    const bool startOk = i == 0 || !isWordChar(text[i - 1]);
    const bool endOk = i + word.size() == text.size() || !isWordChar(text[i + word.size()]);
    if (startOk && endOk) return i;
  }
  return std::string_view::npos;
}

}  // namespace careerlint::convert
