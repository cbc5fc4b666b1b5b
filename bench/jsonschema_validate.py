#!/usr/bin/env python3
"""Validates every *.yaml file of a directory against a JSON Schema with Python's jsonschema.

bench/compare.py's Python row: Debian's python3-jsonschema (Draft7Validator) over PyYAML
(python3-yaml, its libyaml-backed CSafeLoader when present). Exits 0 when every file is valid, 1
otherwise (the invalid files on stderr), 2 when it cannot run.

    /usr/bin/python3 bench/jsonschema_validate.py schemas/career.schema.json build/bench/corpus-1000
"""

import json
import sys
from pathlib import Path

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"{missing}: install python3-jsonschema and python3-yaml", file=sys.stderr)
    sys.exit(2)

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    invalid = 0
    for path in sorted(Path(sys.argv[2]).glob("*.yaml")):
        if path.name.startswith("."):
            continue  # the corpus's .careerlint.yaml, as careerlint and ajv's glob skip it
        with path.open(encoding="utf-8") as stream:
            record = yaml.load(stream, Loader=LOADER)
        errors = list(validator.iter_errors(record))
        if errors:
            invalid += 1
            print(f"{path}: {errors[0].message}", file=sys.stderr)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
