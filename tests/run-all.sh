#!/usr/bin/env bash
# The whole test suite from a clean clone: installs what is missing, then
#   1. builds the `ci` preset (optimised, -Werror) and runs every test;
#   2. builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer,
#      -Werror) and runs every test again under the sanitizers (the packaging
#      tests excepted: they install the optimised build's package);
#   3. builds the libFuzzer targets (`fuzz` preset, clang) and runs each one
#      for 10 seconds on its seed corpus.
# Exits non-zero on any failure, sanitizer report or fuzzer finding.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --workflow --preset ci
cmake --workflow --preset asan
cmake --preset fuzz
cmake --build --preset fuzz
bash tests/fuzz/run-all-targets.sh 10
