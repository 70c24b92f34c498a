"""What the version history costs: bytes kept and time per save and per restore.

Saves the sample release (with its photo) 60 times, one word edited between
saves, and prints the bytes the store holds against the baseline of keeping
every version whole, and the median time to record a version and to restore
the latest (the most patches replayed) and a keyframe version.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from mfa_desk.formats.native.mfadesk_file import dumps_release, load_release
from mfa_desk.resources import sample_release_path
from mfa_desk.review.versions import KEYFRAME_EVERY, VersionStore

SAVES = 60


def main() -> int:
    release = load_release(sample_release_path())
    with tempfile.TemporaryDirectory() as tmp:
        store = VersionStore(Path(tmp) / "r.mfadesk", root=Path(tmp) / "versions")
        whole = 0
        record_ms = []
        for i in range(SAVES):
            release.points[i % len(release.points)].text.en += f" word{i}"
            whole += len(dumps_release(release).encode("utf-8"))
            start = time.perf_counter()
            store.record(release, "bench")
            record_ms.append((time.perf_counter() - start) * 1000)
        kept = store.total_bytes()
        restore_ms = {}
        for number in (KEYFRAME_EVERY + 1, KEYFRAME_EVERY * 2):
            runs = []
            for _ in range(10):
                start = time.perf_counter()
                store.load(number)
                runs.append((time.perf_counter() - start) * 1000)
            restore_ms[number] = statistics.median(runs)
    print(f"{SAVES} saves of the sample release (with photo), one word changed each")
    print(f"baseline, every version whole: {whole:,} bytes")
    print(f"version store:                 {kept:,} bytes  ({kept / whole:.1%} of baseline)")
    print(f"record a version: median {statistics.median(record_ms):.1f} ms, "
          f"worst {max(record_ms):.1f} ms")
    for number, ms in restore_ms.items():
        patches = (number - 1) % KEYFRAME_EVERY
        print(f"restore version {number} ({patches} patches replayed): median {ms:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
