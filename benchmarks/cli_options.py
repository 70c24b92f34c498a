"""Command-line options shared by the benchmark scripts (each is run as a plain script)."""

from __future__ import annotations

import sys


def option_value(name: str) -> str | None:
    """The value after `name` on the command line ("--dir X"), or None."""
    if name in sys.argv:
        i = sys.argv.index(name)
        if i + 1 < len(sys.argv):
            return sys.argv[i + 1]
        raise SystemExit(f"{name} needs a value")
    return None
