"""The status bar's counts walk every segment: they are made after the window's first
paint, then again once typing pauses."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from mfa_desk.model.release import Release, Segment
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.window.main_window import MainWindow


def test_counts_come_after_the_first_paint_and_follow_edits(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    release = Release()
    release.headline = Segment.of("회의 결과", "Meeting results")
    release.points = [Segment.of("양측은 협력을 논의하였다.", "The two sides met.")]
    window = MainWindow(ReleaseDocument(release), state_dir=tmp_path,
                        settings_file=tmp_path / "settings.json")
    qtbot.addWidget(window)
    assert window.counts.text() == ""  # not counted while the window is being built
    window.show()
    qtbot.waitUntil(lambda: "English: 6 words" in window.counts.text())
    window.document.type_text(release.points[0].id, "text", "en",
                              "The two sides met today.", 24, 18)
    qtbot.waitUntil(lambda: "English: 7 words" in window.counts.text())
    window.document.undo_stack.setClean()
