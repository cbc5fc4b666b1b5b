// title-agreement: the career title's grammatical number, as the page uses it. The site's closing
// question is "Work as a <title up to its first comma>?" (docs/page-layout.md §3.13), which reads
// "Work as a Medical Assistants?" for the plural titles O*NET uses, and "Work as a
// Transportation?" when the title has a comma. In prose, a plural title after "a", "each" or
// "this" (or a singular one after "these", "many") is wrong wherever it occurs.
#include <array>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/vocabulary.h"
#include "util/ascii.h"

namespace careerlint::rules {

namespace {

using vocabulary::findWord;

constexpr std::string_view kQuestionStart = "Work as ";

// Plural heads that do not end in "s", and collective ones that take no "a".
constexpr std::array<std::string_view, 11> kPluralWithoutS = {
    "children", "clergy",    "folk",   "infantry", "men",  "militia",
    "people",   "personnel", "police", "staff",    "women"};

// A word that ends in "s" but is singular ("Business", "Bus", "Analysis").
bool singularDespiteS(std::string_view lower) {
  return lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") ||
         lower.size() <= 3;
}

// The head noun of a title: the last word before " of " or "--" ("First-Line Supervisors of
// Retail Sales Workers" -> "Supervisors"; "Helpers--Installation, …" -> "Helpers").
std::string_view headNoun(std::string_view title) {
  if (std::size_t of = findWord(title, "of"); of != std::string_view::npos)
    title = title.substr(0, of);
  if (std::size_t dashes = title.find("--"); dashes != std::string_view::npos)
    title = title.substr(0, dashes);
  title = strings::trim(title);
  const std::size_t space = title.find_last_of(" /");
  std::string_view word = space == std::string_view::npos ? title : title.substr(space + 1);
  while (!word.empty() && !ascii::isAlpha(word.back())) word.remove_suffix(1);
  return word;
}

// The title with its head noun made singular, for a suggestion ("Medical Assistants" ->
// "Medical Assistant", "Secretaries" -> "Secretary"); the title itself when there is no rule.
std::string singularOf(std::string_view title) {
  const std::string_view head = headNoun(title);
  const std::size_t at = static_cast<std::size_t>(head.data() - title.data());
  const std::string lower = strings::toLower(head);
  std::string singular(head);
  if (lower.ends_with("ies")) {
    singular = singular.substr(0, singular.size() - 3) + "y";
  } else if (lower.ends_with("ches") || lower.ends_with("shes") || lower.ends_with("sses") ||
             lower.ends_with("xes")) {
    singular.resize(singular.size() - 2);
  } else if (lower.ends_with("s")) {
    singular.resize(singular.size() - 1);
  } else {
    return std::string(title);
  }
  return std::string(title.substr(0, at)) + singular + std::string(title.substr(at + head.size()));
}

bool isPlural(std::string_view title) {
  const std::string head = strings::toLower(headNoun(title));
  if (head.empty()) return false;
  for (std::string_view word : kPluralWithoutS) {
    if (head == word) return true;
  }
  return head.back() == 's' && !singularDespiteS(head);
}

// Determiners that need a singular noun, and ones that need a plural.
constexpr std::array<std::string_view, 8> kSingularDeterminers = {
    "a", "an", "another", "each", "every", "one", "single", "this"};
constexpr std::array<std::string_view, 7> kPluralDeterminers = {"all",     "both",  "few",  "many",
                                                                "several", "these", "those"};

// Words that may follow a title used as a noun phrase on its own (so "a medical assistants
// works" is caught, while "a medical assistants program" — the title used as a modifier — is not).
constexpr std::array<std::string_view, 27> kFollowers = {
    "and",  "are", "at",     "by",   "can", "could", "do",    "does", "for",
    "from", "has", "have",   "in",   "is",  "may",   "might", "must", "of",
    "on",   "or",  "should", "that", "to",  "was",   "who",   "will", "with"};

bool standsAlone(std::string_view text, std::size_t end) {
  if (end == text.size()) return true;
  const char next = text[end];
  if (next == '.' || next == ',' || next == ';' || next == ':' || next == '!' || next == '?' ||
      next == ')')
    return true;
  if (static_cast<unsigned char>(next) == 0xE2) return true;  // a dash or closing quote
  if (next != ' ') return false;
  std::size_t wordEnd = end + 1;
  while (wordEnd < text.size() && ascii::isAlpha(text[wordEnd])) ++wordEnd;
  const std::string word = strings::toLower(text.substr(end + 1, wordEnd - end - 1));
  for (std::string_view follower : kFollowers) {
    if (word == follower) return true;
  }
  if (word.size() > 2 && word.ends_with("s") && !word.ends_with("ss"))
    return true;  // "works", "performs"
  return false;
}

// The determiner right before `at` (one space between), or empty.
std::string_view determinerBefore(std::string_view text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return {};
  std::size_t start = at - 1;
  while (start > 0 && ascii::isAlpha(text[start - 1])) --start;
  if (!vocabulary::wordEndsBefore(text, start)) return {};
  return text.substr(start, at - 1 - start);
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  const std::string lower = strings::toLower(word);
  for (std::string_view candidate : words) {
    if (candidate == lower) return true;
  }
  return false;
}

// The closing question is the site's template: a plural title after "a" is on nearly every page
// (info), a title cut at its comma before its noun names no career (warning).
const std::map<std::string, std::string> kClosingDefaults = {{"pluralArticle", "info"},
                                                             {"truncatedTitle", "warning"}};

// Option names, as the metadata declares them and check() reads them.
constexpr char kClosingQuestionOption[] = "closing_question";

class TitleAgreement final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta = [] {
      std::vector<std::string> closingKeys;
      for (const auto& entry : kClosingDefaults) closingKeys.push_back(entry.first);
      return RuleMeta{
          .id = "title-agreement",
          .description =
              "An article before a plural title, or a title whose number the prose contradicts",
          .defaultSeverity = Severity::Warning,
          .options =
              {{kClosingQuestionOption, OptionType::SeverityMap, kClosingDefaults,
                "Severity (off, info, warning, error) of each finding about the site's closing "
                "question \"Work as a …?\", which the site's template writes the same way on every "
                "page",
                closingKeys}},
          .messages = {{"pluralArticle", "the closing question puts \"a\" before a plural title"},
                       {"truncatedTitle",
                        "the closing question names the title only up to its first comma"},
                       {"proseNumber",
                        "the prose uses the title with a determiner of the other number"}},
      };
    }();
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    const Node* title = vocabulary::recordTitle(root);
    if (!title) return;
    checkClosingQuestion(context, title->text());
    checkProse(context, title->text());
  }

 private:
  static void checkClosingQuestion(RuleContext& context, std::string_view title) {
    const auto& severities = context.options().severityMap(kClosingQuestionOption);
    auto severityOf = [&](const std::string& messageId) -> std::optional<Severity> {
      auto it = severities.find(messageId);
      if (it == severities.end()) it = kClosingDefaults.find(messageId);
      return parseSeverity(it->second);  // "off" parses to nothing
    };
    const Node* page = context.root()->get("page");
    const Node* closing = child(page, "closing");
    const Node* question = vocabulary::stringAt(closing, "question");
    if (!question) return;
    const std::string_view text = question->text();
    if (!text.starts_with(kQuestionStart) || !text.ends_with("?")) return;
    std::string_view rest = text.substr(kQuestionStart.size());
    std::string_view article;
    for (std::string_view candidate : {"a ", "an "}) {
      if (rest.starts_with(candidate)) article = rest.substr(0, candidate.size() - 1);
    }
    if (article.empty()) return;
    const std::string_view named =
        rest.substr(article.size() + 1, rest.size() - article.size() - 2);
    const std::size_t comma = title.find(',');
    const Span span = spanWithin(context.file(), *question, named);
    // Cut at a comma, the question may still name the workers ("Work as a Helpers?" for "Helpers,
    // Construction Trades": only the article is wrong) or only a modifier ("Transportation").
    if (comma != std::string_view::npos && named == strings::trim(title.substr(0, comma)) &&
        !isPlural(named)) {
      const auto severity = severityOf("truncatedTitle");
      if (!severity) return;
      context.report("truncatedTitle",
                     "The closing question \"" + std::string(text) +
                         "\" names no career: the site's template cuts the title \"" +
                         std::string(title) +
                         "\" at its first comma; fix the template (e.g. \"Work in this career?\")",
                     span, "/page/closing/question", std::nullopt, severity);
      return;
    }
    const auto severity = severityOf("pluralArticle");
    if (!severity || !isPlural(named)) return;
    context.report("pluralArticle",
                   "The closing question \"" + std::string(text) + "\" puts \"" +
                       std::string(article) + "\" before the plural title \"" + std::string(named) +
                       "\": the site's template writes every plural title this way; fix the "
                       "template (e.g. \"Work in this career?\")",
                   spanWithin(context.file(), *question, article), "/page/closing/question",
                   std::nullopt, severity);
  }

  static void checkProse(RuleContext& context, std::string_view title) {
    const bool plural = isPlural(title);
    forEachProse(context.root(), [&](const Node& node, const std::string& pointer) {
      const std::string_view text = node.text();
      for (std::size_t at = findWord(text, title); at != std::string_view::npos;
           at = findWord(text, title, at + 1)) {
        const std::string_view determiner = determinerBefore(text, at);
        if (determiner.empty() || !standsAlone(text, at + title.size())) continue;
        const bool wrong = plural ? contains(kSingularDeterminers, determiner)
                                  : contains(kPluralDeterminers, determiner);
        if (!wrong) continue;
        const std::string_view phrase =
            text.substr(at - determiner.size() - 1, determiner.size() + 1 + title.size());
        const std::string_view used = text.substr(at, title.size());
        const std::string suggestion =
            plural ? "write \"" + std::string(determiner) + " " + singularOf(used) +
                         "\" or drop \"" + std::string(determiner) + "\""
                   : "use the plural or drop \"" + std::string(determiner) + "\"";
        context.report("proseNumber",
                       dottedPath(pointer) + ": \"" + std::string(phrase) + "\" puts \"" +
                           std::string(determiner) + "\" before the " +
                           (plural ? "plural" : "singular") + " title; " + suggestion,
                       spanWithin(context.file(), node, phrase), pointer);
      }
    });
  }
};

}  // namespace

const Rule& titleAgreementRule() {
  static const TitleAgreement rule;
  return rule;
}

}  // namespace careerlint::rules
