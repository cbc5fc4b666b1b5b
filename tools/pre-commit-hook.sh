#!/usr/bin/env bash
# Entry point of the pre-commit hook (.pre-commit-hooks.yaml): runs careerlint on the files
# pre-commit passes. Uses $CAREERLINT, else `careerlint` on PATH, else builds it once (Release,
# no tests) inside this checkout, which pre-commit keeps in its cache.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${CAREERLINT:-}" ]; then
  exec "$CAREERLINT" "$@"
fi
if command -v careerlint >/dev/null 2>&1; then
  exec careerlint "$@"
fi
binary="$here/build/pre-commit/src/careerlint"
if [ ! -x "$binary" ]; then
  echo "careerlint: building it once for pre-commit (needs cmake, a C++20 compiler and the libraries in tools/setup.sh)" >&2
  cmake -S "$here" -B "$here/build/pre-commit" -DCMAKE_BUILD_TYPE=Release -DCAREERLINT_BUILD_TESTS=OFF >/dev/null
  cmake --build "$here/build/pre-commit" --target careerlint -j "$(nproc)" >/dev/null
fi
exec "$binary" "$@"
