"""Glue between an editor window and the "never lose a word" pieces.

The window (an editor_window.EditorWindow) stays in charge of editing; this module
only listens to its document and asks the user at the right moments:

- `open_for_editing(parent, path) -> OpenDecision`: before a window opens a
  file, take its lock; if someone else holds it, offer read-only (naming the
  holder). `decision.cancelled` means do not open; `decision.read_only` means
  open without editing; `decision.lock` is handed to the guard.
- `DocumentGuard(window, autosave, lock=None)`: watches `window.document`
  (a ReleaseDocument: `release`, `path`, `undo_stack`, `pathChanged`); the
  caller hands it to the window (`window.set_guard`). It
  - schedules a recovery snapshot on every change that leaves it modified,
  - drops the snapshot when the document becomes clean (saved, or undone back),
  - moves the lock and the disk stamp along on Save As (`pathChanged`),
  - removes snapshot and lock when the window is destroyed (a clean close; the
    window has WA_DeleteOnClose). A crash skips this, so the snapshot stays.
- `guard.confirm_overwrite(parent) -> bool`: call before saving to the current
  path; if the file changed on disk since it was opened or saved, asks.
- `guard.adopt(snapshot)`: the document was restored from `snapshot`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from mfa_desk.formats.native.mfadesk_file import dumps_release
from mfa_desk.model.release import Release
from mfa_desk.ui.safety.autosave import AutosaveManager, Snapshot
from mfa_desk.ui.safety.disk_watch import FileStamp, ask_overwrite_changed, changed_on_disk
from mfa_desk.ui.safety.file_lock import LockStatus, ReleaseLock, ask_read_only

if TYPE_CHECKING:
    from mfa_desk.ui.window.editor_window import EditorWindow


@dataclass
class OpenDecision:
    lock: ReleaseLock | None
    read_only: bool = False
    cancelled: bool = False
    message: str = ""  # e.g. why no lock could be taken (shown in the status bar)


def open_for_editing(parent: QWidget | None, path: Path) -> OpenDecision:
    lock = ReleaseLock(path)
    result = lock.acquire()
    if result.ok:
        return OpenDecision(lock)
    if result.status is LockStatus.UNAVAILABLE:
        # A read-only share: no lock is possible, editing is still the user's call.
        return OpenDecision(None, message=result.message)
    if ask_read_only(parent, path, result.holder):
        return OpenDecision(None, read_only=True)
    return OpenDecision(None, cancelled=True)


class DocumentGuard(QObject):
    def __init__(self, window: EditorWindow, autosave: AutosaveManager,
                 lock: ReleaseLock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.autosave = autosave
        self.lock = lock
        self.key = f"window-{id(window):x}"
        document = self.document
        autosave.watch(self.key, self._release, document.path)
        self._stamp_value: FileStamp | None = None
        self._pending_stamp: tuple[Path, tuple[int, int] | None] | None = None
        self._stamp_after_paint(window, document.path)
        document.undo_stack.indexChanged.connect(self._changed)
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        document.pathChanged.connect(self._path_changed)
        # Closures over plain Python objects: the window's C++ side is going away.
        key, manager, held = self.key, autosave, self
        window.destroyed.connect(lambda *_: _closed(manager, key, held.lock))

    def _release(self) -> Release:
        return self.document.release

    @staticmethod
    def _stamp(path: Path | None) -> FileStamp | None:
        return FileStamp.of(path) if path is not None else None

    @property
    def stamp(self) -> FileStamp | None:
        """The file as it was opened or last saved (taken now if still pending)."""
        self._take_pending_stamp()
        return self._stamp_value

    def _stamp_after_paint(self, window: EditorWindow, path: Path | None) -> None:
        """The opened file's stamp, hashed once the window is on screen: hashing it first
        cost the first paint the hash module's import and a second read of the file
        (~3 ms). Its time and size are read now; a file changed in between gets a stamp
        no content matches, so saving over it asks."""
        if path is None:
            self._set_stamp(None)
            return
        try:
            info = Path(path).stat()
            seen: tuple[int, int] | None = (info.st_mtime_ns, info.st_size)
        except OSError:
            seen = None
        self._pending_stamp = (Path(path), seen)
        if window.parts_built:  # a window already painted: right after this event
            QTimer.singleShot(0, self, self._take_pending_stamp)
        else:
            window.grid.firstPainted.connect(self._take_pending_stamp)

    def _take_pending_stamp(self) -> None:
        if self._pending_stamp is None:
            return
        path, seen = self._pending_stamp
        self._pending_stamp = None
        stamp = FileStamp.of(path)
        if seen is not None and (stamp.mtime_ns, stamp.size) != seen:
            stamp = FileStamp(path, True, seen[0], seen[1], "")  # changed since it was read
        self._set_stamp(stamp)

    def _document_alive(self) -> bool:
        # While the window is destroyed, its undo stack still emits (QUndoStack
        # clears itself in its destructor): ignore those signals.
        return shiboken6.isValid(self.document) and shiboken6.isValid(self.document.undo_stack)

    def _changed(self, *_args: object) -> None:
        if not self._document_alive():
            return
        if self.document.undo_stack.isClean():
            self.autosave.discard(self.key)
        else:
            self.autosave.schedule(self.key)

    def _clean_changed(self, clean: bool) -> None:
        if not clean or not self._document_alive():
            return
        self.autosave.discard(self.key)
        # Clean after a save, or after undoing back to the saved state. Only in the
        # first case is the file on disk ours now; re-stamping after an undo would
        # hide a change somebody else made meanwhile.
        if self._disk_holds_this_release():
            self._set_stamp(self._stamp(self.document.path))

    def _disk_holds_this_release(self) -> bool:
        path = self.document.path
        if path is None:
            return False
        try:
            on_disk = Path(path).read_bytes()
        except OSError:
            return False
        return on_disk == dumps_release(self.document.release).encode("utf-8")

    def _path_changed(self) -> None:
        path = self.document.path
        self.autosave.set_original_path(self.key, path)
        self._set_stamp(self._stamp(path))
        if path is None:
            return
        if self.lock is not None and self.lock.path == Path(path).absolute():
            return
        if self.lock is not None:
            self.lock.release()
        new_lock = ReleaseLock(path)
        self.lock = new_lock if new_lock.acquire().ok else None

    def changed_since_opened(self) -> bool:
        return self.stamp is not None and changed_on_disk(self.stamp)

    def confirm_overwrite(self, parent: QWidget | None) -> bool:
        """Before saving over the current file: True if it is safe or the user says so."""
        path = self.document.path
        if path is None or not self.changed_since_opened():
            return True
        return ask_overwrite_changed(parent, path)

    def _set_stamp(self, stamp: FileStamp | None) -> None:
        self._pending_stamp = None  # a newer stamp (saved, renamed) replaces a pending one
        self._stamp_value = stamp
        self.autosave.set_original_digest(self.key, stamp.sha256 if stamp else "")

    def saved(self) -> None:
        """Call after a successful save (cleanChanged covers the usual case)."""
        self._set_stamp(self._stamp(self.document.path))
        self.autosave.discard(self.key)

    def adopt(self, snapshot: Snapshot) -> bool:
        """The document was restored from `snapshot`: it gets its own, the old one goes.

        The edits started from the file as it was when the crashed window opened
        or saved it: if it has changed since, saving must ask, as it would have."""
        path = self.document.path
        if path is not None and snapshot.original_sha256 and self.stamp is not None \
                and snapshot.original_path is not None \
                and Path(snapshot.original_path).absolute() == Path(path).absolute():
            self._set_stamp(FileStamp(self.stamp.path, True, 0, 0, snapshot.original_sha256))
        return self.autosave.adopt(self.key, snapshot)


def _closed(autosave: AutosaveManager, key: str, lock: ReleaseLock | None) -> None:
    autosave.unwatch(key)
    if lock is not None:
        lock.release()

