#!/usr/bin/env python3
"""Time of the content aligner (mfa_desk/text/align.py) by release size.

    .venv/bin/python benchmarks/aligner_speed.py

Invented items: every Korean point names two numbers, every English point the same two,
with one extra English point in the middle (so the programme runs). Prints milliseconds
per alignment for n x (n + 1) points, against the positional pairing of the same input as
the baseline, and where the MAX_CELLS cap makes it positional.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mfa_desk.text.align import MAX_CELLS, Item, Link, align  # noqa: E402


def items(n: int, extra: bool) -> list[Item]:
    out = [Item(1, 90, frozenset({("n", str(i)), ("n", str(i * 7))}), f"points[{i}]")
           for i in range(n)]
    if extra:
        out.insert(n // 2, Item(1, 90, frozenset({("n", "-1")})))
    return out


def main() -> int:
    for n in (6, 12, 30, 60, 120, 199, 300):
        ko, en = items(n, False), items(n, True)
        runs = max(1, 200 // n)
        started = time.perf_counter()
        for _ in range(runs):
            links = align(ko, en)
        per = (time.perf_counter() - started) / runs * 1000
        started = time.perf_counter()
        for _ in range(runs):
            [Link((i,), (i,)) for i in range(n)]
        base = (time.perf_counter() - started) / runs * 1000
        capped = (n + 1) * (n + 2) > MAX_CELLS
        gaps = sum(1 for link in links if link.kind != "pair")
        note = "  [capped: positional]" if capped else ""
        print(f"{n:4d} x {n + 1:<4d} {per:9.2f} ms  (positional {base:.3f} ms, ratio "
              f"{per / max(base, 1e-6):8.0f})  gaps {gaps}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
