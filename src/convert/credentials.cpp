#include "convert/credentials.h"

#include <optional>

#include "convert/prose.h"
#include "util/strings.h"

namespace careerlint::convert {

namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLetter(char c) { return isLower(c) || isUpper(c); }
bool isWordByte(char c) {
  return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '\'' || c == '*';
}

struct Keyword {
  std::string_view prefix;
  std::string_view kind;
  bool needsVerb;  // "certified"/"licensed" count only as "be certified", "become licensed"
};

constexpr Keyword kKeywords[] = {
    {"certification", "certification", false},
    {"licensure", "license", false},
    {"license", "license", false},
    {"licence", "license", false},
    {"certified", "certification", true},
    {"licensed", "license", true},
};

// Lower-case words that belong to a credential's name ("state licensure").
bool isQualifier(std::string_view word) {
  for (std::string_view q :
       {"state", "board", "professional", "national", "specialty", "commercial", "driver's",
        "federal", "industry", "vendor", "voluntary"}) {
    if (strings::equalsIgnoreCase(word, q)) return true;
  }
  return false;
}

bool startsUpperOrDigit(std::string_view word) {
  return !word.empty() && (isUpper(word[0]) || (word[0] >= '0' && word[0] <= '9'));
}

bool statesRequirement(std::string_view sentence) {
  for (std::string_view negation : {"not required", "not always required", "isn't required",
                                    "optional", "not mandatory", "no license", "not need"}) {
    if (findWord(sentence, negation) != std::string_view::npos) return false;
  }
  for (std::string_view word :
       {"required", "requires", "require", "mandatory", "must", "mandate", "mandates"}) {
    if (findWord(sentence, word) != std::string_view::npos) return true;
  }
  return false;
}

// "(CMA, RMA)" -> {"CMA", "RMA"}; empty when the parenthesis holds prose.
std::vector<std::string_view> acronymsIn(std::string_view inside) {
  std::vector<std::string_view> names;
  std::size_t start = 0;
  while (start <= inside.size()) {
    std::size_t end = inside.find_first_of(",/", start);
    if (end == std::string_view::npos) end = inside.size();
    std::string_view part = strings::trim(inside.substr(start, end - start));
    if (part.starts_with("or ")) part.remove_prefix(3);
    if (part.starts_with("and ")) part.remove_prefix(4);
    part = strings::trim(part);
    // Short, starts upper case, no lower-case-only words: an acronym or a proper name.
    if (part.empty() || part.size() > 24 || !startsUpperOrDigit(part)) return {};
    names.push_back(part);
    start = end + 1;
  }
  return names;
}

}  // namespace

std::vector<CredentialMention> findCredentials(std::string_view text) {
  std::vector<CredentialMention> found;
  for (std::string_view sentence : splitSentences(text)) {
    std::optional<bool> requiredCache;  // only worked out for sentences that name a credential
    auto required = [&] {
      if (!requiredCache) requiredCache = statesRequirement(sentence);
      return *requiredCache;
    };
    std::size_t i = 0;
    while (i < sentence.size()) {
      if (!isLetter(sentence[i]) || (i > 0 && isWordByte(sentence[i - 1]))) {
        ++i;
        continue;
      }
      std::size_t wordEnd = i;
      while (wordEnd < sentence.size() && isWordByte(sentence[wordEnd])) ++wordEnd;
      const std::string_view word = sentence.substr(i, wordEnd - i);
      const Keyword* keyword = nullptr;
      for (const Keyword& k : kKeywords) {
        if (strings::startsWithIgnoreCase(word, k.prefix) &&
            (word.size() == k.prefix.size() || word.substr(k.prefix.size()) == "s")) {
          keyword = &k;
          break;
        }
      }
      if (!keyword) {
        i = wordEnd;
        continue;
      }
      if (keyword->needsVerb) {
        const std::string_view before = strings::trimRight(sentence.substr(0, i));
        bool afterVerb = false;
        for (std::string_view verb :
             {" be", " become", " get", " are", " is", " remain", " stay"}) {
          if (before.ends_with(verb)) afterVerb = true;
        }
        if (!afterVerb) {
          i = wordEnd;
          continue;
        }
      }
      // "Certification (CMA, RMA)": the names are in the parenthesis.
      std::string_view after = sentence.substr(wordEnd);
      if (after.starts_with(" (")) {
        const std::size_t close = after.find(')');
        if (close != std::string_view::npos) {
          auto names = acronymsIn(after.substr(2, close - 2));
          if (!names.empty()) {
            for (std::string_view name : names) {
              found.push_back({name, std::string(keyword->kind), required()});
            }
            i = wordEnd + close;
            continue;
          }
        }
      }
      // Otherwise the name is the keyword with the qualifying words before it ("CPR
      // certification").
      std::size_t nameBegin = i;
      for (int words = 0; words < 3; ++words) {
        std::size_t end = nameBegin;
        if (end == 0 || sentence[end - 1] != ' ') break;
        std::size_t begin = end - 1;
        while (begin > 0 && isWordByte(sentence[begin - 1])) --begin;
        const std::string_view previous = sentence.substr(begin, end - 1 - begin);
        if (previous.empty()) break;
        // A capital at the start of the sentence is grammar, not part of a name.
        if (!(startsUpperOrDigit(previous) && begin > 0) && !isQualifier(previous)) break;
        nameBegin = begin;
      }
      found.push_back({sentence.substr(nameBegin, wordEnd - nameBegin), std::string(keyword->kind),
                       required()});
      i = wordEnd;
    }
  }
  return found;
}

}  // namespace careerlint::convert
