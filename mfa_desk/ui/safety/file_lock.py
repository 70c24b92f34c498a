"""A lock beside an open release, so two editors never silently overwrite each other.

`ReleaseLock(path)` wraps QLockFile on `.~<name>.lock` in the file's folder
(e.g. `.~report.mfadesk.lock`). QLockFile writes the pid, host and process
name and detects a stale lock: on this host, a lock whose process is dead is
taken over. QLockFile cannot carry the user name, so a sidecar
`.~<name>.lock.json` holds {user, host, pid, since}; it is written after the
lock is taken and removed with it.

Public interface:
- `ReleaseLock(path).acquire() -> LockResult` with `status` ACQUIRED, TAKEN_OVER
  (a stale lock of a dead process; `holder` names it), HELD (`holder` names who
  holds it: user, host, pid, since) or UNAVAILABLE (the folder refuses a lock file,
  e.g. a read-only share; `message` says why). `result.ok` is True for the
  first two. `release()` removes the lock; `is_locked()`.
- `ask_read_only(parent, path, info) -> bool`: "Open read-only" / "Cancel" box
  naming the holder; True means open read-only. `read_only_box(...)` builds it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QWidget

from mfa_desk.formats.native.editor_lock import SIDECAR_FORMAT, lock_path_for
from mfa_desk.process_liveness import host_name
from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.language.i18n import translate
from mfa_desk.user_account import login_name

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class LockStatus(Enum):
    ACQUIRED = "acquired"
    TAKEN_OVER = "taken_over"
    HELD = "held"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class LockInfo:
    """Who holds (or held) a lock. `user` is "" when the holder did not say."""

    user: str
    host: str
    pid: int
    since: dt.datetime | None


@dataclass(frozen=True)
class LockResult:
    status: LockStatus
    holder: LockInfo | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status in (LockStatus.ACQUIRED, LockStatus.TAKEN_OVER)


def current_user() -> str:
    # No user database entry (some containers): the user id stands in.
    return login_name() or (str(os.getuid()) if hasattr(os, "getuid") else "")


class ReleaseLock:
    """The lock of one release file, held for as long as a window edits it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path).absolute()
        self.lock_path = lock_path_for(self.path)
        self.sidecar_path = self.lock_path.with_name(self.lock_path.name + ".json")
        self._lock = QLockFile(str(self.lock_path))
        # Never treat a lock as stale by age: an officer may keep a release open all day.
        self._lock.setStaleLockTime(0)

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> LockResult:
        if self._lock.isLocked():
            return LockResult(LockStatus.ACQUIRED)
        previous = self.holder() if self.lock_path.exists() else None
        if self._lock.tryLock(0):
            self._write_sidecar()
            if previous is not None:
                return LockResult(LockStatus.TAKEN_OVER, previous)
            return LockResult(LockStatus.ACQUIRED)
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return LockResult(LockStatus.HELD, self.holder())
        if error == QLockFile.LockError.PermissionError:
            reason = translate("FileLock", "no permission to write in this folder")
        else:
            reason = translate("FileLock", "unknown error")
        message = translate("FileLock", "{path}: cannot create a lock file ({reason}); "
                            "others can open this release at the same time")
        return LockResult(LockStatus.UNAVAILABLE,
                          message=message.format(path=self.lock_path, reason=reason))

    def release(self) -> None:
        if not self._lock.isLocked():
            return
        try:
            self.sidecar_path.unlink(missing_ok=True)
        except OSError:
            pass  # a leftover sidecar is ignored: it must match the lock's pid and host
        self._lock.unlock()

    def holder(self) -> LockInfo | None:
        """Who holds the lock file now, or None if there is no readable lock file."""
        pid, host, _app = _lock_file_info(self._lock)
        if pid <= 0:
            if not self.lock_path.exists():
                return None
            return LockInfo("", "", 0, _mtime(self.lock_path))
        user, since = self._read_sidecar(pid, host)
        return LockInfo(user, host, pid, since or _mtime(self.lock_path))

    def _write_sidecar(self) -> None:
        data = {
            "format": SIDECAR_FORMAT,
            "user": current_user(),
            "host": host_name(),
            "pid": os.getpid(),
            "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        try:
            self.sidecar_path.write_text(json.dumps(data), "utf-8")
        except OSError:
            pass  # the lock itself holds; only the user name will be missing

    def _read_sidecar(self, pid: int, host: str) -> tuple[str, dt.datetime | None]:
        try:
            data = json.loads(self.sidecar_path.read_text("utf-8"))
        except (OSError, ValueError):
            return "", None
        if not isinstance(data, dict) or data.get("pid") != pid:
            return "", None  # left by an earlier holder
        if str(data.get("host", "")).lower() != host.lower():
            return "", None
        since: dt.datetime | None = None
        try:
            since = dt.datetime.fromisoformat(str(data.get("since", "")))
        except ValueError:
            since = None
        user = data.get("user")
        return (user if isinstance(user, str) else ""), since


def _lock_file_info(lock: QLockFile) -> tuple[int, str, str]:
    info = lock.getLockInfo()
    # PySide6 returns (pid, hostname, appname); pid 0 means no readable lock file.
    if isinstance(info, tuple) and len(info) == 3 and isinstance(info[0], int):
        return int(info[0]), str(info[1]), str(info[2])
    if isinstance(info, tuple) and len(info) == 4 and info[0]:  # (ok, pid, host, app)
        return int(info[1]), str(info[2]), str(info[3])
    return 0, "", ""


def _mtime(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None



def describe_holder(info: LockInfo) -> str:
    who = info.user or translate("FileLock", "another user")
    since = (info.since.strftime("%Y-%m-%d %H:%M") if info.since
             else translate("FileLock", "an unknown time"))
    if info.pid:
        return translate("FileLock", "{user} on {host} (process {pid}) since {since}").format(
            user=who, host=info.host or "?", pid=info.pid, since=since)
    return translate("FileLock", "{user} since {since}").format(user=who, since=since)


def read_only_box(parent: QWidget | None, path: Path, info: LockInfo | None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileLock", "File in use"))
    box.setText(translate("FileLock", "{name} is already open for editing.")
                .format(name=Path(path).name))
    holder = (describe_holder(info) if info is not None
              else translate("FileLock", "another program"))
    box.setInformativeText(translate(
        "FileLock", "It is locked by {holder}. You can open it read-only and save a copy "
        "under another name.").format(holder=holder))
    read_only = box.addButton(translate("FileLock", "Open Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("open_read_only")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.setAccessibleName(translate("FileLock", "File in use"))
    return box


def ask_read_only(parent: QWidget | None, path: Path, info: LockInfo | None) -> bool:
    box = read_only_box(parent, path, info)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "open_read_only"


def _sample_read_only_box(parent: QWidget | None) -> QMessageBox:
    info = LockInfo("kim", "desk-07", 4242, dt.datetime(2026, 3, 18, 9, 30))
    return read_only_box(parent, Path("sample-release.mfadesk"), info)


register_dialog("file_in_use", _sample_read_only_box)
