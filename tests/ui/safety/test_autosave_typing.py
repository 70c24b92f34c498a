"""Typing without a pause and then a crash loses at most about a second of typing.

A child process types into the real window for 10 s at a fast typist's pace and
SIGKILLs itself (tests/ui/continuous_typing.py); the next start offers the
snapshot, and what it restores is all the typing but the last second or less.
Before the maximum wait, the debounce never fired while typing went on: 10 s of
typing and a kill left no snapshot at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.ui.safety.autosave import AutosaveManager, list_snapshots
from mfa_desk.ui.safety.guarded_windows import recover_at_startup
from mfa_desk.ui.safety.recovery_dialog import RecoveryDialog
from mfa_desk.ui.window.main_window import MainWindow

CHILD = Path(__file__).resolve().parents[1] / "continuous_typing.py"
TYPING_SECONDS = 10
CHARS_PER_SECOND = 15


def type_and_crash(release_file: Path, state: Path, seconds: float = TYPING_SECONDS,
                   rate: float = CHARS_PER_SECOND) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(CHILD), str(release_file), str(state),
                           str(seconds), str(rate)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == -9, proc.stderr  # killed: no clean close, no save
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_continuous_typing_then_kill_loses_at_most_a_second(
        qtbot: QtBot, release_file: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    original = load_release(release_file).headline.text.ko
    typed_run = type_and_crash(release_file, state)
    typed, seconds = str(typed_run["typed"]), float(str(typed_run["seconds"]))
    assert seconds >= TYPING_SECONDS and len(typed) >= TYPING_SECONDS * CHARS_PER_SECOND * 0.9

    [snapshot] = list_snapshots(state / "recovery")
    # The recovery is offered at the next start and restores the snapshot.
    QTimer.singleShot(0, _apply_recovery)
    windows: list[MainWindow] = []
    [window] = recover_at_startup(AutosaveManager(state / "recovery"), state, windows)
    headline = window.document.release.headline.text.ko
    assert headline.endswith(original)
    restored = headline[: len(headline) - len(original)]
    assert typed.startswith(restored)
    lost_seconds = (len(typed) - len(restored)) / (len(typed) / seconds)
    assert lost_seconds <= 1.0, f"{len(typed) - len(restored)} characters lost"
    assert not snapshot.release_path.exists()  # adopted by the restored window
    window.document.undo_stack.setClean()
    window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())


def _apply_recovery() -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RecoveryDialog)
    dialog.apply_button.click()
