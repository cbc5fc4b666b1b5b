// bullet-artifact: debris of list bullets. Every list item of an extracted page arrives as
// "- •text" (docs/page-layout.md §2: the "- " of the list item plus the site's own "•" glyph) and
// the converter takes that marker off; what this rule finds is what is left over: a bullet with no
// text, a second glyph at the start of an item, a glyph in the middle of a value (two items glued
// together), and a list marker on a line that is not a list item (a paragraph of Inside This
// Career, the description). Fixes remove the stray marker where the edit is safe.
#include <array>
#include <set>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/text_checks.h"
#include "util/ascii.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace careerlint::rules {

namespace {

// •, ‣, ◦, ▪, ●
constexpr std::array<std::string_view, 5> kGlyphs = {"\xE2\x80\xA2", "\xE2\x80\xA3", "\xE2\x97\xA6",
                                                     "\xE2\x96\xAA", "\xE2\x97\x8F"};

// The length of the bullet glyph at text[at], or 0.
std::size_t glyphAt(std::string_view text, std::size_t at) {
  for (std::string_view glyph : kGlyphs) {
    if (text.substr(at).starts_with(glyph)) return glyph.size();
  }
  return 0;
}

bool isSpace(char c) { return c == ' ' || c == '\t'; }

// The list marker at the start of `text`: "- •", "•", "- ", "* " (and the spaces after it); 0 if
// none. `dashes` allows the plain "- " and "* " markers (raw page lines); in YAML text they are
// Markdown.
std::size_t leadingMarker(std::string_view text, bool dashes) {
  std::size_t at = 0;
  bool marked = false;
  if ((text.starts_with("- ") || text.starts_with("* ")) && (dashes || glyphAt(text, 2) > 0)) {
    at = 2;
    marked = true;
  }
  if (const std::size_t glyph = glyphAt(text, at)) {
    at += glyph;
    marked = true;
  }
  if (!marked) return 0;
  while (at < text.size() && isSpace(text[at])) ++at;
  return at;
}

// A line (or value) made of nothing but list markers: "- •", "•", "-", "*", "1.".
bool onlyMarkers(std::string_view text) {
  text = strings::trim(text);
  if (text.empty()) return false;
  bool marker = false;
  for (std::size_t at = 0; at < text.size();) {
    if (const std::size_t glyph = glyphAt(text, at)) {
      at += glyph;
      marker = true;
    } else if (text[at] == '-' || text[at] == '*') {
      ++at;
      marker = true;
    } else if (isSpace(text[at])) {
      ++at;
    } else if (ascii::isDigit(text[at])) {
      while (at < text.size() && ascii::isDigit(text[at])) ++at;
      if (at >= text.size() || text[at] != '.') return false;
      ++at;
      marker = true;
    } else {
      return false;
    }
  }
  return marker;
}

// A value that is an item of a list the page prints as items (tasks, skills, …); Inside This
// Career paragraphs are a list in the model but paragraphs on the page.
bool isListItem(std::string_view pointer) {
  const std::size_t slash = pointer.rfind('/');
  if (slash == std::string_view::npos || slash + 1 >= pointer.size()) return false;
  const std::string_view last = pointer.substr(slash + 1);
  if (!std::all_of(last.begin(), last.end(), ascii::isDigit)) return false;
  return !pointer.starts_with("/inside_look/content/");
}

class BulletArtifact final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "bullet-artifact",
        .description =
            "Bullet debris: empty bullets, stray bullet glyphs inside values, list markers on "
            "lines that are not list items",
        .defaultSeverity = Severity::Warning,
        .fixable = true,
        .messages = {{"emptyBullet", "a bullet with no text"},
                     {"strayBullet", "a bullet glyph left inside a value"},
                     {"bulletOutsideList",
                      "a list marker at the start of a value that is not a list item"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    if (context.isPage()) {
      checkEmptyLines(context);
    } else {
      checkEmptyItems(context, context.root());
    }
    text::forEachContentString(context.root(), [&](const Node& node, const std::string& pointer) {
      checkValue(context, node, pointer);
    });
  }

 private:
  // A raw page line with a marker and no text, where the converter placed it (a paragraph, the
  // description): deleting the whole line is safe, it carries nothing. A line it could not place
  // is unplaced-line's, which says the same with the same fix.
  static void checkEmptyLines(RuleContext& context) {
    const std::string_view text = context.file().text;
    const std::set<std::int64_t> unplaced = unplacedLines(context.root());
    const std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::uint32_t number = 1;
    for (std::size_t start = bom; start <= text.size(); ++number) {
      std::size_t end = text.find('\n', start);
      const bool last = end == std::string_view::npos;
      if (last) end = text.size();
      std::string_view line = text.substr(start, end - start);
      if (line.ends_with('\r')) line.remove_suffix(1);
      if (onlyMarkers(line) && !unplaced.contains(number)) {
        const std::string_view marker = strings::trim(line);
        const auto lead = static_cast<std::size_t>(marker.data() - line.data());
        Span span;
        span.begin = Position{
            number, static_cast<std::uint32_t>(1 + utf8::codePointCount(line.substr(0, lead))),
            static_cast<std::uint32_t>(start + lead)};
        span.end = span.begin;
        span.end.column += static_cast<std::uint32_t>(utf8::codePointCount(marker));
        span.end.offset += static_cast<std::uint32_t>(marker.size());
        const auto [removalBegin, removalEnd] = strings::lineRemovalRange(text, start);
        const TextEdit edit{static_cast<std::uint32_t>(removalBegin),
                            static_cast<std::uint32_t>(removalEnd), ""};
        context.report("emptyBullet",
                       "an empty bullet " + strings::quoted(marker) +
                           ": a list marker with no text; delete the line",
                       span, "", Fix{"delete the empty bullet line", {edit}});
      }
      if (last) break;
      start = end + 1;
    }
  }

  // The numbers of the lines the converter kept under `unplaced`.
  static std::set<std::int64_t> unplacedLines(const Node* root) {
    std::set<std::int64_t> lines;
    const Node* unplaced = root ? root->get("unplaced") : nullptr;
    if (!unplaced || !unplaced->isSequence()) return lines;
    for (const Node* item : unplaced->items()) {
      const Node* line = child(item, "line");
      if (line && line->kind() == NodeKind::Integer) lines.insert(line->integer());
    }
    return lines;
  }

  // An empty item in a YAML list prints as an empty bullet or chip.
  static void checkEmptyItems(RuleContext& context, const Node* root) {
    const bool model = text::isCareerModel(root);
    forEachString(root, [&](const Node& node, const std::string& pointer) {
      if ((model && text::isDerivedPointer(pointer)) || !isListItem(pointer)) return;
      if (!strings::trim(node.text()).empty() && !onlyMarkers(node.text())) return;
      context.report("emptyBullet",
                     dottedPath(pointer) + " is " +
                         (strings::trim(node.text()).empty() ? "empty" : "only a bullet") +
                         ": the page would print an empty item; delete it",
                     node.span(), pointer);
    });
  }

  static void checkValue(RuleContext& context, const Node& node, const std::string& pointer) {
    const std::string_view value = node.text();
    if (onlyMarkers(value) || strings::trim(value).empty())
      return;  // an empty bullet, reported as such
    const SourceFile& file = context.file();
    const std::string where = dottedPath(pointer);
    const bool item = isListItem(pointer);
    // Line by line: a hand-written block may hold several lines.
    for (std::size_t lineStart = 0; lineStart < value.size();) {
      std::size_t lineEnd = value.find('\n', lineStart);
      if (lineEnd == std::string_view::npos) lineEnd = value.size();
      const std::string_view line = value.substr(lineStart, lineEnd - lineStart);
      const std::size_t indent = line.size() - strings::trimLeft(line).size();
      const std::string_view body = line.substr(indent);
      std::size_t from = indent;
      const std::size_t marker = lineStart == 0 ? leadingMarker(body, context.isPage()) : 0;
      if (marker > 0) {
        const std::string_view part = value.substr(lineStart + indent, marker);
        const std::string shown = strings::quoted(strings::trimRight(part));
        auto edit = editWithin(file, node, part, "");
        std::optional<Fix> fix;
        if (edit) fix = Fix{"remove the stray bullet", {*edit}};
        if (item) {
          context.report("strayBullet",
                         "a second bullet " + shown + " at the start of " + where +
                             ": the list already has its bullet; remove it",
                         text::locate(file, node, part), pointer, std::move(fix));
        } else {
          context.report("bulletOutsideList",
                         "a list bullet " + shown + " at the start of " + where +
                             ", which is not a list item: remove the marker",
                         text::locate(file, node, part), pointer, std::move(fix));
        }
        from = indent + marker;
      }
      for (std::size_t at = from; at < line.size(); ++at) {
        const std::size_t glyph = glyphAt(line, at);
        if (glyph == 0) continue;
        reportInside(context, node, pointer, where, lineStart + at, glyph);
        at += glyph - 1;
      }
      lineStart = lineEnd + 1;
    }
  }

  // A glyph in the middle of a value. After the end of a sentence it is an item glued to the
  // previous one and can go (". •Record" -> ". Record"); between words it separates something
  // an editor has to split by hand.
  static void reportInside(RuleContext& context, const Node& node, const std::string& pointer,
                           const std::string& where, std::size_t at, std::size_t glyph) {
    const std::string_view value = node.text();
    std::size_t begin = at;
    if (begin >= 2 && value.substr(begin - 2, 2) == "- ")
      begin -= 2;  // "- •", the whole list marker
    std::size_t spaceBefore = begin;
    while (spaceBefore > 0 && isSpace(value[spaceBefore - 1])) --spaceBefore;
    std::size_t end = at + glyph;
    while (end < value.size() && isSpace(value[end])) ++end;
    const bool lineStart = spaceBefore == 0 || value[spaceBefore - 1] == '\n';
    const bool afterSentence = !lineStart && std::string_view(".!?:;").find(
                                                 value[spaceBefore - 1]) != std::string_view::npos;
    const std::string_view marker = value.substr(begin, at + glyph - begin);
    std::optional<Fix> fix;
    if (afterSentence && end < value.size()) {
      if (auto edit =
              editWithin(context.file(), node, value.substr(spaceBefore, end - spaceBefore), " ")) {
        fix = Fix{"remove the stray bullet", {*edit}};
      }
    }
    context.report(
        "strayBullet",
        "a bullet " + strings::quoted(marker) + " inside " + where +
            (lineStart
                 ? ": the site shows this value as running text, not as a list; remove the bullet"
             : afterSentence
                 ? ": an item glued to the text before it; remove the bullet or make it an item "
                   "of its own"
                 : ": a bullet used as a separator or two items glued together; split them into "
                   "items or write a comma"),
        text::locate(context.file(), node, marker), pointer, std::move(fix));
  }
};

}  // namespace

const Rule& bulletArtifactRule() {
  static const BulletArtifact rule;
  return rule;
}

}  // namespace careerlint::rules
