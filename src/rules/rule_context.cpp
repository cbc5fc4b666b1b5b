#include <cassert>
#include <stdexcept>

#include "careerlint/rule.h"

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
  finding.file = where.file->path;
  finding.span = span;
  finding.pointer = std::move(pointer);
  sink_.report(std::move(finding));
}

}  // namespace careerlint
