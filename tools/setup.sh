#!/usr/bin/env bash
# careerlint's one-stop set-up, used by the README's two commands and by .ci/run.
#   tools/setup.sh lint   install what is missing, build (Release), lint seeds/
#   tools/setup.sh test   install what is missing, build (ASan+UBSan), run the whole test suite
#   tools/setup.sh build  install what is missing, build (Release): build/release/src/careerlint
# Safe to run again: it installs only what is missing and rebuilds incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in lint|test|build) ;; *) echo "usage: tools/setup.sh lint|test|build" >&2; exit 2 ;; esac

jobs=$(nproc 2>/dev/null || echo 2)
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian 12 packages. Build: compiler, CMake, the libraries. Test: GoogleTest, Google Benchmark
# and libyaml (bench/ compares it), the fuzzing runtime, clang-format, pre-commit, xmllint, git,
# Node.js/npm (SARIF validator, YAML test suite, VS Code's LSP library, the site's loader), the
# draft-07 meta-schema (python3-jsonschema), and the real clients of the authoring features:
# Neovim (language server), Chromium, tidy and cmark (rendered pages), patch (applies fmt --diff).
build_pkgs=(g++ cmake ninja-build pkg-config libyaml-cpp-dev libfyaml-dev libvalijson-dev
            nlohmann-json3-dev libcli11-dev libre2-dev libxxhash-dev)
test_pkgs=(libgtest-dev libgmock-dev libbenchmark-dev libyaml-dev clang clang-format
           libclang-rt-14-dev pre-commit libxml2-utils git python3 python3-jsonschema
           neovim chromium tidy cmark patch)
want=("${build_pkgs[@]}")
[ "$mode" = test ] && want+=("${test_pkgs[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "$mode" = test ] && ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$mode" = lint ] || [ "$mode" = build ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release -j "$jobs"
  [ "$mode" = build ] && exit 0
  set +e
  build/release/src/careerlint lint seeds/
  code=$?
  set -e
  # Exit 1 means careerlint ran and reported problems in the seed (it has some, on purpose of
  # the job); only 2 (could not run) is a failure of this command.
  echo "== careerlint exited $code (0: clean, 1: problems reported, 2: could not run)"
  [ "$code" -le 1 ]
  exit 0
fi

bash tools/check-format.sh
if [ -f tests/node/package.json ]; then
  (cd tests/node && npm ci --no-audit --no-fund --loglevel=error)
fi
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j "$jobs"
ctest --preset sanitize -j "$jobs"

# The Release build that the README's first command makes: GCC warns differently at -O3, and
# warnings are errors.
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"

# Hostile input: every libFuzzer target (fuzz/) for a bounded time, with ASan and UBSan; any
# crash, leak, sanitizer report or timeout fails the run (docs/hostile-input.md).
bash tools/run-fuzzers.sh "${CAREERLINT_FUZZ_SECONDS:-60}"
