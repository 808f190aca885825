#!/usr/bin/env bash
# The whole test suite from a clean clone: installs what is missing, builds
# the `ci` preset and runs every test with ctest, then builds the libFuzzer
# targets (`fuzz` preset, clang) and runs each one for 10 seconds on its seed
# corpus. Exits non-zero on any failure or fuzzer finding.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --workflow --preset ci
cmake --preset fuzz
cmake --build --preset fuzz
bash tests/fuzz/run-all-targets.sh 10
