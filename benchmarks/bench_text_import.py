#!/usr/bin/env python3
"""Speed of text import, alignment and .mfadesk save/load. Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_text_import.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mfa_desk.formats.importing import import_pair  # noqa: E402
from mfa_desk.formats.native.mfadesk_file import load_release, save_release  # noqa: E402
from mfa_desk.formats.plaintext.text_import import import_text, import_text_file  # noqa: E402

RELEASES = ROOT / "tests" / "fixtures" / "releases"


def best_of(runs: int, fn) -> float:  # noqa: ANN001 - any callable
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    files = sorted(RELEASES.glob("[0-9][0-9]-*.txt"))
    t = best_of(5, lambda: [import_text_file(f) for f in files])
    print(f"import {len(files)} sample files: {t * 1000:.1f} ms "
          f"({t * 1000 / len(files):.2f} ms a file)")
    pairs = sorted({f.name.split(".")[0] for f in files})
    t = best_of(5, lambda: [import_pair(RELEASES / f"{p}.ko.txt", RELEASES / f"{p}.en.txt")
                            for p in pairs])
    print(f"import and align {len(pairs)} pairs: {t * 1000:.1f} ms")

    # A release far larger than any published one: 300 points, 3 children each.
    ko = (RELEASES / "04-economic-security-dialogue.ko.txt").read_text("utf-8")
    body = ko.split("□", 1)[1]
    big = ko.split("□", 1)[0] + ("□" + body) * 100
    lines = big.count("\n")
    t = best_of(3, lambda: import_text(big))
    release = import_text(big).release
    print(f"import a {lines}-line Korean text ({len(big):,} characters): {t * 1000:.1f} ms")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.mfadesk"
        t = best_of(3, lambda: save_release(release, path))
        print(f"save it ({path.stat().st_size:,} bytes, fsync included): {t * 1000:.1f} ms")
        t = best_of(3, lambda: load_release(path))
        print(f"load it: {t * 1000:.1f} ms")
    sample = ROOT / "resources" / "samples" / "sample-release.mfadesk"
    print(f"sample release: {sample.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
