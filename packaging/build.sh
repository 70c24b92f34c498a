#!/usr/bin/env bash
# Build the one-folder bundle for this platform into dist/mfa-desk/ and, on
# Linux, pack dist/mfa-desk-<version>-linux-<arch>.tar.gz beside it.
# Usage: packaging/build.sh [VENV_BIN]   (default .venv/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.venv/bin}"
# PyInstaller comes from pyproject's `package` extra, installed into the venv
# only when missing (the app's own install stays editable).
if ! "$BIN/python" -c "import PyInstaller" 2>/dev/null; then
    mapfile -t reqs < <("$BIN/python" -c "import tomllib
for r in tomllib.load(open('pyproject.toml','rb'))['project']['optional-dependencies']['package']:
    print(r)")
    "$BIN/python" -m pip install --quiet "${reqs[@]}"
fi
VERSION=$("$BIN/python" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
start=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/mfa-desk.spec
echo "bundle built in $(( $(date +%s) - start )) s: dist/mfa-desk ($(du -sh dist/mfa-desk | cut -f1) unpacked)"
if [ "$(uname -s)" = Linux ]; then
    # Desktop integration travels with the bundle: unpack, run mfa-desk/install-desktop.sh.
    mkdir -p dist/mfa-desk/desktop
    cp packaging/linux/mfa-desk.desktop packaging/linux/io.github.mfadesk.MfaDesk.metainfo.xml \
        packaging/linux/mfa-desk-mime.xml dist/mfa-desk/desktop/
    install -m 755 packaging/linux/install-desktop.sh dist/mfa-desk/install-desktop.sh
    tarball="dist/mfa-desk-$VERSION-linux-$(uname -m).tar.gz"
    tar -C dist -czf "$tarball" mfa-desk
    (cd dist && sha256sum "$(basename "$tarball")" > "$(basename "$tarball").sha256")
    echo "packed $tarball ($(du -h "$tarball" | cut -f1)) and its .sha256"
fi
