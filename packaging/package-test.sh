#!/usr/bin/env bash
# Prove the bundle in dist/mfa-desk carries (or finds) everything it needs:
# run the built executable as a user would - no venv on PATH, a clean
# environment, a throw-away HOME - and check what has landed in this tree:
#   --version      always; must print pyproject.toml's version
#   export         once mfa_desk/cli/cmd_export.py exists: the sample release to DOCX, HTML
#                  and PDF (WeasyPrint with the system's Pango)
#   check          once spell checking is built: a seeded misspelling found in each language
#   the editor     a window appears under Xvfb (and start-up times are printed)
# Usage: packaging/package-test.sh [VENV_BIN]  (the venv only reads pyproject and checks outputs)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.venv/bin}"
EXE="$PWD/dist/mfa-desk/mfa-desk"
[ -x "$EXE" ] || { echo "package-test: no bundle at $EXE; run make package" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/out"
failures=0
pass() { echo "package-test: ok   $*"; }
fail() { echo "package-test: FAIL $*" >&2; failures=$((failures + 1)); }

# The bundle, with nothing from the developer's shell: no venv, no PYTHONPATH.
bundle() {
    env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data" \
        XDG_CACHE_HOME="$tmp/home/cache" XDG_STATE_HOME="$tmp/home/state" \
        "$EXE" "$@"
}

# 1. --version agrees with pyproject.toml.
want=$("$BIN/python" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
got=$(bundle --version 2>&1) || true
if [ "$got" = "mfa-desk $want" ]; then pass "--version: $got"; else fail "--version printed '$got', want 'mfa-desk $want'"; fi

# 2. export of the sample release to DOCX and HTML.
sample=resources/samples/sample-release.mfadesk
if [ ! -f mfa_desk/cli/cmd_export.py ]; then
    echo "package-test: skip export: not in this tree yet (mfa_desk/cli/cmd_export.py)"
elif [ ! -f "$sample" ]; then
    fail "export: $sample is missing"
else
    for kind in docx html pdf; do
        out="$tmp/out/sample.$kind"
        if bundle export "$PWD/$sample" --to "$kind" --lang both -o "$out" 2>"$tmp/err"; then
            if "$BIN/python" packaging/verify-export.py "$sample" "$out"; then
                pass "export --to $kind: $(du -h "$out" | cut -f1) with the sample's text"
            else
                fail "export --to $kind: the output lacks the sample's text"
            fi
        else
            fail "export --to $kind: $(tail -3 "$tmp/err")"
        fi
    done
fi

# 3. check finds a seeded misspelling in each language.
if grep -q "NotImplementedError" mfa_desk/spelling/release_check.py 2>/dev/null; then
    echo "package-test: skip check: spell checking is not built in this tree yet"
else
    seeded="$tmp/out/seeded.mfadesk"
    "$BIN/python" packaging/make-seeded-release.py "$seeded" > "$tmp/seeded-words"
    set +e
    bundle check "$seeded" --json --no-qa > "$tmp/check.json" 2>"$tmp/err"
    rc=$?
    set -e
    if [ "$rc" -ne 1 ]; then
        fail "check: exit $rc, want 1 (findings): $(tail -3 "$tmp/err")"
    fi
    while IFS=$'\t' read -r lang word; do
        if "$BIN/python" -c "
import json, sys
found = json.load(open(sys.argv[1]))['spelling']
sys.exit(0 if any(f['word'] == sys.argv[3] and f['lang'] == sys.argv[2] for f in found) else 1)
" "$tmp/check.json" "$lang" "$word"; then
            pass "check: found the seeded $lang misspelling '$word'"
        else
            fail "check: did not find the seeded $lang misspelling '$word' in: $(head -c 600 "$tmp/check.json") $(tail -2 "$tmp/err")"
        fi
    done < "$tmp/seeded-words"

    # 3b. The same with the machine's own Hunspell and Aspell dictionaries hidden
    # (a private mount namespace; needs root): the bundle's dictionaries suffice.
    if [ "$(id -u)" -eq 0 ] && unshare --mount true 2>/dev/null; then
        mkdir -p "$tmp/empty"
        set +e
        unshare --mount bash -c '
            for d in /usr/share/hunspell /usr/share/myspell /usr/lib/aspell; do
                [ -d "$d" ] && mount --bind "$1" "$d"
            done
            shift
            exec "$@"' _ "$tmp/empty" env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
            "$EXE" check "$seeded" --json --no-qa > "$tmp/check-hidden.json" 2>"$tmp/err"
        set -e
        if "$BIN/python" -c "
import json, sys
found = {(f['lang'], f['word']) for f in json.load(open(sys.argv[1]))['spelling']}
wanted = {tuple(line.rstrip('\n').split('\t')) for line in open(sys.argv[2]) if line.strip()}
sys.exit(0 if wanted <= found else 1)
" "$tmp/check-hidden.json" "$tmp/seeded-words"; then
            pass "check with the system's dictionaries hidden: both seeded misspellings found"
        else
            fail "check with the system's dictionaries hidden: $(head -c 400 "$tmp/check-hidden.json") $(tail -2 "$tmp/err")"
        fi

        # 3c. The system's libenchant hidden (an empty file bound over it): the bundle
        # must not crash and must say that spell checking is off, with the install line.
        libenchant=$("$BIN/python" -c "import ctypes.util, os, subprocess
name = ctypes.util.find_library('enchant-2') or ''
paths = [l.split(' => ')[-1] for l in subprocess.run(['/sbin/ldconfig', '-p'], capture_output=True,
         text=True).stdout.splitlines() if name and name in l]
print(os.path.realpath(paths[0]) if paths else '')")
        if [ -n "$libenchant" ]; then
            : > "$tmp/empty-lib"
            set +e
            unshare --mount bash -c 'mount --bind "$1" "$2"; shift 2; exec "$@"' _ \
                "$tmp/empty-lib" "$libenchant" env -i HOME="$tmp/home" PATH=/usr/bin:/bin \
                LANG=C.UTF-8 "$EXE" check "$seeded" --no-qa > /dev/null 2>"$tmp/err"
            rc=$?
            set -e
            if [ "$rc" -le 1 ] && grep -q "spell checking is off" "$tmp/err" \
                    && ! grep -q Traceback "$tmp/err"; then
                pass "check without libenchant: says '$(grep -o 'spell checking is off[^(]*' "$tmp/err" | head -1)...'"
            else
                fail "check without libenchant: exit $rc: $(tail -3 "$tmp/err")"
            fi
        fi
    else
        echo "package-test: skip the runs without system dictionaries or libenchant (need root and unshare)"
    fi
fi

# 4. The editor opens a window; print the start-up numbers.
if "$BIN/python" benchmarks/bundle_startup.py "$EXE"; then
    pass "the editor window appeared"
else
    fail "the editor window did not appear"
fi

if [ "$failures" -gt 0 ]; then
    echo "package-test: $failures failure(s)" >&2
    exit 1
fi
echo "package-test: all passed"
