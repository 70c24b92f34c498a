"""The lock beside an open release: two windows, another process, a stale lock, read-only offer."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mfa_desk.ui.safety.file_lock import (
    LockInfo,
    LockStatus,
    ReleaseLock,
    ask_read_only,
    current_user,
    lock_path_for,
    read_only_box,
)

CHILD = """
import sys
from pathlib import Path
from mfa_desk.ui.safety.file_lock import ReleaseLock
lock = ReleaseLock(Path(sys.argv[1]))
print(lock.acquire().status.value, flush=True)
sys.stdin.readline()  # hold the lock until told to go
if sys.argv[2] == "release":
    lock.release()
"""


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "draft.mfadesk"
    path.write_text("{}", "utf-8")
    return path


def _child(path: Path, end: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), end],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "acquired"
    return proc


def test_two_windows_in_one_process(release_file: Path) -> None:
    first, second = ReleaseLock(release_file), ReleaseLock(release_file)
    assert first.acquire().status is LockStatus.ACQUIRED
    assert lock_path_for(release_file).name == ".~draft.mfadesk.lock"
    assert lock_path_for(release_file).exists()
    held = second.acquire()
    assert held.status is LockStatus.HELD and not held.ok
    assert held.holder is not None
    assert held.holder.pid == os.getpid()
    assert held.holder.user == current_user()
    assert held.holder.host.lower() == socket.gethostname().lower()
    assert held.holder.since is not None
    first.release()
    assert not lock_path_for(release_file).exists()
    assert not first.sidecar_path.exists()
    assert second.acquire().status is LockStatus.ACQUIRED
    second.release()


def test_lock_held_by_another_process_then_released(release_file: Path) -> None:
    child = _child(release_file, "release")
    try:
        mine = ReleaseLock(release_file)
        held = mine.acquire()
        assert held.status is LockStatus.HELD
        assert held.holder is not None and held.holder.pid == child.pid
        assert held.holder.user == current_user()
    finally:
        child.communicate("go\n", timeout=30)
    assert child.returncode == 0
    assert mine.acquire().status is LockStatus.ACQUIRED
    mine.release()


def test_stale_lock_of_a_dead_process_is_taken_over(release_file: Path) -> None:
    child = _child(release_file, "crash")
    child.send_signal(signal.SIGKILL)  # a crash: no chance to remove the lock
    child.wait(timeout=30)
    assert lock_path_for(release_file).exists()
    mine = ReleaseLock(release_file)
    result = mine.acquire()
    assert result.status is LockStatus.TAKEN_OVER and result.ok
    assert result.holder is not None and result.holder.pid == child.pid
    # The lock is ours now: another window is refused and sees this process.
    other = ReleaseLock(release_file).acquire()
    assert other.status is LockStatus.HELD
    assert other.holder is not None and other.holder.pid == os.getpid()
    mine.release()


def test_folder_without_write_access_is_unavailable(tmp_path: Path) -> None:
    missing_folder = tmp_path / "gone" / "draft.mfadesk"
    result = ReleaseLock(missing_folder).acquire()
    assert result.status is LockStatus.UNAVAILABLE
    assert "cannot create a lock file" in result.message


def test_read_only_box_names_the_holder(qapp: QApplication) -> None:
    info = LockInfo("park", "desk-12", 31337, None)
    box = read_only_box(None, Path("/x/draft.mfadesk"), info)
    text = box.text() + " " + box.informativeText()
    for part in ("draft.mfadesk", "park", "desk-12", "31337"):
        assert part in text


@pytest.mark.parametrize(("button", "expected"), [("open_read_only", True), ("cancel", False)])
def test_ask_read_only_returns_the_choice(qapp: QApplication, button: str,
                                          expected: bool) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if button == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.objectName() == button).click()

    QTimer.singleShot(0, click)
    info = LockInfo("park", "desk-12", 31337, None)
    assert ask_read_only(None, Path("draft.mfadesk"), info) is expected


def test_lock_of_another_computer_is_never_taken_over(release_file: Path) -> None:
    # An officer on another machine, seen through a shared drive: we cannot tell
    # whether that process lives, so the lock stands however old it is.
    lock_path_for(release_file).write_text(
        "4242\nmfa-desk\nother-desk\n0123456789abcdef0123456789abcdef\n"
        "00000000-1111-2222-3333-444444444444\n", "utf-8")
    os.utime(lock_path_for(release_file), (1_000_000_000, 1_000_000_000))  # years old
    result = ReleaseLock(release_file).acquire()
    assert result.status is LockStatus.HELD
    assert result.holder is not None
    assert (result.holder.host, result.holder.pid) == ("other-desk", 4242)
    assert result.holder.user == ""  # no sidecar: the box says "another user"
    assert lock_path_for(release_file).exists()
