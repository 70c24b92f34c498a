"""Invented sample releases for the autosave, recovery and dialog tests."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path

from mfa_desk.formats.native.mfadesk_file import dumps_release
from mfa_desk.model.release import Release, Segment


def sample_release(headline_ko: str = "제2차 해양협력 대화 개최") -> Release:
    release = Release()
    release.metadata.document_type = "보도자료"
    release.metadata.category = "Press Releases"
    release.metadata.date = dt.date(2026, 4, 2)
    release.metadata.department = "해양협력과"
    release.headline = Segment.of(headline_ko, "2nd Maritime Cooperation Dialogue Held")
    release.points = [
        Segment.of("양측은 4.2.(목) 서울에서 대화를 개최하였다.",
                   "The two sides held the dialogue in Seoul on April 2.",
                   children=[Segment.of("항만 안전 협력 강화",
                                        "Stronger port safety cooperation")]),
        Segment.of("다음 회의는 2027년 상반기에 개최될 예정이다.",
                   "The next meeting is expected in the first half of 2027."),
    ]
    release.notes = [Segment.of("※ 참고 자료 별첨", "* Reference material attached")]
    return release


def dead_pid() -> int:
    """The pid of a process that has just exited."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def crash_snapshot(folder: Path, release: Release, original: Path | None,
                   stem: str = "crashed", saved_at: str = "2026-04-02T10:15:00+09:00",
                   original_sha256: str = "") -> Path:
    """Leave a snapshot as a crashed MFA Desk would: written by a process now dead.

    `original_sha256`: the saved file's content when the edits began ("" = not known)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.mfadesk"
    path.write_text(dumps_release(release), "utf-8")
    path.with_suffix(".json").write_text(json.dumps({
        "format": "mfa-desk-recovery", "version": 1,
        "original_path": str(original) if original else None,
        "original_sha256": original_sha256,
        "display_name": original.name if original else "",
        "saved_at": saved_at, "pid": dead_pid(),
        "host": socket.gethostname(), "process_started": "",
    }), "utf-8")
    return path
