// whitespace-and-punctuation: small slips of typing inside values — spaces in a row, a tab, a
// space before a comma or a full stop, a bracket or quotation mark never closed, straight and
// curly quotes mixed in one value, spaces at the start or end of a YAML value. Each check has its
// own severity (option `checks`): the browser collapses spaces, so those are info; a stray space
// before punctuation or an unclosed bracket is visible, so those are warnings. The seed's own
// style (straight apostrophes throughout, em dashes without spaces) is consistent and not reported.
#include <array>
#include <vector>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/text_checks.h"
#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint::rules {

namespace {

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’

bool isSpace(char c) { return c == ' ' || c == '\t'; }
using ascii::isDigit;

struct Check {
  std::string_view id;
  std::string_view severity;  // default
};

constexpr std::array<Check, 6> kChecks = {{
    {"doubleSpace", "info"},
    {"surroundingSpace", "info"},
    {"spaceBeforePunctuation", "warning"},
    {"unbalancedBracket", "warning"},
    {"unbalancedQuote", "warning"},
    {"mixedQuotes", "info"},
}};

// Option names, as the metadata declares them and check() reads them.
constexpr char kChecksOption[] = "checks";

class WhitespaceAndPunctuation final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta = [] {
      std::map<std::string, std::string> defaults;
      std::vector<std::string> ids;
      for (const Check& check : kChecks) {
        defaults[std::string(check.id)] = std::string(check.severity);
        ids.emplace_back(check.id);
      }
      return RuleMeta{
          .id = "whitespace-and-punctuation",
          .description =
              "Spacing and punctuation slips: double spaces, space before punctuation, unmatched "
              "brackets and quotes, mixed quote styles",
          .defaultSeverity = Severity::Warning,
          .fixable = true,
          .options =
              {{kChecksOption, OptionType::SeverityMap, defaults,
                "Severity per check (off, info, warning, error); the keys are the message ids",
                ids}},
          .messages = {{"doubleSpace", "spaces in a row, or a tab, inside a value"},
                       {"surroundingSpace",
                        "spaces at the start or end of a YAML value (or of a line of a block)"},
                       {"spaceBeforePunctuation", "a space before , ; : . ! or ?"},
                       {"unbalancedBracket",
                        "a bracket that is never closed, or closed without being opened"},
                       {"unbalancedQuote", "a quotation mark that is never closed"},
                       {"mixedQuotes", "straight and curly quotes in one value"}},
      };
    }();
    return meta;
  }

  void check(RuleContext& context) const override {
    const auto& configured = context.options().severityMap(kChecksOption);
    Checker checker{context, {}};
    for (const Check& check : kChecks) {
      auto it = configured.find(std::string(check.id));
      const std::string_view name =
          it == configured.end() ? check.severity : std::string_view(it->second);
      checker.severities.push_back(name == "off" ? std::nullopt : parseSeverity(name));
    }
    text::forEachContentString(context.root(), [&](const Node& node, const std::string& pointer) {
      checker.value(node, pointer);
    });
  }

 private:
  struct Checker {
    RuleContext& context;
    std::vector<std::optional<Severity>> severities;  // in kChecks order

    std::optional<Severity> severityOf(std::string_view id) const {
      for (std::size_t i = 0; i < kChecks.size(); ++i) {
        if (kChecks[i].id == id) return severities[i];
      }
      return std::nullopt;
    }

    void report(std::string_view id, std::string message, const Node& node,
                const std::string& pointer, std::string_view part,
                std::optional<TextEdit> edit = std::nullopt, std::string fixText = {}) {
      const auto severity = severityOf(id);
      if (!severity) return;
      std::optional<Fix> fix;
      if (edit) fix = Fix{std::move(fixText), {*edit}};
      context.report(id, std::move(message), text::locate(context.file(), node, part), pointer,
                     std::move(fix), severity);
    }

    void value(const Node& node, const std::string& pointer) {
      const std::string where = dottedPath(pointer);
      spaces(node, pointer, where);
      punctuation(node, pointer, where);
      brackets(node, pointer, where);
      quotes(node, pointer, where);
    }

    // Runs of spaces and tabs between two characters of a line; spaces at either end of the value
    // or of a line (YAML only: a raw page's lines are trimmed by the extraction and the converter).
    void spaces(const Node& node, const std::string& pointer, const std::string& where) {
      const std::string_view text = node.text();
      for (std::size_t lineStart = 0; lineStart <= text.size();) {
        std::size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos) lineEnd = text.size();
        const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        const std::size_t first = line.find_first_not_of(" \t");
        if (first != std::string_view::npos) {
          const std::size_t last = line.find_last_not_of(" \t");
          for (std::size_t at = first; at < last; ++at) {
            if (!isSpace(line[at])) continue;
            std::size_t end = at;
            while (end < last && isSpace(line[end])) ++end;
            const std::string_view run = line.substr(at, end - at);
            if (run.size() > 1 || run[0] == '\t') {
              const bool tab = run.find('\t') != std::string_view::npos;
              report(
                  "doubleSpace",
                  (tab ? std::string("a tab") : std::to_string(run.size()) + " spaces in a row") +
                      " inside " + where + ": write one space",
                  node, pointer, run, editWithin(context.file(), node, run, " "),
                  "write one space");
            }
            at = end;
          }
          // Leading spaces of a continuation line are a block's indentation, not part of the text.
          if (first > 0 && lineStart == 0) {
            report("surroundingSpace", "a space at the start of " + where + ": delete it", node,
                   pointer, line.substr(0, first));
          }
          if (last + 1 < line.size()) {
            report("surroundingSpace",
                   std::string(lineEnd == text.size() ? "a space at the end of "
                                                      : "a space at the end of a line of ") +
                       where + ": delete it",
                   node, pointer, line.substr(last + 1));
          }
        }
        if (lineEnd == text.size()) break;
        lineStart = lineEnd + 1;
      }
    }

    // "word ," "word ." "word ?": the space goes. Not an ellipsis (" ..."), not ".NET" or " .5".
    void punctuation(const Node& node, const std::string& pointer, const std::string& where) {
      const std::string_view text = node.text();
      for (std::size_t at = 1; at < text.size(); ++at) {
        const char mark = text[at];
        if (std::string_view(",;:.!?").find(mark) == std::string_view::npos ||
            !isSpace(text[at - 1]))
          continue;
        std::size_t begin = at;
        while (begin > 0 && isSpace(text[begin - 1])) --begin;
        if (begin == 0 || text[begin - 1] == '\n') continue;  // nothing before it on the line
        const char next = at + 1 < text.size() ? text[at + 1] : ' ';
        if (mark == '.' && next == '.') continue;                                    // an ellipsis
        if ((mark == ':' || mark == ';') && (next == ')' || next == '(')) continue;  // a smiley
        const bool ends = isSpace(next) || next == '\n' ||
                          std::string_view(")]}\"'").find(next) != std::string_view::npos ||
                          at + 1 == text.size();
        if (!ends) continue;
        const std::string_view run = text.substr(begin, at - begin);
        report("spaceBeforePunctuation",
               "a space before \"" + std::string(1, mark) + "\" in " + where + ": delete it", node,
               pointer, run, editWithin(context.file(), node, run, ""), "delete the space");
      }
    }

    void brackets(const Node& node, const std::string& pointer, const std::string& where) {
      const std::string_view text = node.text();
      std::vector<std::size_t> open;
      for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (c == '(' || c == '[' || c == '{') {
          open.push_back(at);
          continue;
        }
        if (c != ')' && c != ']' && c != '}') continue;
        const char opener = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (!open.empty() && text[open.back()] == opener) {
          open.pop_back();
          continue;
        }
        if (c == ')' && isEnumerator(text, at)) continue;
        report("unbalancedBracket",
               "\"" + std::string(1, c) + "\" in " + where +
                   " closes a bracket that was never opened: add the \"" + std::string(1, opener) +
                   "\" or delete it",
               node, pointer, text.substr(at, 1));
      }
      for (std::size_t at : open) {
        const char c = text[at];
        const char closer = c == '(' ? ')' : c == '[' ? ']' : '}';
        report("unbalancedBracket",
               "\"" + std::string(1, c) + "\" in " + where + " is never closed: add the \"" +
                   std::string(1, closer) + "\" or delete it",
               node, pointer, text.substr(at, 1));
      }
    }

    // "a)", "2)", "iv)", and the smiley ":)": a closing parenthesis without an opener by design.
    static bool isEnumerator(std::string_view text, std::size_t at) {
      if (at > 0 && (text[at - 1] == ':' || text[at - 1] == ';')) return true;
      std::size_t begin = at;
      while (begin > 0 && ascii::isAlnum(text[begin - 1])) --begin;
      return at - begin >= 1 && at - begin <= 3 &&
             (begin == 0 || isSpace(text[begin - 1]) || text[begin - 1] == '\n');
    }

    void quotes(const Node& node, const std::string& pointer, const std::string& where) {
      const std::string_view text = node.text();
      // Straight double quotes pair up; one after a digit is an inch mark (a 12" ruler).
      std::vector<std::size_t> straight;
      for (std::size_t at = text.find('"'); at != std::string_view::npos;
           at = text.find('"', at + 1)) {
        if (at > 0 && isDigit(text[at - 1])) continue;
        straight.push_back(at);
      }
      if (straight.size() % 2 == 1) {
        report("unbalancedQuote",
               "a quotation mark in " + where +
                   " is never closed (an odd number of \"): add the missing one or delete the "
                   "stray one",
               node, pointer, text.substr(straight.back(), 1));
      }
      // Curly double quotes: “ opens, ” closes.
      std::vector<std::size_t> opened;
      std::size_t curlyDouble = 0;
      for (std::size_t at = 0; at < text.size(); ++at) {
        const std::string_view rest = text.substr(at);
        if (rest.starts_with(kLeftDouble)) {
          opened.push_back(at);
          ++curlyDouble;
        } else if (rest.starts_with(kRightDouble)) {
          ++curlyDouble;
          if (!opened.empty()) {
            opened.pop_back();
          } else {
            report(
                "unbalancedQuote",
                "\xE2\x80\x9D in " + where +
                    " closes a quotation that was never opened: add the \xE2\x80\x9C or delete it",
                node, pointer, text.substr(at, kRightDouble.size()));
          }
        }
      }
      for (std::size_t at : opened) {
        report("unbalancedQuote",
               "\xE2\x80\x9C in " + where + " is never closed: add the \xE2\x80\x9D or delete it",
               node, pointer, text.substr(at, kLeftDouble.size()));
      }
      // One style per value: straight " with curly “”, straight ' with curly ‘’.
      mixed(node, pointer, where, straight.size(), curlyDouble, "\"", "\xE2\x80\x9C\xE2\x80\x9D",
            "quotation marks", {kLeftDouble, kRightDouble}, '"');
      std::size_t straightSingle = 0;
      std::size_t curlySingle = 0;
      for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '\'') ++straightSingle;
        const std::string_view rest = text.substr(at);
        if (rest.starts_with(kLeftSingle) || rest.starts_with(kRightSingle)) ++curlySingle;
      }
      mixed(node, pointer, where, straightSingle, curlySingle, "'", "\xE2\x80\x99", "apostrophes",
            {kLeftSingle, kRightSingle}, '\'');
    }

    // Reported at the first mark of the less used style: that is the one to change.
    void mixed(const Node& node, const std::string& pointer, const std::string& where,
               std::size_t straightCount, std::size_t curlyCount, std::string_view straightShown,
               std::string_view curlyShown, std::string_view kind,
               std::array<std::string_view, 2> curly, char straightMark) {
      if (straightCount == 0 || curlyCount == 0) return;
      const std::string_view text = node.text();
      const bool changeCurly = curlyCount <= straightCount;
      std::size_t at = std::string_view::npos;
      std::size_t length = 1;
      if (changeCurly) {
        for (std::string_view mark : curly) {
          const std::size_t found = text.find(mark);
          if (found < at) {
            at = found;
            length = mark.size();
          }
        }
      } else {
        at = text.find(straightMark);
      }
      if (at == std::string_view::npos) return;
      report("mixedQuotes",
             "straight (" + std::string(straightShown) + ") and curly (" + std::string(curlyShown) +
                 ") " + std::string(kind) + " mixed in " + where +
                 ": use one style throughout the value",
             node, pointer, text.substr(at, length));
    }
  };
};

}  // namespace

const Rule& whitespaceAndPunctuationRule() {
  static const WhitespaceAndPunctuation rule;
  return rule;
}

}  // namespace careerlint::rules
