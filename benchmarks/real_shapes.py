#!/usr/bin/env python3
"""The invented pairs in the shapes of real false alarms (tests/checks/real_shapes.py).

    .venv/bin/python benchmarks/real_shapes.py [-v]

Prints, for the correct pairs and releases, the findings raised (every one is false; a
merged point is expected to give exactly one "merged" warning, and 10.9(금) the style
warning for the missing period after the day: both count as right), and
for the wrong twins whether the named check reports the error at the right place.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from checks.real_shapes import PAIRS, RELEASE_DATE, RELEASES  # noqa: E402

from mfa_desk.checks.glossary_check import default_glossary  # noqa: E402
from mfa_desk.checks.translation import CheckContext, check_pair, check_translation  # noqa: E402

PATH = "points[0]"


def expected_finding(name: str, check: str, message: str = "") -> bool:
    """The one finding a correct text of this shape should raise: the merge, and the
    style warning for a Korean date without the period after its day (10.9(금))."""
    return ("merging" in name and check == "structure") or (
        check == "hygiene" and "lacks the period" in message)


def main() -> int:
    verbose = "-v" in sys.argv
    ctx = CheckContext(RELEASE_DATE.year, RELEASE_DATE.month, default_glossary())
    false_total = found_total = 0
    for name, ko, en, wrong_en, check in PAIRS:
        false = [f for f in check_pair(ko, en, ctx, PATH, "s1")
                 if not expected_finding(name, f.check, f.message)]
        wrong = check_pair(ko, wrong_en, ctx, PATH, "s1")
        found = any(f.check == check and f.segment == PATH for f in wrong)
        false_total += len(false)
        found_total += found
        twin = "found" if found else "MISSED"
        print(f"  pair  {name[:60]:60s} false {len(false)}  twin {twin}")
        if verbose:
            for f in false:
                print(f"        false: {f.check} {f.message}")
            if not found:
                for f in wrong:
                    print(f"        twin: {f.check} {f.segment} {f.message}")
    for name, make, check, path in RELEASES:
        false_f = [f for f in check_translation(make(False))
                   if not expected_finding(name, f.check, f.message)]
        wrong = check_translation(make(True))
        found = any(f.check == check and f.segment == path for f in wrong)
        false_total += len(false_f)
        found_total += found
        twin = "found" if found else "MISSED"
        print(f"  whole {name[:60]:60s} false {len(false_f)}  twin {twin}")
        if verbose:
            for f in false_f:
                print(f"        false: {f.check} {f.segment} {f.message}")
            if not found:
                for f in wrong:
                    print(f"        twin: {f.check} {f.segment} {f.message}")
    shapes = len(PAIRS) + len(RELEASES)
    print(f"shapes: {shapes}; false findings on the correct ones: {false_total}; "
          f"wrong twins found at the right place: {found_total}/{shapes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
