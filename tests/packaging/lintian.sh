#!/bin/sh
# lintian on the built package: no error may remain (warnings are listed,
# and docs/packaging.md says which are expected and why).
#   lintian.sh BUILD_DIR
set -eu
deb=$(ls "$1"/packages/sslrec_*.deb)
# lintian refuses to run as root without --allow-root (CI runs as root).
lintian --allow-root --fail-on error --display-info --no-tag-display-limit "$deb"
