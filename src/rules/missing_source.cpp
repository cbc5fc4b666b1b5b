// missing-source: figures a reader relies on (wages, pay levels, growth, costs) with no data
// source cited. A raw page in the site's text extraction never shows its Data Sources links
// (docs/page-layout.md §2, §3.12), so an empty `data_sources` there is how the page was extracted,
// not a missing citation: it is reported only when the Data Sources section kept its text ("Last
// updated: …", "O*NET Code: …") and the page shows pay levels, the one figure only that list
// cites. The source notes that sit next to a figure ("(BLS 2024-2034)" under job growth, "Source:
// college board (2024)" under costs) and the site's records' own citations are checked wherever
// the figure is.
#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/vocabulary.h"

namespace careerlint::rules {

namespace {

using vocabulary::stringAt;

bool hasNumber(const Node* node) {
  if (!node) return false;
  if (node->isNumber()) return true;
  if (node->isMapping()) {
    for (const Node::Member& m : node->members()) {
      if (hasNumber(m.value)) return true;
    }
  }
  if (node->isSequence()) {
    for (const Node* item : node->items()) {
      if (hasNumber(item)) return true;
    }
  }
  return false;
}

bool nonEmpty(const Node* node) {
  return node && (node->isSequence() || node->isMapping()) && node->size() > 0;
}

// A source text that says there is no data behind the figure ("Estimated - BLS data unavailable").
bool admitsNoData(std::string_view source) {
  const std::string lower = strings::toLower(source);
  return lower.starts_with("estimated") || lower.find("unavailable") != std::string::npos ||
         lower.find("no data") != std::string::npos;
}

class MissingSource final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "missing-source",
        .description = "Figures (wages, growth, shares, costs) with no data source cited",
        .defaultSeverity = Severity::Warning,
        .messages = {{"noDataSources",
                      "the page shows pay levels but its Data Sources section lists no source"},
                     {"noSource", "a figure without the source note or citation that goes with it"},
                     {"estimateWithoutData",
                      "a figure whose source says there is no data behind it"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    if (!root || !root->isMapping()) return;
    if (vocabulary::isManualRecord(root)) {
      checkRecord(context, root);
    } else {
      checkCareerModel(context, root);
    }
    checkGrowthSource(context, root);
  }

 private:
  static void checkCareerModel(RuleContext& context, const Node* root) {
    const Node* education = child(root, "education");
    const bool costs = hasNumber(child(education, "estimated_cost")) ||
                       nonEmpty(child(education, "cost_by_institution_type"));
    const Node* costSource = child(education, "cost_data_source");
    if (costs && !(costSource && costSource->isMapping())) {
      const Node* at = child(education, "estimated_cost");
      context.report("noSource",
                     "education: the page shows education costs but no \"Source: …\" line for them "
                     "(the site prints one "
                     "under Time & Cost): add the source and its year",
                     (at && !at->isNull() ? at : education)->span(), "/education/cost_data_source");
    }

    const Node::Member* sources = root->findMember("data_sources");
    if (!sources || nonEmpty(sources->value)) return;
    // The Data Sources section's text survived only if its "Last updated" or "O*NET Code" line did.
    const bool sectionKept = stringAt(root, "last_updated") || stringAt(root, "onet_code") ||
                             !vocabulary::hasPageLayout(root);
    if (!sectionKept) return;
    // Of the page's figures only the pay levels are cited by that list alone: the growth rate has
    // its "(BLS …)" note, costs their "Source:" line, a Levels.fyi progression its "Data source:"
    // line, and the time breakdown is the narrative's own estimate, which no source covers.
    const Node* progression = child(root, "career_progression");
    const Node* progressionSource = stringAt(progression, "source");
    if (!hasNumber(child(progression, "levels")) ||
        (progressionSource && progressionSource->text() == "levels_fyi"))
      return;
    context.report("noDataSources",
                   "data_sources: the page shows pay levels but its Data Sources section lists no "
                   "source for them: "
                   "add where the figures come from (e.g. BLS OES)",
                   sources->value->span(), "/data_sources");
  }

  static void checkRecord(RuleContext& context, const Node* root) {
    const Node* citations = child(root, "source_citations");
    const Node::Member* wages = root->findMember("wages");
    if (wages &&
        (hasNumber(child(wages->value, "annual")) || hasNumber(child(wages->value, "hourly"))) &&
        !stringAt(wages->value, "source") && !stringAt(citations, "wages")) {
      context.report("noSource",
                     "wages: the record states wage figures but neither wages.source nor "
                     "source_citations.wages says "
                     "where they come from: add the source",
                     wages->key->span(), "/wages");
    }
  }

  // Both shapes: the growth figure and the source next to it.
  static void checkGrowthSource(RuleContext& context, const Node* root) {
    const Node* growth = child(child(root, "ai_assessment"), "jobGrowth");
    const Node* percent = child(growth, "percentChange");
    if (!percent || !percent->isNumber()) return;
    const Node* source = stringAt(growth, "source");
    const bool manual = vocabulary::isManualRecord(root);
    if (source && admitsNoData(source->text())) {
      context.report("estimateWithoutData",
                     "ai_assessment.jobGrowth.source: \"" + std::string(source->text()) +
                         "\" says the growth figure has no data behind it: cite a projection or "
                         "remove the figure",
                     source->span(), "/ai_assessment/jobGrowth/source");
      return;
    }
    if (source || (manual && stringAt(child(root, "source_citations"), "outlook"))) return;
    context.report("noSource",
                   manual
                       ? "ai_assessment.jobGrowth: the record states a growth rate but neither "
                         "jobGrowth.source nor source_citations.outlook says where it comes from: "
                         "add the source"
                       : "ai_assessment.jobGrowth: the page shows a growth rate but not its source "
                         "note (the site prints \"(BLS 2024-2034)\" under it): add the projection "
                         "it comes from",
                   percent->span(), "/ai_assessment/jobGrowth/percentChange");
  }
};

}  // namespace

const Rule& missingSourceRule() {
  static const MissingSource rule;
  return rule;
}

}  // namespace careerlint::rules
