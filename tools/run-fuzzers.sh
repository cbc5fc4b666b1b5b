#!/usr/bin/env bash
# Builds careerlint's libFuzzer targets (fuzz/) with clang, ASan and UBSan in build/fuzz and runs
# each for a bounded time. Fails on any crash, leak, sanitizer report, timeout or out-of-memory;
# prints the executions per target.
#   tools/run-fuzzers.sh [SECONDS [TARGET...]]    SECONDS per target, default 60
# Environment: FUZZ_PARALLEL (targets run at once, default: the number of cores, at most 2),
# FUZZ_TIMEOUT (seconds one input may take, default 30), FUZZ_RSS_MB (default 2048).
# The corpus each target grows is kept in build/fuzz/corpus/<target> for the next run; a crash
# leaves its input in build/fuzz/artifacts/ (turn it into a regression test next to the module).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(convert yaml_validate schema config suppressions)
cores=$(nproc 2>/dev/null || echo 2)
parallel=${FUZZ_PARALLEL:-$(( cores < 2 ? cores : 2 ))}
timeout=${FUZZ_TIMEOUT:-30}
rss=${FUZZ_RSS_MB:-2048}
build=build/fuzz

cmake --preset fuzz >/dev/null
cmake --build "$build" -j "$cores" --target "${targets[@]/#/fuzz_}"

seeds=$build/seeds
fuzz/make-corpora.sh "$seeds"
mkdir -p "$build/artifacts" "$build/logs"

declare -A max_len=([convert]=32768 [yaml_validate]=16384 [schema]=16384 [config]=4096 [suppressions]=4096)
declare -A dict=([convert]=page [yaml_validate]=yaml [schema]=schema [config]=config [suppressions]=suppressions)

run_one() {
  local name=$1
  mkdir -p "$build/corpus/$name"
  # -detect_leaks is on by default with ASan; UBSan reports abort (-fno-sanitize-recover=all).
  LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0" "$build/fuzz/fuzz_$name" "$build/corpus/$name" "$seeds/$name" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss" \
    -max_len="${max_len[$name]:-8192}" -dict="fuzz/${dict[$name]}.dict" \
    -artifact_prefix="$build/artifacts/$name-" -print_final_stats=1 \
    >"$build/logs/$name.log" 2>&1 && echo 0 >"$build/logs/$name.rc" || echo $? >"$build/logs/$name.rc"
}

failed=()
for name in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  echo "== fuzz_$name: ${seconds}s"
  rm -f "$build/logs/$name.rc"
  run_one "$name" &
done
wait
for name in "${targets[@]}"; do
  [ "$(cat "$build/logs/$name.rc" 2>/dev/null)" = 0 ] || failed+=("$name")
done

printf '%-16s %14s %10s %s\n' target executions "exec/s" result
for name in "${targets[@]}"; do
  log=$build/logs/$name.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  result=ok
  [[ " ${failed[*]} " == *" $name "* ]] && result=FAILED
  printf '%-16s %14s %10s %s\n' "fuzz_$name" "${execs:-?}" "${rate:-?}" "$result"
done
if [ ${#failed[@]} -gt 0 ]; then
  for name in "${failed[@]}"; do
    echo "== fuzz_$name failed; the end of $build/logs/$name.log:"
    tail -n 60 "$build/logs/$name.log"
  done
  echo "== artifacts:" "$build"/artifacts/*
  exit 1
fi
