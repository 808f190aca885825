#!/bin/sh
# The desktop integration files are valid and agree with the project:
# desktop-file-validate, appstreamcli validate (no network), one version
# everywhere, and PNG icons whose pixel size matches their hicolor folder.
#   check-metadata.sh SOURCE_DIR PROJECT_VERSION
set -eu
src=$1
version=$2
pkg=$src/packaging
fail=0

echo "== desktop-file-validate"
desktop-file-validate "$pkg/org.sslrec.Sslrec.desktop" || fail=1

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$pkg/org.sslrec.Sslrec.metainfo.xml" || fail=1

echo "== versions"
grep -q "<release version=\"$version\"" "$pkg/org.sslrec.Sslrec.metainfo.xml" \
    || { echo "metainfo: no <release> for $version"; fail=1; }
head -n1 "$pkg/debian/changelog" | grep -q "^sslrec ($version)" \
    || { echo "debian/changelog: first entry is not $version"; fail=1; }
for page in sslrec.1 sslrec-cli.1; do
    grep -q "^\.TH .*\"sslrec $version\"" "$pkg/man/$page" || { echo "$page: not for sslrec $version"; fail=1; }
done

echo "== icons"
for dir in "$pkg"/icons/*x*; do
    size=${dir##*/}
    png=$dir/org.sslrec.Sslrec.png
    # PNG: width and height are big-endian 32-bit words at bytes 16 and 20.
    w=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    h=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    [ "${w}x${h}" = "$size" ] || { echo "$png is ${w}x${h}"; fail=1; }
done

exit $fail
