// duplicate-heading: the same section heading twice on a page. The site prints each section once
// (docs/page-layout.md §3), so a repeated heading means a section was pasted twice or two pages
// were merged. page.sections holds every heading the page printed, by section id; the AI section's
// own h3 "AI Resilience Assessment" is a label there, not a section, and the two 🔗 headings
// (Related Careers, Data Sources) have different ids, so neither is a duplicate.
#include "careerlint/page_layout.h"
#include "rules/rules.h"
#include "rules/support/rule_util.h"

namespace careerlint::rules {

namespace {

std::string titleOf(std::string_view id) {
  const layout::Section* section = layout::sectionBySlug(id);
  return std::string(section ? section->title : id);
}

class DuplicateHeading final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "duplicate-heading",
        .description =
            "The same section heading twice on a page: a section pasted twice or two pages merged",
        .defaultSeverity = Severity::Error,
        .messages = {{"duplicateHeading", "a section heading the page already printed"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    const Node* page = child(root, "page");
    const Node* sections = child(page, "sections");
    if (!sections || !sections->isSequence()) return;
    for (std::size_t i = 0; i < sections->size(); ++i) {
      const Node* id = child(sections->at(i), "id");
      const Node* heading = child(sections->at(i), "heading");
      if (!id || !id->isString() || !heading) continue;
      for (std::size_t j = 0; j < i; ++j) {
        const Node* earlierId = child(sections->at(j), "id");
        if (!earlierId || !earlierId->isString() || earlierId->text() != id->text()) continue;
        const Node* earlier = sections->at(j)->get("heading");
        const std::uint32_t firstLine =
            earlier ? earlier->span().begin.line : earlierId->span().begin.line;
        context.report("duplicateHeading",
                       "\"" + titleOf(id->text()) + "\" is printed a second time (first at line " +
                           std::to_string(firstLine) +
                           "): the site prints each section once; merge the two sections or delete "
                           "the repeated one",
                       heading->span(), "/page/sections/" + std::to_string(i));
        break;
      }
    }
  }
};

}  // namespace

const Rule& duplicateHeadingRule() {
  static const DuplicateHeading rule;
  return rule;
}

}  // namespace careerlint::rules
