#!/usr/bin/env bash
# Run the whole suite headless, with Enchant's and Qt's per-user folders in a
# throw-away directory so tests never touch (or depend on) the user's files.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
export XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Style and import order first: cheap, and a lint failure is a real failure.
.venv/bin/ruff check --quiet mfa_desk tests benchmarks tools packaging
# Types next (mypy, strict: pyproject.toml [tool.mypy]): a type error fails the run.
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
