#!/bin/sh
# Regenerates the hicolor PNG icons from resources/icons/recaisse.svg. Run it after changing the
# SVG and commit the PNGs: the build installs them as they are, so it needs no SVG renderer.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/recaisse.svg"
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "$here/icons/recaisse-$size.png" "$svg"
done
