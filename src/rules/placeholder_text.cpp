// placeholder-text: template or placeholder text left in a value the site publishes — markers
// (TODO, TBD, FIXME, XXX, Lorem ipsum), bracketed template prompts ("[human skills]"), figure
// placeholders ("X%", "$XX,XXX") and the sample values of the site's record template
// (tests/data/manual-careers/_template.yaml: "Alternative Title 1", "Specific Tool 1",
// "career-slug", "VIDEO_ID", …).
#include <array>
#include <filesystem>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/text_checks.h"
#include "util/ascii.h"
#include "util/strings.h"
#include "util/words.h"

namespace careerlint::rules {

namespace {

using words::isWholeWord;

// Upper-case markers, matched as whole words and case-sensitively ("todo" is an English word
// nowhere in the data, but "Tbd" or "xxx" in prose would not be a marker either).
constexpr std::array<std::string_view, 6> kMarkers = {"TODO", "TBD",  "FIXME",
                                                      "XXX",  "TKTK", "PLACEHOLDER"};

// The template's sample values, whole values only.
constexpr std::array<std::string_view, 3> kTemplateValues = {"career-slug", "Career Title",
                                                             "VIDEO_ID"};
// Numbered sample values: the prefix then digits ("Alternative Title 1", "keyword3").
constexpr std::array<std::string_view, 10> kNumberedTemplateValues = {
    "Alternative Title ", "Specific Tool ", "Previous Role ", "keyword",
    "related-career-",    "Skill ",         "Task ",          "Tool ",
    "Ability ",           "Example "};
// The template's description is three prompts, one per paragraph.
constexpr std::array<std::string_view, 3> kTemplateParagraphs = {
    "First paragraph:", "Second paragraph:", "Third paragraph:"};

bool allDigits(std::string_view s) { return ascii::isAllDigits(s); }

// Citation-like bracket contents that are not prompts: "[1]", "[2, 3]", "[sic]", "[…]".
bool isCitationOrElision(std::string_view inside) {
  if (inside == "sic" || inside == "Sic" || inside == "..." || inside == "\xE2\x80\xA6")
    return true;
  return std::all_of(inside.begin(), inside.end(),
                     [](char c) { return ascii::isDigit(c) || c == ',' || c == ' ' || c == '-'; });
}

// The part of `value` that is a template sample value, if the whole (trimmed) value is one.
std::optional<std::string_view> templateValue(std::string_view value) {
  const std::string_view trimmed = value.substr(0, value.find_last_not_of(" \t\n") + 1);
  for (std::string_view sample : kTemplateValues) {
    if (trimmed == sample) return trimmed;
  }
  for (std::string_view prefix : kNumberedTemplateValues) {
    if (trimmed.size() > prefix.size() && trimmed.starts_with(prefix) &&
        allDigits(trimmed.substr(prefix.size()))) {
      return trimmed;
    }
  }
  return std::nullopt;
}

// Option names, as the metadata declares them and check() reads them.
constexpr char kSkipTemplatesOption[] = "skipTemplates";

class PlaceholderText final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "placeholder-text",
        .description =
            "Template or placeholder text left in a published value: TODO, TBD, [prompts], X%, the "
            "template's sample values",
        .defaultSeverity = Severity::Error,
        .options = {{kSkipTemplatesOption, OptionType::Boolean, true,
                     "Skip YAML files whose name starts with \"_\" (the site's loader does not "
                     "publish them; "
                     "_template.yaml is placeholders by design)"}},
        .messages = {{"marker", "a TODO/TBD/FIXME/XXX/Lorem ipsum marker"},
                     {"bracketPrompt", "a bracketed template prompt such as [human skills]"},
                     {"numberPlaceholder", "a placeholder figure such as X% or $XX,XXX"},
                     {"templateValue", "a sample value of the record template"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    if (!context.isPage() && context.options().boolean(kSkipTemplatesOption) &&
        std::filesystem::path(context.file().path).filename().string().starts_with('_')) {
      return;
    }
    text::forEachContentString(context.root(), [&](const Node& node, const std::string& pointer) {
      checkValue(context, node, pointer);
    });
    // A page line the converter did not place (a placeholder appended to the closing question)
    // is still the page's text: reported at that line.
    if (!context.isPage() || !context.root() || !context.root()->isMapping()) return;
    if (const Node* unplaced = context.root()->get("unplaced");
        unplaced && unplaced->isSequence()) {
      for (std::size_t i = 0; i < unplaced->size(); ++i) {
        const Node* entry = unplaced->at(i);
        const Node* text = child(entry, "text");
        if (text && text->isString())
          checkValue(context, *text, "/unplaced/" + std::to_string(i) + "/text");
      }
    }
  }

 private:
  static void checkValue(RuleContext& context, const Node& node, const std::string& pointer) {
    const std::string_view value = node.text();
    const std::string where = dottedPath(pointer);
    auto report = [&](std::string_view id, std::string_view part, std::string message) {
      context.report(id, std::move(message), text::locate(context.file(), node, part), pointer);
    };
    if (auto sample = templateValue(value)) {
      report("templateValue", *sample,
             strings::quoted(*sample) + " in " + where +
                 " is a sample value of the record template: replace it with the real value or "
                 "delete it");
      return;
    }
    for (std::size_t line = 0; line < value.size();) {
      std::size_t end = value.find('\n', line);
      if (end == std::string_view::npos) end = value.size();
      const std::string_view text = value.substr(line, end - line);
      for (std::string_view prompt : kTemplateParagraphs) {
        if (text.starts_with(prompt)) {
          report("templateValue", text.substr(0, prompt.size()),
                 "the template's prompt " + strings::quoted(prompt) + " is still in " + where +
                     ": write the paragraph it asks for in its place");
        }
      }
      line = end + 1;
    }
    scanMarkers(value, report, where);
    scanBrackets(value, report, where);
    scanFigures(value, report, where);
  }

  template <typename Report>
  static void scanMarkers(std::string_view value, Report& report, const std::string& where) {
    for (std::string_view marker : kMarkers) {
      for (std::size_t at = value.find(marker); at != std::string_view::npos;
           at = value.find(marker, at + 1)) {
        if (!isWholeWord(value, at, marker.size())) continue;
        const std::size_t after = at + marker.size();
        const bool inFigure =
            (at > 0 && (value[at - 1] == '$' || value[at - 1] == ',' || value[at - 1] == '.')) ||
            (after < value.size() && value[after] == '%') ||
            (after + 1 < value.size() && value[after] == ',' && value[after + 1] == 'X');
        if (marker == "XXX" && inFigure) {
          continue;  // a placeholder figure, reported as one
        }
        report("marker", value.substr(at, marker.size()),
               strings::quoted(marker) + " left in " + where +
                   ": replace it with the real content before publishing");
      }
    }
    constexpr std::string_view kLorem = "lorem ipsum";
    for (std::size_t at = strings::findIgnoreCase(value, kLorem); at != std::string_view::npos;
         at = strings::findIgnoreCase(value, kLorem, at + 1)) {
      report("marker", value.substr(at, kLorem.size()),
             "filler text " + strings::quoted(value.substr(at, kLorem.size())) + " in " + where +
                 ": replace it with the real content before publishing");
    }
  }

  // "[explain which tasks are automatable]", "{{career}}", "{title}".
  template <typename Report>
  static void scanBrackets(std::string_view value, Report& report, const std::string& where) {
    for (std::size_t open = value.find_first_of("[{"); open != std::string_view::npos;
         open = value.find_first_of("[{", open + 1)) {
      const bool square = value[open] == '[';
      const bool doubled = !square && open + 1 < value.size() && value[open + 1] == '{';
      const std::size_t start = open + (doubled ? 2 : 1);
      const std::size_t close = value.find_first_of(square ? "[]\n" : "{}\n", start);
      if (close == std::string_view::npos || value[close] != (square ? ']' : '}') ||
          close - start > 100)
        continue;
      const std::string_view inside = value.substr(start, close - start);
      if (inside.empty() || isCitationOrElision(inside)) continue;
      if (!std::any_of(inside.begin(), inside.end(), ascii::isAlpha)) continue;
      if (square && close + 1 < value.size() && value[close + 1] == '(')
        continue;  // a Markdown link
      if (!square && !std::all_of(inside.begin(), inside.end(), [](char c) {
            return ascii::isAlnum(c) || c == '_' || c == '-' || c == '.' || c == ' ';
          })) {
        continue;  // braces around anything but a name are not a template variable
      }
      std::size_t end = close + 1;
      if (doubled && end < value.size() && value[end] == '}') ++end;
      const std::string_view prompt = value.substr(open, end - open);
      report("bracketPrompt", prompt,
             "template prompt " + strings::quoted(prompt) + " left in " + where +
                 ": write the real text in its place");
      open = end - 1;
    }
  }

  // "X%", "XX%", "N%", "X.X%", "$X", "$XX,XXX": figures nobody filled in.
  template <typename Report>
  static void scanFigures(std::string_view value, Report& report, const std::string& where) {
    for (std::size_t at = 0; at < value.size(); ++at) {
      const char c = value[at];
      if (c != 'X' && c != 'N') continue;
      if (at > 0 &&
          (!words::wordEndsBefore(value, at) || value[at - 1] == '.' || value[at - 1] == ','))
        continue;
      std::size_t end = at;
      while (end < value.size() &&
             (value[end] == c || ((value[end] == ',' || value[end] == '.') &&
                                  end + 1 < value.size() && value[end + 1] == c))) {
        ++end;
      }
      if (end - at > 7) continue;
      const bool dollar = at > 0 && value[at - 1] == '$';
      const bool percent = end < value.size() && value[end] == '%';
      if (!dollar && !percent) continue;
      if (dollar && !percent && words::wordContinuesAt(value, end)) continue;
      const std::size_t begin = dollar ? at - 1 : at;
      const std::string_view figure = value.substr(begin, end + (percent ? 1 : 0) - begin);
      report("numberPlaceholder", figure,
             "placeholder figure " + strings::quoted(figure) + " in " + where +
                 ": put the real number in its place");
      at = end;
    }
  }
};

}  // namespace

const Rule& placeholderTextRule() {
  static const PlaceholderText rule;
  return rule;
}

}  // namespace careerlint::rules
