#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the release
# preset, then scans the built-in loopback demo origins — in the GUI when a
# display is available, otherwise with the CLI, printing the recommendations.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --runtime
cmake --preset release >/dev/null
cmake --build --preset release
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec build/release/bin/sslrec --demo "$@"
fi
# Exit code 3 means "finished; some origin could not be judged": the demo
# includes an origin that opts out on purpose, so that is success here.
status=0
build/release/bin/sslrec-cli scan --demo "$@" || status=$?
if ((status == 3)); then
    exit 0
fi
exit "$status"
