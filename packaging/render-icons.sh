#!/usr/bin/env bash
# Render the application icon's PNG sizes (and the Windows .ico) from the one
# SVG source, so every size shows the same drawing. Run after editing the SVG;
# the results are committed, so builds do not need a renderer.
set -euo pipefail
cd "$(dirname "$0")/.."
SVG=resources/icons/mfa-desk.svg
SIZES=(16 22 24 32 48 64 128 256 512)
command -v rsvg-convert >/dev/null || bash tools/apt-install.sh librsvg2-bin
for n in "${SIZES[@]}"; do
    rsvg-convert --width "$n" --height "$n" "$SVG" --output "resources/icons/mfa-desk-$n.png"
done
# Windows wants one .ico holding the small and large sizes (installer, shortcut, exe).
if command -v convert >/dev/null; then
    convert resources/icons/mfa-desk-{16,24,32,48,64,256}.png resources/icons/mfa-desk.ico
fi
echo "icons: ${SIZES[*]} px from $SVG"
