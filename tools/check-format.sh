#!/usr/bin/env bash
# Fails, listing the places, when a C++ file differs from what clang-format makes of it
# (.clang-format). `tools/check-format.sh --fix` rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find bench fuzz include src tests -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "${1:-}" = --fix ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run -Werror "${files[@]}"; then
  echo "== clang-format: the files above are not formatted; run tools/check-format.sh --fix" >&2
  exit 1
fi
echo "== clang-format: ${#files[@]} files formatted"
