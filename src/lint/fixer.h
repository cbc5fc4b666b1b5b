#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/document.h"
#include "careerlint/expected.h"
#include "careerlint/finding.h"
#include "careerlint/rule.h"
#include "careerlint/yaml_loader.h"

namespace careerlint::lint {

// The fixes of one pass over a file's findings: the edits of every fix that overlaps no fix taken
// before it, in the findings' order.
struct FixPlan {
  std::vector<TextEdit> edits;  // sorted from the end of the text to its start
  std::size_t fixes = 0;        // how many findings' fixes the edits come from
};

// Chooses the fixes to apply to `text`: none that overlaps (or starts where) another one taken
// starts, none that reaches past the text, and none on a value with a placeholder-text finding
// (a fix must never make unfinished text look finished: "TODO" must not become "TODO.").
FixPlan planFixes(std::string_view text, const std::vector<Finding>& findings);

// `text` with the plan's edits applied.
std::string applyPlan(std::string_view text, const FixPlan& plan);

// Why the fixed text of `source` must not be kept, or nothing when it may: it must read back
// (under the same limits as the original) and, for a record, to the same data apart from the
// values the edits touched. `before` is the original's document, when it had one.
std::optional<std::string> readBackProblem(const SourceFile& source, const Document* before,
                                           std::string_view fixed,
                                           const std::vector<TextEdit>& edits,
                                           const YamlLimits& limits);

struct FixOutcome {
  std::size_t fixes = 0;  // 0: nothing to fix, or (dry run) the fixed text would not read back
  std::string text;       // the fixed text, when fixes > 0
};

// One pass of --fix (write: the file is rewritten atomically, and only if the fixed text reads
// back) or of --fix-dry-run (write false: nothing is written). An error is a file that could not
// be written or whose fixed text would not read back.
Expected<FixOutcome> fixOnce(const SourceFile& source, const Document* document,
                             const std::vector<Finding>& findings, const YamlLimits& limits,
                             bool write);

}  // namespace careerlint::lint
