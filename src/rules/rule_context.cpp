#include <cassert>
#include <stdexcept>

#include "careerlint/rule.h"
#include "rules/support/vocabulary.h"
#include "util/strings.h"

namespace careerlint {

namespace {
void checkMessageId([[maybe_unused]] const RuleMeta& meta,
                    [[maybe_unused]] std::string_view messageId) {
#ifndef NDEBUG
  bool known = false;
  for (const RuleMessage& message : meta.messages) known = known || message.id == messageId;
  assert(known && "message id not declared in the rule's metadata");
#endif
}
}  // namespace

void RuleContext::report(std::string_view messageId, std::string message, Span span,
                         std::string pointer, std::optional<Fix> fix,
                         std::optional<Severity> severity) {
  checkMessageId(meta_, messageId);
  Finding finding;
  finding.ruleId = meta_.id;
  finding.messageId = std::string(messageId);
  finding.severity = severity && !severityConfigured_ ? *severity : severity_;
  finding.message = std::move(message);
  finding.file = file_.path;
  finding.span = span;
  finding.pointer = std::move(pointer);
  finding.fix = std::move(fix);
  sink_.report(std::move(finding));
}

void ProjectContext::report(const ProjectFile& where, std::string_view messageId,
                            std::string message, Span span, std::string pointer,
                            std::optional<Severity> severity) {
  if (!where.linted) return;  // content roots are read for reference, not reported on
  checkMessageId(meta_, messageId);
  Finding finding;
  finding.ruleId = meta_.id;
  finding.messageId = std::string(messageId);
  finding.severity = severity && !where.severityConfigured ? *severity : where.severity;
  finding.message = std::move(message);
  finding.file = std::string(where.path);
  finding.span = span;
  finding.pointer = std::move(pointer);
  sink_.report(std::move(finding));
}

ProjectSummary::Text ProjectSummary::add(std::string_view value) {
  const Text at{static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(value.size())};
  text += value;
  return at;
}

namespace {

// The cards of related_careers (related-career-exists reads them).
void summarizeCards(const Node* related, ProjectSummary& summary) {
  if (!related || !related->isSequence()) return;
  for (std::size_t i = 0; i < related->size(); ++i) {
    const Node* entry = related->at(i);
    const Node* slug = rules::vocabulary::stringAt(entry, "slug");
    const Node* title = rules::vocabulary::stringAt(entry, "title");
    if (!slug && !title) continue;
    ProjectSummary::Card card;
    card.index = static_cast<std::uint32_t>(i);
    if (slug) card.slug = summary.add(slug->text());
    if (title) card.title = summary.add(title->text());
    card.where = title ? title->span() : slug->span();
    if (const Node* pay = entry->get("median_pay"); pay && pay->isNumber()) {
      card.hasPay = true;
      card.pay = pay->number();
      card.paySpan = pay->span();
    }
    card.hasRelationship = entry->get("relationship") != nullptr;
    summary.cards.push_back(card);
  }
}

// The entries of a careers index: a list of mappings with a slug and a title.
void summarizeIndex(const Node* root, ProjectSummary& summary) {
  for (const Node* entry : root->items()) {
    const Node* slug = rules::vocabulary::stringAt(entry, "slug");
    const Node* title = rules::vocabulary::stringAt(entry, "title");
    if (!slug || !title) continue;
    ProjectSummary::IndexEntry listed;
    listed.slug = summary.add(strings::trim(slug->text()));
    listed.title = summary.add(strings::trim(title->text()));
    if (const Node* category = rules::vocabulary::stringAt(entry, "category"))
      listed.category = summary.add(strings::trim(category->text()));
    if (const Node* pay = entry->get("median_pay"); pay && pay->isNumber()) {
      listed.hasPay = true;
      listed.pay = pay->number();
    }
    summary.index.push_back(listed);
  }
}

}  // namespace

ProjectSummary summarize(const Document& document) {
  ProjectSummary summary;
  const Node* root = document.root();
  if (root && root->isSequence()) summarizeIndex(root, summary);
  if (root && root->isMapping()) {
    summary.isRecord = true;
    const Node* title = rules::vocabulary::recordTitle(root);
    const Node* slug = rules::vocabulary::stringAt(root, "slug");
    if (!slug && rules::vocabulary::isManualRecord(root))
      slug = rules::vocabulary::stringAt(root, "id");
    if (slug) {
      summary.hasSlugNode = true;
      summary.slug = summary.add(strings::trim(slug->text()));
      summary.slugSpan = slug->span();
    } else if (title) {
      summary.slug = summary.add(strings::slugify(title->text()));
    }
    if (title) {
      summary.title = summary.add(strings::trim(title->text()));
      summary.titleSpan = title->span();
      summary.titleKey = summary.add(strings::toLower(summary[summary.title]));
      summary.titleIsName = title == rules::vocabulary::stringAt(root, "name");
    }
    if (const Node* category = rules::vocabulary::stringAt(root, "category"))
      summary.category = summary.add(category->text());
    summarizeCards(root->get("related_careers"), summary);
  }
  summary.text.shrink_to_fit();
  summary.cards.shrink_to_fit();
  summary.index.shrink_to_fit();
  return summary;
}

}  // namespace careerlint
