// metric-without-value: a labelled figure with no value. On a page, the AI section's metric
// labels and explanation lines without their ratings (docs/page-layout.md §3.7), a Requirements
// label with nothing after its colon (§3.6: the site prints the label even when the value is
// missing), a Time & Cost label with no figure under it, and "$NaN" (how the site prints a number
// the record lacks, §5). In the site's own records: a median pay left empty while the other pay
// percentiles are set (the page's "Median Annual Pay" then shows nothing, and the site builds no
// career progression without it).
#include <array>
#include <cmath>
#include <vector>

#include "careerlint/page_layout.h"
#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/text_checks.h"
#include "util/strings.h"
#include "util/words.h"

namespace careerlint::rules {

namespace {

using AiMetric = layout::Metric;
constexpr const auto& kAiMetrics = layout::kMetrics;
using Requirement = layout::Requirement;
constexpr const auto& kRequirements = layout::kRequirements;

bool isSet(const Node* node) { return node && !node->isNull(); }

const Node* sectionLabels(const Node* root, std::string_view id) {
  const Node* page = root->get("page");
  const Node* sections = child(page, "sections");
  if (!sections || !sections->isSequence()) return nullptr;
  for (const Node* section : sections->items()) {
    if (!section->isMapping()) continue;
    const Node* sectionId = section->get("id");
    if (sectionId && sectionId->text() == id) {
      const Node* labels = section->get("labels");
      return labels && labels->isSequence() ? labels : nullptr;
    }
  }
  return nullptr;
}

const Node* findLabel(const Node* labels, std::string_view text) {
  if (!labels || text.empty()) return nullptr;
  for (const Node* label : labels->items()) {
    if (label->isString() && label->text() == text) return label;
  }
  return nullptr;
}

class MetricWithoutValue final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "metric-without-value",
        .description =
            "A labelled figure with no value: an AI metric's label, a Requirements label or a pay "
            "figure shown with nothing",
        .defaultSeverity = Severity::Warning,
        .messages = {{"aiMetric", "AI metrics shown without their ratings"},
                     {"requirementLabel", "Requirements labels with nothing after the colon"},
                     {"timeCostLabel", "a Time & Cost label with no figure under it"},
                     {"notANumber", "a figure printed as NaN"},
                     {"medianPay", "the median pay empty while the other percentiles are set"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    if (!root || !root->isMapping()) return;
    checkNotANumber(context);
    if (text::isCareerModel(root)) {
      checkAiMetrics(context, root);
      checkRequirements(context, root);
      if (context.isPage()) checkTimeAndCost(context, root);
    } else {
      checkMedianPay(context, root);
    }
  }

 private:
  static void checkAiMetrics(RuleContext& context, const Node* root) {
    const Node* ai = root->get("ai_assessment");
    if (!ai || !ai->isMapping()) return;
    const Node* labels = sectionLabels(root, "ai-assessment");
    std::vector<std::string> missing;
    const Node* first = nullptr;
    const Node* last = nullptr;
    std::string pointer;
    for (const AiMetric& metric : kAiMetrics) {
      const Node* field = ai->get(metric.field);
      const Node* value = !metric.subfield.empty() && field && field->isMapping()
                              ? field->get(metric.subfield)
                          : metric.subfield.empty() ? field
                                                    : nullptr;
      const Node* shown = findLabel(labels, metric.name);
      if (!shown) shown = findLabel(labels, metric.explanation);
      if (metric.field == "jobGrowth" && field && field->isMapping()) {
        // "+13% over 10 years" is a value too; the source note "(BLS 2024-2034)" stands under the
        // metric.
        if (isSet(field->get("percentChange"))) continue;
        if (const Node* source = field->get("source"); !shown && source && source->isString())
          shown = source;
      }
      if (!shown || isSet(value)) continue;
      missing.push_back(std::string(metric.name));
      last = shown;
      if (!first) {
        first = shown;
        pointer = "/ai_assessment/" + std::string(metric.field) +
                  (metric.subfield.empty() ? "" : "/" + std::string(metric.subfield));
      }
    }
    if (missing.empty()) return;
    const std::string message =
        missing.size() == 1
            ? "the AI metric " + missing[0] +
                  " is on the page without its value (a rating such as "
                  "\"Medium\"): the page lost it; restore the rating"
            : "the AI metrics " + strings::joinList(missing, "and") +
                  " are on the page without their values (ratings such as "
                  "\"Medium\" or \"Stable\"): the page lost them; restore the ratings";
    // One finding for the block, spanning its lines: one cause, one edit.
    context.report("aiMetric", message, Span{first->span().begin, last->span().end}, pointer);
  }

  static void checkRequirements(RuleContext& context, const Node* root) {
    const Node* education = root->get("education");
    if (!education || !education->isMapping()) return;
    std::vector<std::string> labels;
    std::vector<std::string> fields;
    std::optional<Span> at;
    std::string pointer;
    for (const Requirement& requirement : kRequirements) {
      const Node::Member* member = education->findMember(requirement.key);
      if (!member || !member->value->isNull()) continue;
      // On a raw page a null value carries the span of its label when the label was printed, and
      // the section heading's when the line is not there at all. The site always prints all three.
      if (context.isPage() && member->value->span().begin.line == education->span().begin.line)
        continue;
      labels.push_back("\"" + std::string(requirement.label) + "\"");
      fields.push_back("education." + std::string(requirement.key));
      const Span span = context.isPage() ? member->value->span() : member->key->span();
      if (!at) {
        at = span;
        pointer = "/education/" + std::string(requirement.key);
      }
      at->end = span.end;
    }
    if (!at) return;
    const std::string message =
        labels.size() == 1
            ? "the Requirements label " + labels[0] + " is shown with nothing after it: fill in " +
                  fields[0]
            : "the Requirements labels " + strings::joinList(labels, "and") +
                  " are shown with nothing after them: fill in " + strings::joinList(fields, "and");
    context.report("requirementLabel", message, *at, pointer);
  }

  // "Education Duration" / "Estimated Education Cost" followed by no figure line ("Varies" is one).
  static void checkTimeAndCost(RuleContext& context, const Node* root) {
    const Node* education = root->get("education");
    if (!education || !education->isMapping()) return;
    const Node* labels = sectionLabels(root, "education");
    constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kFigures = {
        {{"Education Duration", "education_duration"},
         {"Estimated Education Cost", "estimated_cost"}}};
    for (const auto& [label, key] : kFigures) {
      const Node* shown = findLabel(labels, label);
      const Node* value = education->get(key);
      if (!shown || !value || !value->isNull() ||
          value->span().begin.line != education->span().begin.line)
        continue;
      context.report("timeCostLabel",
                     "\"" + std::string(label) +
                         "\" is shown with no figure under it: the page lost education." +
                         std::string(key) + " (a figure such as \"2-4 years\" or \"Varies\")",
                     shown->span(), "/education/" + std::string(key));
    }
  }

  // "$NaN" on a page; a YAML number that is .nan.
  static void checkNotANumber(RuleContext& context) {
    if (context.isPage()) {
      const std::string_view text = context.file().text;
      constexpr std::string_view kNaN = "$NaN";
      for (std::size_t at = text.find(kNaN); at != std::string_view::npos;
           at = text.find(kNaN, at + 1)) {
        if (words::wordContinuesAt(text, at + kNaN.size())) continue;
        context.report("notANumber",
                       "\"$NaN\" is printed where a figure belongs: the site prints it for a "
                       "number the record lacks; fill the number in",
                       spanOfOffset(text, at, kNaN.size()), "");
      }
      return;
    }
    std::string pointer;
    walkNumbers(context, context.root(), pointer);
  }

  static void walkNumbers(RuleContext& context, const Node* node, std::string& pointer) {
    if (!node) return;
    if (node->kind() == NodeKind::Float && std::isnan(node->number())) {
      context.report(
          "notANumber",
          dottedPath(pointer) +
              " is .nan, which the site prints as \"$NaN\": fill the number in or use null",
          node->span(), pointer);
      return;
    }
    const std::size_t length = pointer.size();
    if (node->isMapping()) {
      for (const Node::Member& member : node->members()) {
        appendPointerToken(pointer, member.key->text());
        walkNumbers(context, member.value, pointer);
        pointer.resize(length);
      }
    } else if (node->isSequence()) {
      for (std::size_t i = 0; i < node->size(); ++i) {
        pointer += "/" + std::to_string(i);
        walkNumbers(context, node->at(i), pointer);
        pointer.resize(length);
      }
    }
  }

  // The line and column of text[offset] (raw page text has no tabs to expand; columns are code
  // points).
  static Span spanOfOffset(std::string_view text, std::size_t offset, std::size_t length) {
    const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t begin =
        lineStart == std::string_view::npos || offset == 0 ? 0 : lineStart + 1;
    Position start;
    start.line = static_cast<std::uint32_t>(
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(begin), '\n'));
    const std::size_t bom = begin == 0 && text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // not a column
    start.column = static_cast<std::uint32_t>(
        1 + utf8::codePointCount(text.substr(begin + bom, offset - begin - bom)));
    start.offset = static_cast<std::uint32_t>(offset);
    Span span{start, start};
    span.end.column +=
        static_cast<std::uint32_t>(utf8::codePointCount(text.substr(offset, length)));
    span.end.offset += static_cast<std::uint32_t>(length);
    return span;
  }

  static void checkMedianPay(RuleContext& context, const Node* root) {
    const Node* wages = root->get("wages");
    const Node* annual = child(wages, "annual");
    if (!annual || !annual->isMapping()) return;
    const Node::Member* median = annual->findMember("median");
    if (!median || !median->value->isNull()) return;
    bool others = false;
    for (std::string_view key : {"pct_10", "pct_25", "pct_75", "pct_90"})
      others = others || isSet(annual->get(key));
    if (!others) return;
    context.report("medianPay",
                   "wages.annual.median is empty while other percentiles are set: the page's "
                   "\"Median Annual Pay\" "
                   "shows no figure, and the site builds no career progression without a median",
                   median->key->span(), "/wages/annual/median");
  }
};

}  // namespace

const Rule& metricWithoutValueRule() {
  static const MetricWithoutValue rule;
  return rule;
}

}  // namespace careerlint::rules
