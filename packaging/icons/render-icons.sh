#!/bin/sh
# Renders the hicolor PNG sizes of the application icon from the SVG. The
# PNGs are committed (rendered with rsvg-convert from Debian's librsvg2-bin
# 2.54), so building the package needs no SVG renderer; run this after
# changing the SVG and commit the result.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" org.sslrec.Sslrec.svg -o "${size}x${size}/org.sslrec.Sslrec.png"
done
