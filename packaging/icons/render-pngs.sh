#!/usr/bin/env bash
# Renders the app icon's SVG into the hicolor PNG sizes that packaging/CMakeLists.txt installs
# and the GUI embeds. Run after changing the SVG and commit the PNGs: builds need no renderer.
set -euo pipefail
cd "$(dirname "$0")"

id=io.github.kizuna_crm.Kizuna
if ! command -v rsvg-convert >/dev/null; then
    echo "render-pngs.sh needs rsvg-convert (Debian: librsvg2-bin)" >&2
    exit 1
fi
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$id.svg" \
        --output "hicolor/${size}x${size}/apps/$id.png"
done
echo "Rendered $id.png at 16 to 512 px into $(pwd)/hicolor"
