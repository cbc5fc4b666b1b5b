#!/usr/bin/env bash
# Scaffolds a new editorial rule: its source, doc page and test, named by its id, and adds its
# one line to the sorted list in src/rules/rules.h (the build picks up every source and test file
# by itself).
# Usage: tools/add-rule.sh <rule-id> "One-line description"
set -euo pipefail
cd "$(dirname "$0")/.."
id=${1:?usage: tools/add-rule.sh <rule-id> "description"}
description=${2:?usage: tools/add-rule.sh <rule-id> "description"}
[[ $id =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || { echo "rule ids are kebab-case: $id" >&2; exit 2; }
file=${id//-/_}
camel=$(echo "$id" | awk -F- '{ out=$1; for (i = 2; i <= NF; i++) out = out toupper(substr($i,1,1)) substr($i,2); print out }')
class=$(echo "$camel" | awk '{ print toupper(substr($0,1,1)) substr($0,2) }')
for path in "src/rules/$file.cpp" "tests/rules/${file}_test.cpp" "docs/rules/$id.md"; do
  [ -e "$path" ] && { echo "$path exists" >&2; exit 2; }
done

cat > "src/rules/$file.cpp" <<CPP
// $id: $description
#include "rules/support/rule_util.h"
#include "rules/rules.h"

namespace careerlint::rules {

namespace {

class $class final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "$id",
        .description = "$description",
        .defaultSeverity = Severity::Warning,
        .messages = {{"TODO", "what the message says"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override { (void)context; }
};

}  // namespace

const Rule& ${camel}Rule() {
  static const $class rule;
  return rule;
}

}  // namespace careerlint::rules
CPP

cat > "tests/rules/${file}_test.cpp" <<CPP
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using testing::positions;
using ::testing::ElementsAre;

const Rule& rule() { return rules::${camel}Rule(); }

TEST($class, ReportsTheBadCase) {
  EXPECT_THAT(positions(testing::runRuleOnPage(rule(), "Title\n")), ElementsAre("1:1 TODO"));
}

TEST($class, AcceptsTheGoodCase) { EXPECT_TRUE(testing::runRuleOnPage(rule(), "Title\n").empty()); }

}  // namespace
}  // namespace careerlint
CPP

cat > "docs/rules/$id.md" <<MD
# $id

**Default severity:** warning · **Fixable:** no · **Kind:** editorial

## What it finds
$description.

## Why it matters

## Example
Bad:

Good:

## Options
None.

## Message ids
\`TODO\`.
MD

python3 - "$camel" <<'PY'
import sys
camel = sys.argv[1]
# The one registry line: RULE(<camel>) in the sorted list of src/rules/rules.h.
path = "src/rules/rules.h"
text = open(path).read()
start = "#define CAREERLINT_EDITORIAL_RULES(RULE) \\\n"
end = "  /* end of the list */"
a = text.index(start) + len(start)
b = text.index(end, a)
lines = text[a:b].splitlines()
lines.append("  RULE(%s) \\" % camel)
lines.sort()
open(path, "w").write(text[:a] + "\n".join(lines) + "\n" + text[b:])
PY
# CI fails on unformatted C++ (tools/check-format.sh): hand over formatted files.
if command -v clang-format >/dev/null 2>&1; then
  clang-format -i "src/rules/$file.cpp" "tests/rules/${file}_test.cpp"
fi
echo "created src/rules/$file.cpp, tests/rules/${file}_test.cpp, docs/rules/$id.md; listed in src/rules/rules.h"
