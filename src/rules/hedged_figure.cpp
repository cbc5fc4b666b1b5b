// hedged-figure: a hedge word ("roughly", "about", "approximately", …) right before a stated
// percentage in prose. The site's narratives hedge a time breakdown once, in house style:
// "Perhaps 50% of time goes to …" opens the sentence, and every other share is stated plainly
// (docs/page-layout.md §6: 1,010 of 1,051 narratives). Every hedge is reported at info — one
// finding a narrative in the house style, so it never drowns the warnings and errors — and a team
// that keeps the house style lists it in `house_style`. A fix is offered where the text can be
// edited in place.
#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/vocabulary.h"
#include "util/ascii.h"

namespace careerlint::rules {

namespace {

using ascii::isDigit;

// The end of a percentage starting at `at` ("40%", "12.5 percent", "30-40%", "30–40%", "30 to
// 40%"), or npos when the text there is not one.
std::size_t percentageEnd(std::string_view text, std::size_t at) {
  auto digits = [&](std::size_t i) {
    const std::size_t start = i;
    while (i < text.size() && (isDigit(text[i]) || (text[i] == '.' && i > start &&
                                                    i + 1 < text.size() && isDigit(text[i + 1]))))
      ++i;
    return i == start ? std::string_view::npos : i;
  };
  std::size_t i = digits(at);
  if (i == std::string_view::npos) return i;
  for (std::string_view range : {"-", "\xE2\x80\x93", " to "}) {  // hyphen, en dash, "to"
    if (text.substr(i).starts_with(range)) {
      if (std::size_t end = digits(i + range.size()); end != std::string_view::npos) i = end;
      break;
    }
  }
  for (std::string_view sign : {"%", " percent", " per cent"}) {
    if (text.substr(i).starts_with(sign)) return i + sign.size();
  }
  return std::string_view::npos;
}

// Whether `at` opens a sentence: nothing but spaces between it and the start of the text or the
// end of the previous sentence.
bool opensSentence(std::string_view text, std::size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '\t')) --at;
  return at == 0 || text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?';
}

bool inList(const std::vector<std::string>& list, std::string_view word) {
  for (const std::string& entry : list) {
    if (strings::equalsIgnoreCase(entry, word)) return true;
  }
  return false;
}

// `word` with its first letter as in `like` (capitalised at a sentence start).
std::string casedLike(std::string word, std::string_view like) {
  if (word.empty() || like.empty()) return word;
  if (ascii::isUpper(like[0])) word[0] = ascii::toUpper(word[0]);
  if (ascii::isLower(like[0])) word[0] = ascii::toLower(word[0]);
  return word;
}

// Option names, as the metadata declares them and check() reads them.
constexpr char kHedgesOption[] = "hedges";
constexpr char kHouseStyleOption[] = "house_style";

class HedgedFigure final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "hedged-figure",
        .description = "A hedge word before a stated percentage: \"Perhaps 50%\", \"roughly 35%\"",
        .defaultSeverity = Severity::Info,
        .fixable = true,
        .options =
            {
                {kHedgesOption, OptionType::StringList,
                 std::vector<std::string>{"about", "almost", "approximately", "around", "circa",
                                          "estimated", "maybe", "nearly", "perhaps", "possibly",
                                          "probably", "roughly", "some", "~"},
                 "Words (and \"~\") that hedge a figure when they stand right before it"},
                {kHouseStyleOption, OptionType::StringList, std::vector<std::string>{},
                 "Hedges accepted at the start of a sentence, e.g. [Perhaps] for the site's house "
                 "style (\"Perhaps X% of time goes to …\"); default [] reports every hedge"},
            },
        .messages = {{"hedgedFigure", "a hedge word before a stated percentage"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const auto& hedges = context.options().strings(kHedgesOption);
    const auto& houseStyle = context.options().strings(kHouseStyleOption);
    forEachProse(context.root(), [&](const Node& node, const std::string& pointer) {
      const std::string_view text = node.text();
      for (std::size_t percent = text.find_first_of("0123456789");
           percent != std::string_view::npos;
           percent = text.find_first_of("0123456789", percent + 1)) {
        if (percent > 0 && (isDigit(text[percent - 1]) || text[percent - 1] == '.'))
          continue;  // inside a number
        const std::size_t end = percentageEnd(text, percent);
        if (end == std::string_view::npos) continue;
        // The word right before the figure: "~40%" or "roughly 40%".
        std::size_t hedgeStart = percent;
        if (percent > 0 && text[percent - 1] == '~') {
          hedgeStart = percent - 1;
        } else if (percent > 1 && text[percent - 1] == ' ') {
          hedgeStart = percent - 1;
          while (hedgeStart > 0 && ascii::isAlpha(text[hedgeStart - 1])) --hedgeStart;
          if (hedgeStart == percent - 1 || !vocabulary::wordEndsBefore(text, hedgeStart)) continue;
        } else {
          continue;
        }
        std::string_view hedge = text.substr(hedgeStart, percent - hedgeStart);
        if (hedge.back() == ' ') hedge.remove_suffix(1);
        // "an estimated 40%": the article goes with the hedge.
        std::size_t removeFrom = hedgeStart;
        if (strings::equalsIgnoreCase(hedge, "estimated") && hedgeStart >= 3 &&
            strings::equalsIgnoreCase(text.substr(hedgeStart - 3, 3), "an ")) {
          removeFrom = hedgeStart - 3;
        }
        if (!inList(hedges, hedge)) continue;
        const bool atSentenceStart = opensSentence(text, removeFrom);
        if (atSentenceStart && inList(houseStyle, hedge)) continue;
        report(context, node, pointer, text.substr(removeFrom, end - removeFrom),
               text.substr(removeFrom, percent - removeFrom), atSentenceStart, houseStyle);
      }
    });
  }

 private:
  // `phrase` is hedge and figure ("roughly 40%"), `hedged` the part to rewrite ("roughly ").
  static void report(RuleContext& context, const Node& node, const std::string& pointer,
                     std::string_view phrase, std::string_view hedged, bool atSentenceStart,
                     const std::vector<std::string>& houseStyle) {
    const std::string_view word = strings::trim(hedged);
    std::string replacement;
    std::string advice;
    if (atSentenceStart && !houseStyle.empty()) {
      replacement = casedLike(houseStyle.front(), word) + " ";
      advice = "write \"" + casedLike(houseStyle.front(), word) + "\" as the site's narratives do";
    } else {
      advice = "drop \"" + std::string(word) + "\"";
    }
    std::string message =
        dottedPath(pointer) + ": \"" + std::string(phrase) + "\" hedges a stated figure; ";
    message += houseStyle.empty()
                   ? "state figures plainly: " + advice
                   : "the site's narratives hedge a breakdown once (\"" + houseStyle.front() +
                         " X% of time goes to …\") and state figures plainly otherwise: " + advice;
    std::optional<Fix> fix;
    if (auto edit = editWithin(context.file(), node, hedged, replacement)) {
      const std::string description =
          replacement.empty() ? "Drop \"" + std::string(word) + "\""
                              : "Write \"" + std::string(strings::trim(replacement)) + "\"";
      fix = Fix{description, {*edit}};
    } else if (const std::string why = editRefusal(context.file(), node, hedged, replacement);
               !why.empty()) {
      message += " (not fixed automatically: " + why + ")";
    }
    context.report("hedgedFigure", std::move(message), spanWithin(context.file(), node, phrase),
                   pointer, std::move(fix));
  }
};

}  // namespace

const Rule& hedgedFigureRule() {
  static const HedgedFigure rule;
  return rule;
}

}  // namespace careerlint::rules
