"""Print, per held-out release, how many fields and segments import as a reader sees them.

    .venv/bin/python benchmarks/import_heldout.py [-v]

-v also lists every mismatch (expected vs. got).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "formats"))

from heldout_compare import HELDOUT, PROBES, cases, compare  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for folder in (HELDOUT, PROBES):
        print(f"== {folder.name}")
        _measure(folder, verbose)
    return 0


def _measure(folder: Path, verbose: bool) -> None:
    total = passed = 0
    for source, expected in cases(folder):
        checks = compare(source, expected)
        ok = sum(c.ok for c in checks)
        total += len(checks)
        passed += ok
        print(f"{source.name:40} {ok:3}/{len(checks):3}")
        if verbose:
            for c in checks:
                if not c.ok:
                    pad = " " * len(c.name)
                    print(f"    {c.name}: expected {c.expected!r}\n    {pad}  got {c.actual!r}")
    print(f"{'all':40} {passed:3}/{total:3}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
