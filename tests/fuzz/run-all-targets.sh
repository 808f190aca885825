#!/usr/bin/env bash
# Runs every libFuzzer target for a short time on a copy of its seed corpus
# (the committed corpus is never modified). Exits non-zero on any finding;
# the crashing input is kept in $FINDINGS (default build/fuzz/findings).
#   tests/fuzz/run-all-targets.sh [SECONDS-PER-TARGET]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
bin=build/fuzz/tests/fuzz
findings=${FINDINGS:-build/fuzz/findings}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$findings"
status=0
passed=0
failed=0
# Every target that was built runs; one without a seed corpus is an error,
# not a silent skip.
targets=$(sed -n 's/^sslrec_add_fuzzer(fuzz_\([a-z0-9_]*\) .*/\1/p' tests/fuzz/CMakeLists.txt)
[ -n "$targets" ] || { echo "run-all-targets: no fuzz targets found in tests/fuzz/CMakeLists.txt" >&2; exit 1; }
for target in $targets; do
    corpus=tests/fuzz/corpus/$target/
    if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
        echo "FAILED fuzz_$target: no seed corpus in $corpus (see docs/fuzzing.md)"
        status=1
        failed=$((failed + 1))
        continue
    fi
    mkdir -p "$work/$target"
    cp -r "$corpus". "$work/$target/"
    dict=()
    [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
    echo "== fuzz_$target: ${seconds}s"
    if ! "$bin/fuzz_$target" "$work/$target" "${dict[@]}" \
            -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
            -artifact_prefix="$findings/$target-" -print_final_stats=1 \
            >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log"
        echo "FINDING in fuzz_$target: see $findings/$target-*"
        status=1
        failed=$((failed + 1))
    else
        grep -E '^stat::number_of_executed_units' "$work/$target.log" || true
        passed=$((passed + 1))
    fi
done
# A closing summary line in the plain form CI reads.
echo "fuzz: $passed passed, $failed failed"
exit $status
