#!/usr/bin/env bash
# Scaffolds a new editorial rule: its source, doc page and test, named by its id, and lists it
# in the registry (the build picks up every source and test file by itself).
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
    static const RuleMeta meta = [] {
      RuleMeta m;
      m.id = "$id";
      m.description = "$description";
      m.defaultSeverity = Severity::Warning;
      m.messages = {{"TODO", "what the message says"}};
      return m;
    }();
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

python3 - "$id" "$file" "$camel" <<'PY'
import re, sys
rule_id, file, camel = sys.argv[1:]
def insert_sorted(path, start, end, line, key):
    text = open(path).read()
    a = text.index(start) + len(start)
    b = text.index(end, a)
    lines = [l for l in text[a:b].split("\n") if l.strip()]
    lines.append(line)
    lines.sort(key=key)
    open(path, "w").write(text[:a] + "\n" + "\n".join(lines) + text[b:])
insert_sorted("src/rules/rules.h", "namespace careerlint::rules {\n", "\n\n}",
              "const Rule& %sRule();" % camel, lambda l: l)
insert_sorted("src/rules/registry.cpp", "static const std::vector<const Rule*> rules = {", "\n  };",
              "      &%sRule()," % camel, lambda l: l.strip())
PY
# CI fails on unformatted C++ (tools/check-format.sh): hand over formatted files.
if command -v clang-format >/dev/null 2>&1; then
  clang-format -i "src/rules/$file.cpp" "tests/rules/${file}_test.cpp" src/rules/rules.h \
    src/rules/registry.cpp
fi
echo "created src/rules/$file.cpp, tests/rules/${file}_test.cpp, docs/rules/$id.md; listed in the registry"
