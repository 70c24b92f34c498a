"""Changed-on-disk detection before saving."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mfa_desk.ui.safety.disk_watch import FileStamp, ask_overwrite_changed, changed_on_disk


def test_unchanged_and_touched_file_is_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "a.mfadesk"
    path.write_text("one", "utf-8")
    stamp = FileStamp.of(path)
    assert stamp.exists and stamp.size == 3 and len(stamp.sha256) == 64
    assert not changed_on_disk(stamp)
    os.utime(path, ns=(stamp.mtime_ns + 5_000_000_000, stamp.mtime_ns + 5_000_000_000))
    assert not changed_on_disk(stamp)


def test_same_size_edit_with_same_time_is_changed(tmp_path: Path) -> None:
    path = tmp_path / "a.mfadesk"
    path.write_text("one", "utf-8")
    stamp = FileStamp.of(path)
    path.write_text("two", "utf-8")
    os.utime(path, ns=(stamp.mtime_ns, stamp.mtime_ns))  # a coarse clock on a shared drive
    assert changed_on_disk(stamp)


def test_deleted_or_created_file_is_changed(tmp_path: Path) -> None:
    path = tmp_path / "a.mfadesk"
    missing = FileStamp.of(path)
    assert not missing.exists and not changed_on_disk(missing)
    path.write_text("new", "utf-8")
    assert changed_on_disk(missing)
    stamp = FileStamp.of(path)
    path.unlink()
    assert changed_on_disk(stamp)


@pytest.mark.parametrize(("choice", "expected"), [("overwrite", True), ("cancel", False)])
def test_ask_overwrite_changed(qapp: QApplication, choice: str, expected: bool) -> None:
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        # Cancel is the default: Enter must not overwrite someone else's work.
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        if choice == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.objectName() == "overwrite").click()

    QTimer.singleShot(0, click)
    assert ask_overwrite_changed(None, Path("/x/b.mfadesk")) is expected
    assert "b.mfadesk" in seen[0]
