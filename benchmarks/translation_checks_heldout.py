"""Translation checks on the held-out set: false alarms and misses per check.

Run: .venv/bin/python benchmarks/translation_checks_heldout.py
The set (tests/checks/heldout_pairs.py, tests/fixtures/releases/heldout/) was written without
looking at the checker. A false alarm is any finding on a correct pair or release; a miss is a
wrong pair whose fault the named check does not report in that segment.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from checks.heldout_pairs import (  # noqa: E402
    CORRECT,
    HELDOUT_DIR,
    LATER_CORRECT,
    LATER_WRONG,
    RELEASE_MONTH,
    RELEASE_YEAR,
    RELEASES,
    WRONG,
)

from mfa_desk.checks.glossary_check import default_glossary  # noqa: E402
from mfa_desk.checks.translation import CheckContext, check_pair, check_translation  # noqa: E402
from mfa_desk.formats.importing import import_pair  # noqa: E402

PATH = "points[0]"


def _per_check(counts: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"


def pairs_report(label: str, correct: list[tuple[str, str]],
                 wrong: list[tuple[str, str, str]], ctx: CheckContext, verbose: bool) -> None:
    alarms: Counter[str] = Counter()
    alarmed = 0
    for ko, en in correct:
        found = check_pair(ko, en, ctx, path=PATH, segment_id="x")
        alarmed += bool(found)
        for f in found:
            alarms[f"{f.check}/{f.severity}"] += 1
            if verbose:
                print(f"  false alarm {f.check}/{f.severity}: {f.message}\n    {ko}\n    {en}")
    misses: Counter[str] = Counter()
    wanted: Counter[str] = Counter(check for *_, check in wrong)
    for ko, en, check in wrong:
        found = check_pair(ko, en, ctx, path=PATH, segment_id="x")
        if not any(f.check == check and f.segment == PATH for f in found):
            misses[check] += 1
            if verbose:
                print(f"  missed {check}: {ko} | {en} | found {[f.check for f in found]}")
    print(f"{label} correct pairs: {len(correct)}; pairs with any finding: {alarmed}")
    print(f"  false alarms per check: {_per_check(alarms)}")
    print(f"{label} wrong pairs: {len(wrong)}; misses per check: "
          + ", ".join(f"{c} {misses[c]}/{n}" for c, n in sorted(wanted.items())))


def main() -> None:
    verbose = "-v" in sys.argv
    ctx = CheckContext(RELEASE_YEAR, RELEASE_MONTH, default_glossary())
    pairs_report("held-out", CORRECT, WRONG, ctx, verbose)
    release_alarms: Counter[str] = Counter()
    for name in RELEASES:
        release = import_pair(HELDOUT_DIR / f"{name}.ko.txt",
                              HELDOUT_DIR / f"{name}.en.txt").release
        for f in check_translation(release):
            release_alarms[f"{f.check}/{f.severity}"] += 1
            if verbose:
                print(f"  release {name} false alarm {f.check}/{f.severity} at {f.segment}: "
                      f"{f.message}")
    print(f"held-out releases: {len(RELEASES)}; false alarms per check: "
          f"{_per_check(release_alarms)}")
    pairs_report("written after reading the checker (not held-out):", LATER_CORRECT,
                 LATER_WRONG, ctx, verbose)


if __name__ == "__main__":
    main()
