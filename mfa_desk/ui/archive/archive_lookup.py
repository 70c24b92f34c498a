"""The archive off the GUI thread: one worker thread per window, newest question wins.

Every request gets a number. A job whose number is no longer the newest of its kind
is skipped before it touches the database, and an answer that arrives after a newer
request was made is dropped on the GUI side, so moving quickly through segments never
shows (or waits for) matches of a segment already left. Writes (add on save, bulk
add) run on the same worker, in order, with their own connection to the archive.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from mfa_desk.archive import Archive, open_archive
from mfa_desk.errors import MfaDeskError

Job = Callable[[Archive], Any]


class ArchiveLookup(QObject):
    answered = Signal(str, int, object)  # kind, request number, result
    failed = Signal(str)  # one line for the status bar
    progressed = Signal(int, int, str)  # files done, files in all, the file (bulk add)
    _done = Signal(str, int, object, str)  # worker -> GUI thread: kind, number, result, error

    def __init__(self, location: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._location = location
        self._archive: Archive | None = None  # opened and used only on the worker thread
        self._latest: dict[str, int] = {}
        self._counter = 0
        self.cancelled = False  # set on close: a running bulk add stops at its next file
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mfa-archive")
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def location(self) -> str:
        return self._location

    def set_location(self, location: str) -> None:
        if location != self._location:
            self._location = location
            self._executor.submit(self._close)

    def request(self, kind: str, job: Job) -> int:
        """Run `job(archive)` on the worker; the answer comes as `answered(kind, n, ...)`
        unless another request of the same kind was made meanwhile."""
        self._counter += 1
        number = self._counter
        self._latest[kind] = number
        self._executor.submit(self._run, kind, number, job)
        return number

    def is_latest(self, kind: str, number: int) -> bool:
        return self._latest.get(kind) == number

    def report_progress(self, done: int, total: int, path: object) -> None:
        """Called by a bulk add on the worker; raises to stop it once the window closes."""
        if self.cancelled:
            raise CancelledError()
        self.progressed.emit(done, total, str(path))

    def shutdown(self) -> None:
        self.cancelled = True
        try:
            self._executor.submit(self._close)
        except RuntimeError:
            # A window destroyed while the interpreter exits: the executor is already
            # shut down and its thread joined; the connection goes with the process.
            pass
        self._executor.shutdown(wait=True, cancel_futures=True)

    # --- on the worker thread ----------------------------------------------------------------
    def _run(self, kind: str, number: int, job: Job) -> None:
        if self._latest.get(kind) != number and not kind.startswith("write"):
            return  # superseded before it started: skip the database entirely
        try:
            if self._archive is None:
                self._archive = open_archive(self._location)
            result = job(self._archive)
        except CancelledError:
            return
        except MfaDeskError as exc:
            self._close()  # a server gone away: reconnect on the next request
            self._done.emit(kind, number, None, str(exc))
            return
        self._done.emit(kind, number, result, "")

    def _close(self) -> None:
        if self._archive is not None:
            archive, self._archive = self._archive, None
            archive.close()

    # --- on the GUI thread -------------------------------------------------------------------
    def _deliver(self, kind: str, number: int, result: object, error: str) -> None:
        if error:
            self.failed.emit(error)
            return
        if self._latest.get(kind) == number:
            self.answered.emit(kind, number, result)
