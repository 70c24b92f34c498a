"""Translation checks: false alarms on clean releases, seeded faults found, and speed.

Run: .venv/bin/python benchmarks/translation_checks.py
Clean releases: the import helper's sample pairs (tests/fixtures/releases), the shipped
sample .mfadesk and the releases built in tests/checks/releases.py. Faults are seeded by
tests/checks/seeding.py, one at a time, in every place each can go.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from checks.releases import CLEAN_RELEASES  # noqa: E402
from checks.seeding import SEEDERS  # noqa: E402

from mfa_desk.checks.findings import ERROR  # noqa: E402
from mfa_desk.checks.translation import check_translation  # noqa: E402
from mfa_desk.formats.importing import import_pair  # noqa: E402
from mfa_desk.formats.native.mfadesk_file import load_release  # noqa: E402
from mfa_desk.model.release import Release  # noqa: E402
from mfa_desk.resources import sample_release_path  # noqa: E402


def clean_releases() -> dict[str, Release]:
    out = {name: make() for name, make in CLEAN_RELEASES.items()}
    fixtures = ROOT / "tests" / "fixtures" / "releases"
    for ko in sorted(fixtures.glob("*.ko.txt")):
        en = ko.with_name(ko.name.replace(".ko.", ".en."))
        out[ko.name.removesuffix(".ko.txt")] = import_pair(ko, en).release
    out["sample-release.mfadesk"] = load_release(sample_release_path())
    return out


def main() -> None:
    releases = clean_releases()
    alarms: Counter[tuple[str, str]] = Counter()
    segments = 0
    for name, release in releases.items():
        segments += sum(1 for _ in release.iter_segments())
        for f in check_translation(release):
            alarms[(f.check, f.severity)] += 1
            print(f"  clean {name}: {f.severity} {f.check} at {f.segment}: {f.message}")
    print(f"clean releases: {len(releases)}, segments: {segments}")
    print("findings on clean releases, per check:",
          dict(alarms) if alarms else "none")

    print("seeded faults (found in the right segment / seeded):")
    for fault, (check, seeder) in SEEDERS.items():
        seeded = found = cascades = 0
        for release in releases.values():
            for copy, path in seeder(release):
                before = {(f.check, f.segment) for f in check_translation(release)
                          if f.severity == ERROR}
                findings = check_translation(copy)
                seeded += 1
                found += any(f.check == check and f.segment == path and f.severity == ERROR
                             for f in findings)
                cascades += len({(f.check, f.segment) for f in findings
                                 if f.severity == ERROR and f.segment != path} - before)
        print(f"  {fault:28s} [{check}]: {found}/{seeded}, errors elsewhere: {cascades}")

    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        for release in releases.values():
            check_translation(release)
    per = (time.perf_counter() - start) / (runs * len(releases)) * 1000
    print(f"speed: {per:.2f} ms per release ({segments / len(releases):.1f} segments average)")


if __name__ == "__main__":
    main()
