"""How long a recovery snapshot keeps the editor busy, on a generated 200-point release.

Autosave serialises the release on the GUI thread after typing stops, then a
worker thread writes it (temporary file, fsync, rename) plus its small
description. Prints how long the GUI thread is busy and how long until the
snapshot is on disk, median and worst of 30 snapshots, for a text-only release and one carrying
three 400 KB photos, and the time list_snapshots takes to scan 20 snapshots.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from mfa_desk.model.release import Attachment, BiText, Photo, Release, Segment  # noqa: E402
from mfa_desk.ui.safety.autosave import AutosaveManager, list_snapshots  # noqa: E402

RUNS = 30


def generated_release(points: int = 200, photos: int = 0) -> Release:
    release = Release()
    release.headline = Segment.of("제3차 해양 협력 대화 결과",
                                  "Outcome of the 3rd Maritime Dialogue")
    for i in range(points):
        ko = f"{i + 1}번째 항목으로 양측은 항만 안전과 해양 환경 보호 협력을 논의하였다. " * 2
        en = f"In item {i + 1}, both sides discussed port safety and marine protection. " * 2
        point = Segment.of(ko, en)
        if i % 4 == 0:
            point.children = [Segment.of("세부 협력 사업 점검", "Review of joint projects")]
        release.points.append(point)
    for j in range(photos):
        data = os.urandom(400_000)
        release.attachments.append(Attachment(title=BiText(f"사진 {j + 1}", f"Photo {j + 1}"),
                                              photo=Photo(data, "image/jpeg")))
    return release


def measure(label: str, release: Release, folder: Path) -> None:
    manager = AutosaveManager(folder, delay_ms=1000)
    manager.watch("doc", lambda: release, folder / "draft.mfadesk")
    gui, total = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        assert manager.write_now("doc") is not None
        gui.append((time.perf_counter() - start) * 1000)
        manager.wait_for_writes()
        total.append((time.perf_counter() - start) * 1000)
    size = manager.snapshot_path("doc").stat().st_size
    print(f"{label}: snapshot {size / 1024:.0f} KiB; GUI thread busy median "
          f"{statistics.median(gui):.1f} ms, worst {max(gui):.1f} ms; on disk (fsync) median "
          f"{statistics.median(total):.1f} ms, worst {max(total):.1f} ms ({RUNS} runs)")
    manager.unwatch("doc")


def main() -> int:
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        measure("200 points, text only", generated_release(), folder)
        measure("200 points + 3 photos", generated_release(photos=3), folder)
        managers = []
        for k in range(20):
            m = AutosaveManager(folder / "many")
            m.watch(f"d{k}", generated_release, None)
            m.write_now(f"d{k}", wait=True)
            managers.append(m)
        start = time.perf_counter()
        found = list_snapshots(folder / "many")
        elapsed = (time.perf_counter() - start) * 1000
        print(f"list_snapshots over 20 snapshots of this (live) process: {elapsed:.1f} ms,"
              f" offered {len(found)} (expected 0: the writer is alive)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
