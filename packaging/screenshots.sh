#!/bin/sh
# Regenerates docs/images/main-window.png: the GUI scanning the built-in demo
# site under a private Xvfb display (needs xvfb and imagemagick's `import`).
# Usage: packaging/screenshots.sh [BUILD_DIR]   (default: build/dev)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
app=$build/bin/sslrec
[ -x "$app" ] || { echo "screenshots.sh: $app not found; build first (cmake --build --preset dev)" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "screenshots.sh: Xvfb missing (apt-get install xvfb)" >&2; exit 1; }
command -v import >/dev/null || { echo "screenshots.sh: import missing (apt-get install imagemagick)" >&2; exit 1; }

display=:$(( $$ % 500 + 100 ))
tmp=$(mktemp -d)
Xvfb "$display" -screen 0 1280x820x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill "${gui:-}" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT INT TERM
sleep 1

# A fresh configuration so saved layouts and recent scans do not leak in.
XDG_CONFIG_HOME=$tmp/config XDG_RUNTIME_DIR=$tmp DISPLAY=$display "$app" --demo >"$tmp/app.log" 2>&1 &
gui=$!
# The demo scan takes a few seconds; give it ample time on a busy machine.
sleep "${SSLREC_SCREENSHOT_WAIT:-12}"
mkdir -p "$here/docs/images"
DISPLAY=$display import -window root -crop 1200x800+0+0 +repage "$here/docs/images/main-window.png"
echo "wrote $here/docs/images/main-window.png"
