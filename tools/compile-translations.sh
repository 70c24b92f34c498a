#!/usr/bin/env bash
# Compile Qt Linguist sources resources/i18n/*.ts into .qm files beside them.
set -euo pipefail
BIN="$1"
shopt -s nullglob
for ts in resources/i18n/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
done
