#!/bin/sh
# Installs the built .deb, runs the installed programs, removes the package.
# Needs root (dpkg); exits 77 (skipped) otherwise.
#   install-test.sh BUILD_DIR
set -eu
if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: installing a package needs root"
    exit 77
fi
deb=$(ls "$1"/packages/sslrec_*.deb)
if dpkg-query -W -f='${db:Status-Status}' sslrec 2>/dev/null | grep -q installed; then
    echo "an sslrec package is already installed; not touching it"
    exit 1
fi

work=$(mktemp -d)
cleanup() {
    dpkg -r sslrec >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "== install $deb"
# apt-get resolves the computed dependencies (they are installed already on a
# build machine, so no download happens there).
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"
dpkg -L sslrec

echo "== installed files"
for f in /usr/bin/sslrec /usr/bin/sslrec-cli \
         /usr/share/applications/org.sslrec.Sslrec.desktop \
         /usr/share/metainfo/org.sslrec.Sslrec.metainfo.xml \
         /usr/share/mime/packages/org.sslrec.Sslrec.xml \
         /usr/share/icons/hicolor/scalable/apps/org.sslrec.Sslrec.svg \
         /usr/share/icons/hicolor/48x48/apps/org.sslrec.Sslrec.png \
         /usr/share/man/man1/sslrec.1.gz /usr/share/man/man1/sslrec-cli.1.gz \
         /usr/share/doc/sslrec/copyright /usr/share/doc/sslrec/changelog.gz; do
    [ -e "$f" ] || { echo "missing: $f"; exit 1; }
done
man -l /usr/share/man/man1/sslrec-cli.1.gz >/dev/null

# A private home: no preferences of this machine's user leak in.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"

echo "== sslrec-cli --version"
/usr/bin/sslrec-cli --version | grep -q '^sslrec-cli [0-9]'

echo "== sslrec-cli scan --demo"
# 3 = finished, some origin could not be judged: the demo has an origin that
# opts out on purpose (as packaging/run-demo.sh accepts).
status=0
/usr/bin/sslrec-cli scan --demo --quiet --json demo.json || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { echo "scan --demo exited $status"; exit 1; }
grep -q '"recommended_mode"' demo.json

echo "== sslrec-cli --help in German (environment locale)"
LANGUAGE=de LC_ALL=de_DE.UTF-8 /usr/bin/sslrec-cli --help | grep -q 'Aufruf: sslrec-cli'

echo "== sslrec in each language"
check() { # language, expected File menu
    out=$(/usr/bin/sslrec --smoke-test --language "$1" 2>/dev/null)
    echo "$out"
    echo "$out" | grep -qx "language: $1" || { echo "sslrec did not start in $1"; exit 1; }
    echo "$out" | grep -qx "menu: $2" || { echo "sslrec in $1 has no menu '$2'"; exit 1; }
}
check en '&File'
check de '&Datei'
check zh_CN '文件(&F)'
check zh_TW '檔案(&F)'
# And from the system locale alone.
LANGUAGE=zh_TW LC_ALL=zh_TW.UTF-8 /usr/bin/sslrec --smoke-test 2>/dev/null | grep -qx 'language: zh_TW'

echo "== remove"
dpkg -r sslrec
[ ! -e /usr/bin/sslrec ] || { echo "/usr/bin/sslrec is still there"; exit 1; }
echo "ok"
