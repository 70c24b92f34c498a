"""The document guard with the real window: changed-on-disk check before saving, Save As."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mfa_desk.formats.native.mfadesk_file import save_release
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.safety.autosave import AutosaveManager
from mfa_desk.ui.safety.disk_watch import FileStamp
from mfa_desk.ui.safety.file_lock import lock_path_for
from mfa_desk.ui.safety.guarded_windows import open_guarded_window
from mfa_desk.ui.window.main_window import MainWindow
from tests.ui.editor_support_samples import sample_release


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "dialogue.mfadesk"
    save_release(sample_release(), path)
    opened = open_guarded_window(ReleaseDocument.open(path), AutosaveManager(tmp_path / "r"),
                                 tmp_path, [])
    assert opened is not None
    yield opened
    if shiboken6.isValid(opened):
        opened.document.undo_stack.setClean()
        opened.close()
        qtbot.wait(10)


def test_unchanged_file_saves_without_asking(window: MainWindow) -> None:
    assert window.guard.confirm_overwrite(window)  # no dialog: it would block here


def test_file_changed_by_someone_else_asks_before_saving(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    path = window.document.path
    assert path is not None
    other = sample_release("다른 사람이 고친 제목")
    save_release(other, path)
    asked: list[str] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, cancel)
    assert not window.guard.confirm_overwrite(window)
    assert "dialogue.mfadesk" in asked[0]


def test_undo_to_clean_does_not_hide_a_change_on_disk(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    window.grid.ensure_built()
    window.focus_headline()
    qtbot.keyClicks(window.current_cell(), "x")
    path = window.document.path
    assert path is not None
    save_release(sample_release("바깥에서 바뀐 제목"), path)
    window.document.undo_stack.undo()
    assert window.document.undo_stack.isClean()
    assert window.guard.changed_since_opened()


def test_save_as_moves_lock_and_stamp(qtbot: QtBot, window: MainWindow,
                                      tmp_path: Path) -> None:
    old = window.document.path
    assert old is not None and lock_path_for(old).exists()
    new = tmp_path / "copy.mfadesk"
    window.document.save(new)
    assert window.document.path == new
    assert lock_path_for(new).exists() and not lock_path_for(old).exists()
    assert not window.guard.changed_since_opened()


def test_the_opened_file_is_hashed_after_the_first_paint(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    guard = window.guard
    assert guard is not None and guard._pending_stamp is not None  # not before the paint
    qtbot.waitUntil(lambda: window.parts_built)
    assert guard._pending_stamp is None
    stamp = guard.stamp
    assert stamp is not None and stamp.sha256 == FileStamp.of(window.document.path).sha256


def test_a_file_changed_before_its_stamp_was_taken_asks_before_saving(
        qtbot: QtBot, tmp_path: Path) -> None:
    # Written by someone else between the window's opening and its first paint: the
    # stamp taken then must not adopt their version as the one the user opened.
    path = tmp_path / "dialogue.mfadesk"
    save_release(sample_release(), path)
    opened = open_guarded_window(ReleaseDocument.open(path), AutosaveManager(tmp_path / "r"),
                                 tmp_path, [])
    assert opened is not None and opened.guard is not None
    path.write_text(path.read_text("utf-8") + "\n", "utf-8")  # another size, another time
    qtbot.waitUntil(lambda: opened.parts_built)
    assert opened.guard.changed_since_opened()
    opened.document.undo_stack.setClean()
    opened.close()


def test_a_stamp_asked_for_before_the_paint_is_taken_then(window: MainWindow) -> None:
    guard = window.guard
    assert guard is not None and not window.parts_built
    assert not guard.changed_since_opened()  # taken now, from the file as it is
    assert guard._pending_stamp is None and guard.stamp is not None
