// boilerplate-in-content: site chrome inside a content value — the closing block's text ("Work as
// a …?", "Help us make this page better…"), button and link labels ("Report an Error", "Compare
// Careers"), the video's link ("CareerOneStop — U.S. Department of Labor"), the table of contents,
// the AI section's fixed explanation lines. The closing block itself is recognised by the
// converter and kept under page.closing (docs/page-layout.md §3.13); this rule finds such text
// where it does not belong: glued to a paragraph, listed as a skill, standing in for the
// description.
#include <array>
#include <vector>

#include "careerlint/page_layout.h"
#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/text_checks.h"
#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint::rules {

namespace {

enum class Kind : unsigned char { Closing, Button, Chrome };

struct Phrase {
  std::string_view text;
  Kind kind;
  std::string_view what;  // where the site shows it, for the message
};

// Found anywhere in a value, case-sensitively (the site's capitalisation; in prose "report an
// error" or "compare careers" are ordinary words). Longer texts first: a match covers the
// shorter phrases inside it.
constexpr std::array<Phrase, 22> kContained = {{
    {layout::kClosingInvitation, Kind::Closing, "the page's closing invitation"},
    {layout::kClosingInvitationCurrent, Kind::Closing, "the page's closing invitation"},
    {"Help us make this page better", Kind::Closing, "the page's closing invitation"},
    {"Share your real-world experience, correct any errors", Kind::Closing,
     "the page's closing invitation"},
    {"add context that helps others", Kind::Closing, "the page's closing invitation"},
    {layout::kClosingQuestionCurrent, Kind::Closing, "the page's closing question"},
    {"Share Your Experience", Kind::Button, "a button"},
    {"Report an Error", Kind::Button, "a button"},
    {"Compare Careers", Kind::Button, "a button"},
    {"Calculate Earnings", Kind::Button, "a button"},
    {"Give Feedback", Kind::Button, "a button"},
    {"CareerOneStop \xE2\x80\x94 U.S. Department of Labor", Kind::Chrome, "the video's link"},
    {"CareerOneStop \xE2\x80\x93 U.S. Department of Labor", Kind::Chrome, "the video's link"},
    {"CareerOneStop - U.S. Department of Labor", Kind::Chrome, "the video's link"},
    {"Ready to Find Your Next Job?", Kind::Chrome, "the job-search block"},
    {"testimonials from Reddit", Kind::Chrome, "the What Workers Say section"},
    {layout::kMetrics[0].explanation, Kind::Chrome, "an AI metric's explanation"},
    {layout::kMetrics[1].explanation, Kind::Chrome, "an AI metric's explanation"},
    {layout::kMetrics[3].explanation, Kind::Chrome, "an AI metric's explanation"},
    {"How we calculated this:", Kind::Chrome, "the AI score's explanation"},
    {"Home / Careers / ", Kind::Chrome, "the breadcrumb"},
    {"Data source: Levels.fyi", Kind::Chrome, "the career progression's source line"},
}};

// Chrome only when it is the whole value: as words inside prose these are ordinary English.
constexpr std::array<Phrase, 10> kWhole = {{
    {layout::kCompare, Kind::Button, "a related career's link"},
    {"On this page", Kind::Chrome, "the table of contents"},
    {layout::kProgressionHelp, Kind::Chrome, "the career progression's help link"},
    {layout::kManuallySourced, Kind::Chrome, "the data sources' badge"},
    {"Median Annual Pay", Kind::Chrome, "the pay box"},
    {"Training Time", Kind::Chrome, "the quick stats"},
    {"Assessment pending", Kind::Chrome, "the quick stats"},
    {"Local Job Market", Kind::Chrome, "the local job market block"},
    {"Read more", Kind::Button, "a link"},
    {"Show more", Kind::Button, "a link"},
}};

struct Match {
  std::size_t begin;
  std::size_t end;
  Kind kind;
  std::string_view what;
};

bool covered(const std::vector<Match>& matches, std::size_t begin, std::size_t end) {
  for (const Match& match : matches) {
    if (begin < match.end && match.begin < end) return true;
  }
  return false;
}

// "+12 more": the Also Known As overflow label.
bool isMoreLabel(std::string_view value) {
  const std::size_t fixed = layout::kMorePrefix.size() + layout::kMoreSuffix.size();
  if (!value.starts_with(layout::kMorePrefix) || !value.ends_with(layout::kMoreSuffix) ||
      value.size() <= fixed)
    return false;
  const std::string_view digits = value.substr(layout::kMorePrefix.size(), value.size() - fixed);
  return std::all_of(digits.begin(), digits.end(), ascii::isDigit);
}

// "Work as a Medical Assistants?": the closing question, at the start of a value or a sentence.
void findClosingQuestions(std::string_view value, std::vector<Match>& matches) {
  for (std::string_view lead : layout::kClosingQuestionLeads) {
    for (std::size_t at = value.find(lead); at != std::string_view::npos;
         at = value.find(lead, at + 1)) {
      std::size_t before = at;
      while (before > 0 && value[before - 1] == ' ') --before;
      const bool sentenceStart = before == 0 || value[before - 1] == '.' ||
                                 value[before - 1] == '!' || value[before - 1] == '?' ||
                                 value[before - 1] == '\n';
      if (!sentenceStart) continue;
      const std::size_t question = value.find_first_of("?.!\n", at + lead.size());
      if (question == std::string_view::npos || value[question] != '?' || question - at > 120)
        continue;
      if (!covered(matches, at, question + 1))
        matches.push_back(Match{at, question + 1, Kind::Closing, "the page's closing question"});
    }
  }
}

class BoilerplateInContent final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "boilerplate-in-content",
        .description =
            "Site chrome inside content: the closing text, button labels, the video link, the "
            "table of contents",
        .defaultSeverity = Severity::Warning,
        .messages =
            {{"closingText", "the page's closing question or invitation inside a content value"},
             {"buttonLabel", "a button or link label inside a content value"},
             {"pageChrome",
              "other page chrome (video link, table of contents, fixed labels) inside content"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    text::forEachContentString(context.root(), [&](const Node& node, const std::string& pointer) {
      checkValue(context, node, pointer);
    });
  }

 private:
  static void checkValue(RuleContext& context, const Node& node, const std::string& pointer) {
    const std::string_view value = node.text();
    std::vector<Match> matches;
    const std::string_view trimmed = strings::trim(value);
    for (const Phrase& phrase : kWhole) {
      if (trimmed == phrase.text) {
        const auto begin = static_cast<std::size_t>(trimmed.data() - value.data());
        matches.push_back(Match{begin, begin + trimmed.size(), phrase.kind, phrase.what});
      }
    }
    if (isMoreLabel(trimmed)) {
      const auto begin = static_cast<std::size_t>(trimmed.data() - value.data());
      matches.push_back(
          Match{begin, begin + trimmed.size(), Kind::Chrome, "the Also Known As overflow label"});
    }
    for (const Phrase& phrase : kContained) {
      for (std::size_t at = value.find(phrase.text); at != std::string_view::npos;
           at = value.find(phrase.text, at + 1)) {
        if (!covered(matches, at, at + phrase.text.size())) {
          matches.push_back(Match{at, at + phrase.text.size(), phrase.kind, phrase.what});
        }
      }
    }
    findClosingQuestions(value, matches);
    std::sort(matches.begin(), matches.end(),
              [](const Match& a, const Match& b) { return a.begin < b.begin; });
    const std::string where = dottedPath(pointer);
    for (const Match& match : matches) {
      const std::string_view part = value.substr(match.begin, match.end - match.begin);
      const std::string quotedPart = strings::quoted(text::excerpt(part, 50));
      const bool whole = match.begin == 0 && match.end == value.size();
      const std::string place = whole ? " is the whole of " + where : " is inside " + where;
      std::string message;
      std::string_view id;
      switch (match.kind) {
        case Kind::Closing:
          id = "closingText";
          message =
              quotedPart + place + ": it is " + std::string(match.what) +
              ", site boilerplate that the page prints once at its end; delete it from the value";
          break;
        case Kind::Button:
          id = "buttonLabel";
          message = quotedPart + place + ": it is the label of " + std::string(match.what) +
                    " on the site, not content; delete it";
          break;
        case Kind::Chrome:
          id = "pageChrome";
          message = quotedPart + place + ": it is " + std::string(match.what) +
                    " of the site's page, not content; delete it";
          break;
      }
      context.report(id, std::move(message), text::locate(context.file(), node, part), pointer);
    }
  }
};

}  // namespace

const Rule& boilerplateInContentRule() {
  static const BoilerplateInContent rule;
  return rule;
}

}  // namespace careerlint::rules
