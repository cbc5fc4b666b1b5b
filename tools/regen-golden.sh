#!/usr/bin/env bash
# Rewrites the golden .yaml of every committed page (seeds/*.txt, tests/fixtures/pages/*.txt)
# from the current converter. Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/dev}
cmake --build "$build" --target careerlint_tests
CAREERLINT_UPDATE_GOLDEN=1 "$build/tests/careerlint_tests" --gtest_filter='ConvertGolden.EveryCommittedPageConvertsToItsGoldenYaml'
git status --short seeds tests/fixtures
