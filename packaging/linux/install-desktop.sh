#!/usr/bin/env bash
# Install MFA Desk for the current user, the way a desktop expects it:
#   the bundle           -> $XDG_DATA_HOME/mfa-desk/app/        (+ ~/.local/bin/mfa-desk link)
#   mfa-desk.desktop     -> $XDG_DATA_HOME/applications/        (Exec = the installed bundle)
#   metainfo             -> $XDG_DATA_HOME/metainfo/
#   MIME type *.mfadesk  -> $XDG_DATA_HOME/mime/packages/       (then update-mime-database)
#   icons                -> $XDG_DATA_HOME/icons/hicolor/<size>/{apps,mimetypes}/
# and makes MFA Desk the default application for .mfadesk files (xdg-mime).
# Usage, from the source tree:    packaging/linux/install-desktop.sh [BUNDLE_DIR]  (default dist/mfa-desk)
#        from an unpacked tarball: mfa-desk/install-desktop.sh    (installs the bundle it sits in)
#        either, with --uninstall, removes it all again.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ -x "$HERE/mfa-desk" ] && [ -d "$HERE/desktop" ]; then
    # Inside a bundle (build.sh copies this script and desktop/ into it).
    DEFAULT_BUNDLE="$HERE"
    DESKTOP_FILES="$HERE/desktop"
    ICONS="$HERE/_internal/resources/icons"
else
    ROOT="$(cd "$HERE/../.." && pwd)"
    DEFAULT_BUNDLE="$ROOT/dist/mfa-desk"
    DESKTOP_FILES="$ROOT/packaging/linux"
    ICONS="$ROOT/resources/icons"
fi
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPDIR="$DATA/mfa-desk/app"
BINLINK="$HOME/.local/bin/mfa-desk"
DESKTOP_ID=mfa-desk.desktop
METAINFO=io.github.mfadesk.MfaDesk.metainfo.xml
MIME_TYPE=application/x-mfa-desk-release
MIME_ICON=application-x-mfa-desk-release
SIZES=(16 22 24 32 48 64 128 256 512)

refresh() {
    update-mime-database "$DATA/mime"
    update-desktop-database "$DATA/applications" 2>/dev/null || true
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DATA/mfa-desk"
    [ -L "$BINLINK" ] && rm -f "$BINLINK"
    rm -f "$DATA/applications/$DESKTOP_ID" "$DATA/metainfo/$METAINFO" "$DATA/mime/packages/mfa-desk.xml"
    for n in "${SIZES[@]}"; do
        rm -f "$DATA/icons/hicolor/${n}x${n}/apps/mfa-desk.png" \
              "$DATA/icons/hicolor/${n}x${n}/mimetypes/$MIME_ICON.png"
    done
    rm -f "$DATA/icons/hicolor/scalable/apps/mfa-desk.svg" \
          "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
    mkdir -p "$DATA/mime" "$DATA/applications"
    refresh
    echo "MFA Desk removed for ${USER:-$(id -un)}"
    exit 0
fi

BUNDLE="${1:-$DEFAULT_BUNDLE}"
[ -x "$BUNDLE/mfa-desk" ] || { echo "install-desktop: no bundle at $BUNDLE; run make package" >&2; exit 1; }
for tool in desktop-file-install update-mime-database update-desktop-database xdg-mime; do
    command -v "$tool" >/dev/null || {
        echo "install-desktop: $tool is missing; install desktop-file-utils shared-mime-info xdg-utils" >&2
        exit 1
    }
done

# The bundle: replaced as a whole, so no file of an older version lingers.
rm -rf "$APPDIR.new"
mkdir -p "$(dirname "$APPDIR")"
cp -a "$BUNDLE" "$APPDIR.new"
rm -rf "$APPDIR"
mv "$APPDIR.new" "$APPDIR"
mkdir -p "$(dirname "$BINLINK")"
ln -sfn "$APPDIR/mfa-desk" "$BINLINK"

# The launcher, pointing at the installed executable (a desktop session's PATH
# may not include ~/.local/bin).
mkdir -p "$DATA/applications"
desktop-file-install --dir="$DATA/applications" \
    --set-key=Exec --set-value="$APPDIR/mfa-desk %f" \
    --set-key=TryExec --set-value="$APPDIR/mfa-desk" \
    "$DESKTOP_FILES/$DESKTOP_ID"

mkdir -p "$DATA/metainfo" "$DATA/mime/packages"
install -m 644 "$DESKTOP_FILES/$METAINFO" "$DATA/metainfo/$METAINFO"
install -m 644 "$DESKTOP_FILES/mfa-desk-mime.xml" "$DATA/mime/packages/mfa-desk.xml"

for n in "${SIZES[@]}"; do
    for kind in apps mimetypes; do
        mkdir -p "$DATA/icons/hicolor/${n}x${n}/$kind"
    done
    install -m 644 "$ICONS/mfa-desk-$n.png" "$DATA/icons/hicolor/${n}x${n}/apps/mfa-desk.png"
    install -m 644 "$ICONS/mfa-desk-$n.png" \
        "$DATA/icons/hicolor/${n}x${n}/mimetypes/$MIME_ICON.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
install -m 644 "$ICONS/mfa-desk.svg" "$DATA/icons/hicolor/scalable/apps/mfa-desk.svg"
install -m 644 "$ICONS/mfa-desk.svg" "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"

refresh
xdg-mime default "$DESKTOP_ID" "$MIME_TYPE"

echo "MFA Desk $("$APPDIR/mfa-desk" --version 2>/dev/null | awk '{print $2}') installed for ${USER:-$(id -un)}:"
echo "  application  $APPDIR (command: $BINLINK)"
echo "  launcher     $DATA/applications/$DESKTOP_ID"
echo "  .mfadesk     $(xdg-mime query default "$MIME_TYPE") opens $MIME_TYPE"
