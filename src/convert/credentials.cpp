#include "convert/credentials.h"

#include <optional>

#include "util/ascii.h"
#include "util/strings.h"
#include "util/words.h"

namespace careerlint::convert {

namespace {

// What a credential's name is made of: "CPR", "driver's", "X-ray", "CompTIA*".
bool isNameChar(char c) { return ascii::isAlnum(c) || c == '-' || c == '\'' || c == '*'; }

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
  return !word.empty() && (ascii::isUpper(word[0]) || ascii::isDigit(word[0]));
}

bool statesRequirement(std::string_view sentence) {
  for (std::string_view negation : {"not required", "not always required", "isn't required",
                                    "optional", "not mandatory", "no license", "not need"}) {
    if (words::findWholeWord(sentence, negation) != std::string_view::npos) return false;
  }
  for (std::string_view word :
       {"required", "requires", "require", "mandatory", "must", "mandate", "mandates"}) {
    if (words::findWholeWord(sentence, word) != std::string_view::npos) return true;
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

// A word of a sentence, [begin, end): it starts with a letter.
struct Word {
  std::size_t begin;
  std::size_t end;
};

// The first word that starts at or after `from`.
std::optional<Word> nextWord(std::string_view sentence, std::size_t from) {
  for (std::size_t at = from; at < sentence.size(); ++at) {
    if (!ascii::isAlpha(sentence[at]) || (at > 0 && isNameChar(sentence[at - 1]))) continue;
    std::size_t end = at;
    while (end < sentence.size() && isNameChar(sentence[end])) ++end;
    return Word{at, end};
  }
  return std::nullopt;
}

// The keyword `word` is ("Licenses" is "license"), or null.
const Keyword* keywordOf(std::string_view word) {
  for (const Keyword& keyword : kKeywords) {
    if (strings::startsWithIgnoreCase(word, keyword.prefix) &&
        (word.size() == keyword.prefix.size() || word.substr(keyword.prefix.size()) == "s")) {
      return &keyword;
    }
  }
  return nullptr;
}

// A verb right before `at`: "be certified", "become licensed".
bool followsVerb(std::string_view sentence, std::size_t at) {
  const std::string_view before = strings::trimRight(sentence.substr(0, at));
  for (std::string_view verb : {" be", " become", " get", " are", " is", " remain", " stay"}) {
    if (before.ends_with(verb)) return true;
  }
  return false;
}

// The names a parenthesis right after a keyword lists ("Certification (CMA, RMA)") and the
// offset of its ')'.
struct ListedNames {
  std::vector<std::string_view> names;
  std::size_t close;
};

std::optional<ListedNames> namesInParenthesis(std::string_view sentence, std::size_t keywordEnd) {
  const std::string_view after = sentence.substr(keywordEnd);
  if (!after.starts_with(" (")) return std::nullopt;
  const std::size_t close = after.find(')');
  if (close == std::string_view::npos) return std::nullopt;
  std::vector<std::string_view> names = acronymsIn(after.substr(2, close - 2));
  if (names.empty()) return std::nullopt;
  return ListedNames{std::move(names), keywordEnd + close};
}

// Where the name of the credential whose keyword starts at `keywordBegin` starts: up to three
// qualifying words before the keyword ("CPR certification", "state board licensure").
std::size_t nameBegin(std::string_view sentence, std::size_t keywordBegin) {
  std::size_t begin = keywordBegin;
  for (int words = 0; words < 3; ++words) {
    if (begin == 0 || sentence[begin - 1] != ' ') break;
    const std::size_t end = begin - 1;
    std::size_t previousBegin = end;
    while (previousBegin > 0 && isNameChar(sentence[previousBegin - 1])) --previousBegin;
    const std::string_view previous = sentence.substr(previousBegin, end - previousBegin);
    if (previous.empty()) break;
    // A capital at the start of the sentence is grammar, not part of a name.
    if (!(startsUpperOrDigit(previous) && previousBegin > 0) && !isQualifier(previous)) break;
    begin = previousBegin;
  }
  return begin;
}

void findInSentence(std::string_view sentence, std::vector<CredentialMention>& found) {
  std::optional<bool> requiredCache;  // only worked out for sentences that name a credential
  auto required = [&] {
    if (!requiredCache) requiredCache = statesRequirement(sentence);
    return *requiredCache;
  };
  std::size_t from = 0;
  while (const std::optional<Word> word = nextWord(sentence, from)) {
    from = word->end;
    const Keyword* keyword = keywordOf(sentence.substr(word->begin, word->end - word->begin));
    if (!keyword || (keyword->needsVerb && !followsVerb(sentence, word->begin))) continue;
    if (const auto listed = namesInParenthesis(sentence, word->end)) {
      for (std::string_view name : listed->names)
        found.push_back({name, std::string(keyword->kind), required()});
      from = listed->close;
      continue;
    }
    const std::size_t begin = nameBegin(sentence, word->begin);
    found.push_back(
        {sentence.substr(begin, word->end - begin), std::string(keyword->kind), required()});
  }
}

}  // namespace

std::vector<CredentialMention> findCredentials(std::string_view text) {
  std::vector<CredentialMention> found;
  for (std::string_view sentence : words::splitSentences(text)) findInSentence(sentence, found);
  return found;
}

}  // namespace careerlint::convert
