#!/usr/bin/env bash
# Installs everything sslrec needs to build, test and run on Debian 12.
# Idempotent and quick when all is present: it asks dpkg first and calls
# apt-get only for what is missing. Used by both README commands and .ci/run.
#
#   packaging/install-deps.sh            build + run + test dependencies
#   packaging/install-deps.sh --runtime  only what building and running needs
set -euo pipefail

build=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libssl-dev openssl ca-certificates libgumbo-dev zlib1g-dev libdeflate-dev
    libcurl4-openssl-dev libsqlite3-dev
)
# Test-only: real servers, the comparison corpus's source HTML, the fuzzing
# toolchain, packaging validators and the screenshot tools.
test=(
    nginx-core
    postgresql-doc-15 git-doc sqlite3-doc debian-reference-en
    clang-14 libclang-rt-14-dev
    lintian desktop-file-utils appstream shared-mime-info man-db
    qt6-translations-l10n
)

want=("${build[@]}")
[[ "${1:-}" == "--runtime" ]] || want+=("${test[@]}")

missing=()
for pkg in "${want[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Only refresh the package lists when they are missing or older than a day.
if [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 -print -quit 2>/dev/null)" ]]; then
    "${sudo[@]}" apt-get update -q
fi
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
