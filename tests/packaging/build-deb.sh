#!/bin/sh
# Builds the .deb from the build tree with CPack (fixture for the lintian
# and install tests): BUILD_DIR/packages/sslrec_VERSION_ARCH.deb.
#   build-deb.sh BUILD_DIR
set -eu
build=$1
rm -f "$build"/packages/sslrec_*.deb
cpack --config "$build/CPackConfig.cmake" -B "$build/packages"
deb=$(ls "$build"/packages/sslrec_*.deb)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
