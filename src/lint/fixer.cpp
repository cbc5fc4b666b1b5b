#include "lint/fixer.h"

#include <algorithm>
#include <set>

#include "lint/read_document.h"
#include "util/files.h"

namespace careerlint::lint {

namespace {

// Whether an edit touches the source of `node` (an insertion at its edge counts).
bool touched(const Node& node, const std::vector<TextEdit>& edits) {
  const Span& span = node.span();
  return std::any_of(edits.begin(), edits.end(), [&](const TextEdit& edit) {
    return edit.beginOffset <= span.end.offset && edit.endOffset >= span.begin.offset;
  });
}

// True when `after` (the fixed file, read again) is `before` apart from the scalars the edits
// touched: a fix inside a quoted or block scalar must not change anything else.
bool sameApartFromEdits(const Node* before, const Node* after, const std::vector<TextEdit>& edits) {
  if (!before || !after) return before == after;
  if (before->isScalar() && touched(*before, edits)) return after->isScalar();
  if (before->kind() != after->kind() || before->size() != after->size()) return false;
  if (before->isScalar()) return before->text() == after->text();
  if (before->isSequence()) {
    for (std::size_t i = 0; i < before->size(); ++i) {
      if (!sameApartFromEdits(before->at(i), after->at(i), edits)) return false;
    }
    return true;
  }
  const auto members = before->members();
  const auto others = after->members();
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].key->text() != others[i].key->text() ||
        !sameApartFromEdits(members[i].value, others[i].value, edits))
      return false;
  }
  return true;
}

}  // namespace

FixPlan planFixes(std::string_view text, const std::vector<Finding>& findings) {
  FixPlan plan;
  std::set<std::string_view> unfinished;
  for (const Finding& finding : findings) {
    if (finding.ruleId == "placeholder-text" && !finding.pointer.empty())
      unfinished.insert(finding.pointer);
  }
  for (const Finding& finding : findings) {
    if (!finding.fix || unfinished.count(finding.pointer)) continue;
    bool overlaps = false;
    for (const TextEdit& edit : finding.fix->edits) {
      for (const TextEdit& taken : plan.edits) {
        overlaps = overlaps ||
                   (edit.beginOffset < taken.endOffset && taken.beginOffset < edit.endOffset) ||
                   (edit.beginOffset == taken.beginOffset);
      }
      overlaps = overlaps || edit.endOffset > text.size() || edit.beginOffset > edit.endOffset;
    }
    if (overlaps) continue;
    plan.edits.insert(plan.edits.end(), finding.fix->edits.begin(), finding.fix->edits.end());
    ++plan.fixes;
  }
  // From the end backwards, so each edit's offsets still hold when it is applied.
  std::sort(plan.edits.begin(), plan.edits.end(),
            [](const TextEdit& a, const TextEdit& b) { return a.beginOffset > b.beginOffset; });
  return plan;
}

std::string applyPlan(std::string_view text, const FixPlan& plan) {
  std::string fixed(text);
  for (const TextEdit& edit : plan.edits)
    fixed.replace(edit.beginOffset, edit.endOffset - edit.beginOffset, edit.replacement);
  return fixed;
}

std::optional<std::string> readBackProblem(const SourceFile& source, const Document* before,
                                           std::string_view fixed,
                                           const std::vector<TextEdit>& edits,
                                           const YamlLimits& limits) {
  const SourceFile again{source.path, std::string(fixed), source.kind};
  ReadDocument read = readDocument(again, limits);
  if (!read.document) {
    return read.findings.empty() ? std::string("the fixed file cannot be read")
                                 : read.findings.front().message;
  }
  if (source.kind == SourceFile::Kind::Yaml && before &&
      !sameApartFromEdits(before->root(), read.document->root(), edits))
    return "the fixed file would not read back to the same data apart from the fixed text";
  return std::nullopt;
}

Expected<FixOutcome> fixOnce(const SourceFile& source, const Document* document,
                             const std::vector<Finding>& findings, const YamlLimits& limits,
                             bool write) {
  const FixPlan plan = planFixes(source.text, findings);
  if (plan.fixes == 0) return FixOutcome{};
  std::string text = applyPlan(source.text, plan);
  files::AtomicWriteOptions verify;
  verify.verify = [&](std::string_view contents) {
    return readBackProblem(source, document, contents, plan.edits, limits);
  };
  if (!write) {
    if (verify.verify(text)) return FixOutcome{};  // a fix that breaks the file is not shown
  } else if (auto written = files::writeFileAtomically(source.path, text, verify); !written) {
    return written.error();
  }
  return FixOutcome{plan.fixes, std::move(text)};
}

}  // namespace careerlint::lint
