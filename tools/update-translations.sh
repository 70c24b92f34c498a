#!/usr/bin/env bash
# Extract every self.tr()/QCoreApplication.translate() string of the user interface
# into the Qt Linguist sources resources/i18n/mfa_desk_<lang>.ts. Existing
# translations are kept; strings no longer in the code are dropped. Translate the
# new (type="unfinished") entries in Qt Linguist or by editing the XML, then
# `make translations` compiles them to .qm. No source locations are stored: line
# numbers would change with every edit and make merges of the .ts conflict.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.venv/bin}"
mapfile -t sources < <(find mfa_desk/ui -name '*.py' | sort)
for lang in ko; do
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none \
        -source-language en_US -target-language "$lang" \
        "${sources[@]}" -ts "resources/i18n/mfa_desk_${lang}.ts"
done
grep -c 'type="unfinished"' resources/i18n/mfa_desk_*.ts | sed 's/^/untranslated: /' || true
