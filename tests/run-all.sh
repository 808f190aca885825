#!/usr/bin/env bash
# The whole test suite from a clean clone: installs what is missing, builds
# the `ci` preset and runs every test with ctest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --workflow --preset ci
