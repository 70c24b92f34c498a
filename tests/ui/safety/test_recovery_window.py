"""End to end with the real editor window: type, snapshot, crash, recover; two windows, one lock.

The crash is real: a child process starts a session as launch.py does, types,
waits for the snapshot and kills itself with SIGKILL, leaving snapshot and lock
behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.safety.autosave import AutosaveManager, list_snapshots, recovery_turn
from mfa_desk.ui.safety.file_lock import LockStatus, ReleaseLock, lock_path_for
from mfa_desk.ui.safety.guarded_windows import open_guarded_window, recover_at_startup
from mfa_desk.ui.safety.recovery_dialog import RecoveryDialog
from mfa_desk.ui.window.main_window import MainWindow
from tests.ui.editor_support_samples import crash_snapshot, sample_release

SNAPSHOT_TIMEOUT_MS = 10_000

CRASHING_EDITOR = r"""
import os, signal, sys, time
from collections.abc import Iterator
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mfa_desk.ui.session.startup import start_session

app = QApplication([])
path, state = Path(sys.argv[1]), Path(sys.argv[2])
# As launch.py starts the editor: preferences, language, recovery offer, locked window.
session = start_session(app, path, state / "settings.json", state)
[window] = session.windows
autosave = session.autosave
window.grid.ensure_built()
window.focus_headline()
cell = window.current_cell()
QTest.keyClicks(cell, "URGENT ")
written = []
autosave.snapshot_written.connect(lambda key, p: written.append(p))
deadline = time.monotonic() + 20
while not written and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("snapshot" if written else "no snapshot", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_while_editing(path: Path, state: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CRASHING_EDITOR, str(path), str(state)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.strip() == "snapshot", proc.stderr
    assert proc.returncode == -9  # killed, no clean close


def _apply_recovery() -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RecoveryDialog)
    dialog.apply_button.click()


def _close_clean(qtbot: QtBot, window: MainWindow) -> None:
    """Close as the user would after saving; the window deletes itself on close."""
    window.document.undo_stack.setClean()  # so closing does not ask to save
    destroyed: list[bool] = []
    window.destroyed.connect(lambda *_: destroyed.append(True))
    assert window.close()
    qtbot.waitUntil(lambda: bool(destroyed), timeout=SNAPSHOT_TIMEOUT_MS)


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """The windows a test opens; any still open at the end are closed without asking."""
    opened: list[MainWindow] = []
    yield opened
    for window in list(opened):
        if shiboken6.isValid(window):
            _close_clean(qtbot, window)


def test_crash_then_a_new_window_offers_the_snapshot(
        qtbot: QtBot, release_file: Path, tmp_path: Path, windows: list[MainWindow]) -> None:
    state = tmp_path / "state"
    before = release_file.read_bytes()
    _crash_while_editing(release_file, state)
    assert lock_path_for(release_file).exists()  # the crashed window's lock is left behind
    [snapshot] = list_snapshots(state / "recovery")
    assert snapshot.original_path == release_file.absolute()

    autosave = AutosaveManager(state / "recovery")
    QTimer.singleShot(0, _apply_recovery)
    offered: list[bool] = []
    [window] = recover_at_startup(autosave, state, windows,
                                  before_offer=lambda: offered.append(True))
    assert offered == [True]  # told once, before the dialog (the start sets its icon then)
    release = window.document.release
    assert release.headline.text.ko == "URGENT " + load_release(release_file).headline.text.ko
    assert window.isWindowModified() and window.document.is_modified()
    assert window.document.path == release_file.absolute()
    assert release_file.read_bytes() == before  # the original is untouched
    assert not window.document.read_only  # the stale lock of the dead process was taken over
    # The restored document has its own snapshot now; the crashed one is gone.
    assert not snapshot.release_path.exists()
    own = autosave.snapshot_path(window.guard.key)
    assert own.exists() and load_release(own).headline.text.ko.startswith("URGENT ")

    # Saving (the user's choice) writes the file and drops the snapshot.
    assert window.files.save()
    assert load_release(release_file).headline.text.ko.startswith("URGENT ")
    assert not own.exists()
    _close_clean(qtbot, window)
    assert not lock_path_for(release_file).exists()


def test_typing_writes_a_snapshot_and_a_clean_close_removes_it(
        qtbot: QtBot, release_file: Path, tmp_path: Path, windows: list[MainWindow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    autosave = AutosaveManager(tmp_path / "recovery", delay_ms=300)
    window = open_guarded_window(ReleaseDocument.open(release_file), autosave, tmp_path,
                                 windows)
    assert window is not None
    window.grid.ensure_built()
    window.focus_headline()
    snapshot = autosave.snapshot_path(window.guard.key)
    qtbot.keyClicks(window.current_cell(), "abc")
    qtbot.waitUntil(snapshot.exists, timeout=SNAPSHOT_TIMEOUT_MS)
    assert load_release(snapshot).headline.text.ko.startswith("abc")
    # Undo back to the saved text: nothing unsaved, no snapshot.
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert window.document.undo_stack.isClean()
    assert not snapshot.exists()
    qtbot.keyClicks(window.current_cell(), "x")
    qtbot.waitUntil(snapshot.exists, timeout=SNAPSHOT_TIMEOUT_MS)

    # Closing asks save / discard / cancel; the user discards the changes.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kw: QMessageBox.StandardButton.Discard)
    destroyed: list[bool] = []
    window.destroyed.connect(lambda *_: destroyed.append(True))
    assert window.close()
    qtbot.waitUntil(lambda: bool(destroyed), timeout=SNAPSHOT_TIMEOUT_MS)
    assert not snapshot.exists()
    assert not lock_path_for(release_file).exists()


@pytest.mark.parametrize("answer", ["read_only", "cancel"])
def test_second_window_on_the_same_file_is_offered_read_only(
        qtbot: QtBot, release_file: Path, tmp_path: Path, answer: str,
        windows: list[MainWindow]) -> None:
    autosave = AutosaveManager(tmp_path / "recovery")
    first = open_guarded_window(ReleaseDocument.open(release_file), autosave, tmp_path, windows)
    assert first is not None
    offered: list[str] = []

    def choose() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        offered.append(box.informativeText())
        if answer == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.objectName() == "open_read_only").click()

    QTimer.singleShot(0, choose)
    second = open_guarded_window(ReleaseDocument.open(release_file), autosave, tmp_path,
                                 windows)
    assert str(os.getpid()) in offered[0]
    if answer == "cancel":
        assert second is None and windows == [first]
    else:
        assert second is not None and windows == [first, second]
        assert second.document.read_only
        assert "(read-only)" in second.windowTitle()
        assert second.guard.lock is None
        _close_clean(qtbot, second)
        # The read-only window never held the lock: the first one still does.
        assert ReleaseLock(release_file).acquire().status is LockStatus.HELD
    _close_clean(qtbot, first)
    assert not lock_path_for(release_file).exists()


def test_restored_release_still_notices_a_colleagues_save(
        qtbot: QtBot, release_file: Path, tmp_path: Path, windows: list[MainWindow]) -> None:
    state = tmp_path / "state"
    _crash_while_editing(release_file, state)
    # While MFA Desk was down, a colleague saved their own version of the file.
    colleague = load_release(release_file)
    colleague.points[0].text.en = "A colleague's sentence."
    save_release(colleague, release_file)
    QTimer.singleShot(0, _apply_recovery)
    [window] = recover_at_startup(AutosaveManager(state / "recovery"), state, windows)
    assert window.guard.changed_since_opened()
    asked: list[str] = []

    def keep_theirs() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, keep_theirs)
    assert not window.guard.confirm_overwrite(window)
    assert asked and release_file.name in asked[0]
    assert load_release(release_file).points[0].text.en == "A colleague's sentence."


def test_only_one_starting_copy_offers_the_snapshots(
        qtbot: QtBot, release_file: Path, tmp_path: Path, windows: list[MainWindow]) -> None:
    state = tmp_path / "state"
    crash_snapshot(state / "recovery", sample_release(), release_file)
    shown: list[str] = []

    def close_any_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            shown.append(dialog.windowTitle())
            dialog.close()

    with recovery_turn(state / "recovery") as first:
        assert first
        QTimer.singleShot(0, close_any_dialog)
        # A second copy starting meanwhile: no dialog, nothing restored, snapshot kept.
        told: list[bool] = []
        assert recover_at_startup(AutosaveManager(state / "recovery"), state, windows,
                                  before_offer=lambda: told.append(True)) == []
        assert told == []  # no dialog: nothing to prepare
        qtbot.wait(10)
    assert shown == []
    assert len(list_snapshots(state / "recovery")) == 1


def test_an_empty_recovery_folder_takes_no_turn(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # The usual start: nothing to offer, so no lock file is made for the offer (~1.5 ms of
    # the first paint); a snapshot there, or its info alone, takes the turn as before.
    from mfa_desk.ui.safety import guarded_windows
    from mfa_desk.ui.safety.autosave import may_hold_snapshots

    folder = tmp_path / "recovery"
    turns: list[Path | None] = []
    real_turn = guarded_windows.recovery_turn

    def counted(state_dir: Path | None = None) -> object:
        turns.append(state_dir)
        return real_turn(state_dir)

    monkeypatch.setattr(guarded_windows, "recovery_turn", counted)
    assert not may_hold_snapshots(folder)  # no folder yet
    assert recover_at_startup(AutosaveManager(folder), tmp_path, []) == []
    folder.mkdir()
    (folder / ".offering.lock").write_text("1")
    (folder / ".tmp-123.mfadesk").write_text("{")  # an atomic write in progress
    assert not may_hold_snapshots(folder)
    assert recover_at_startup(AutosaveManager(folder), tmp_path, []) == []
    assert turns == []
    (folder / "abc.json").write_text("{}")
    assert may_hold_snapshots(folder)
    assert recover_at_startup(AutosaveManager(folder), tmp_path, []) == []  # nothing usable
    assert turns == [folder]
