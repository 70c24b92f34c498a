"""Recovery snapshots: never lose a word to a crash.

The window tells the manager about each open release and pokes it on every
change; shortly after typing stops, the manager writes the release as it is
now to the user state folder. The user's own file is never touched. A clean
save or close removes the snapshot; after a crash it is still there, and the
next start offers it (see recovery_dialog.py).

Each snapshot is two files in the recovery folder, named by a random id:
`<id>.mfadesk` (the release, written atomically) and `<id>.json` (written
after it): {format, version, original_path, original_sha256, display_name,
saved_at, pid, host, process_started}. `original_sha256` is the content of the
original file the edits started from, so that after a restore a change made to
that file meanwhile (by a colleague) is still noticed before saving over it.

Public interface:
- `AutosaveManager(state_dir=None, delay_ms=1000, parent=None)`; state_dir
  defaults to `default_recovery_dir()` (platformdirs user state dir/recovery).
- `watch(key, get_release, original_path)`: register a document (`key` is any
  string unique in this process, e.g. id(window)); `set_original_path(key, path)`
  after Save As; `set_original_digest(key, sha256)` when the file is (re)stamped;
  after Save As.
- `schedule(key)`: call on every change; debounced by `delay_ms`, but never
  postponed past `max_wait_ms` (half the delay) after the first change not yet
  in a snapshot, so continuous typing is still snapshotted twice a second.
- `write_now(key, wait=False) -> Path | None`: write a pending snapshot at once
  (serialised on the GUI thread, written by a worker thread; `wait` blocks
  until it is on disk); `wait_for_writes()`.
- `adopt(key, snapshot) -> bool`: after restoring `snapshot` into document `key`,
  write the document's snapshot and remove the restored one.
- `discard(key)`: after a clean save (the document stays watched);
  `unwatch(key)`: on close (removes the snapshot, forgets the document).
- `enabled` / `set_enabled(bool)`, `set_delay(ms)`.
- Signals `snapshot_written(key, path)`, `snapshot_failed(key, message)`.
- `with recovery_turn(state_dir) as mine:` only one starting instance offers
  the snapshots at a time (a QLockFile in the recovery folder).
- `list_snapshots(state_dir=None) -> list[Snapshot]`: snapshots left by
  processes that are gone (not this one, not another running instance on this
  host). A snapshot whose files are unreadable comes back with `error` set.
  `Snapshot.load() -> Release` (raises InputError), `Snapshot.remove()`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from mfa_desk.constants import FILE_SUFFIX
from mfa_desk.errors import InputError, MfaDeskError, SaveError
from mfa_desk.fileio import atomic_write_bytes
from mfa_desk.formats.native.mfadesk_file import dumps_release, load_release
from mfa_desk.model.release import Release
from mfa_desk.process_liveness import host_name, process_alive, process_start_token
from mfa_desk.ui.safety.ordered_worker import OrderedWorker

if TYPE_CHECKING:
    from concurrent.futures import Future

    from mfa_desk.settings import Settings

SNAPSHOT_FORMAT = "mfa-desk-recovery"
# A release written less than this long ago without its description is taken to
# be mid-write by a running copy (the description follows within milliseconds).
DESCRIPTION_GRACE_S = 10.0
SNAPSHOT_VERSION = 1
INFO_SUFFIX = ".json"


def default_recovery_dir() -> Path:
    from mfa_desk.user_account import user_folder

    return user_folder("state") / "recovery"


@dataclass
class Snapshot:
    """A recovery snapshot found on disk."""

    release_path: Path
    info_path: Path
    original_path: Path | None = None
    original_sha256: str = ""  # the saved file's content the edits started from
    display_name: str = ""
    saved_at: dt.datetime | None = None
    pid: int = 0
    host: str = ""
    process_started: str = ""  # start token of the writing process (pid reuse guard)
    note: str = ""  # something odd but restorable (e.g. its description is missing)
    error: str = ""  # non-empty: the snapshot cannot be read; say so, offer to discard

    def load(self) -> Release:
        if self.error:
            raise InputError(self.error, str(self.release_path))
        return load_release(self.release_path)

    def remove(self) -> None:
        for p in (self.release_path, self.info_path):
            try:
                p.unlink(missing_ok=True)
            except OSError:
                pass


@dataclass
class _Watched:
    get_release: Callable[[], Release]
    original_path: Path | None
    original_sha256: str = ""
    snapshot_id: str = field(default_factory=lambda: os.urandom(16).hex())
    timer: QTimer | None = None
    # Started by the first change after a snapshot and never restarted: a pure
    # debounce never fired while someone kept typing (15-40 s lost in the fault run).
    deadline: QTimer | None = None
    written: bool = False
    generation: int = 0  # bumped by discard: results of older writes are ignored


# How often the GUI thread looks for finished writes while any is in flight (a write
# takes 20-50 ms).
RESULT_POLL_MS = 15


def _max_wait(delay_ms: int) -> int:
    """Longest a change waits for its snapshot: half the delay. What a crash loses is
    this wait plus the keystroke in flight plus the write (20 ms, far more on a loaded
    machine); at 0.9 x the delay the fault run lost up to 0.93 s, too close to 1 s.
    A snapshot costs the GUI thread ~2 ms (200 points), so twice a second is cheap."""
    return max(50, delay_ms // 2)


def _stop(doc: _Watched) -> None:
    for timer in (doc.timer, doc.deadline):
        # At exit Qt may have deleted the timers (children of the manager) before a
        # window's destroyed signal reaches here: nothing is left to stop then.
        if timer is not None and shiboken6.isValid(timer):
            timer.stop()


def _write_snapshot_files(target: Path, release_bytes: bytes, info_bytes: bytes) -> None:
    """Worker thread: the release first, then its description (list_snapshots reports
    a release without description as damaged, never the other way round)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"cannot create the recovery folder {target.parent}: "
                        f"{exc.strerror or exc}") from exc
    atomic_write_bytes(target, release_bytes)
    atomic_write_bytes(target.with_suffix(INFO_SUFFIX), info_bytes)


class AutosaveManager(QObject):
    snapshot_written = Signal(str, Path)
    snapshot_failed = Signal(str, str)

    def __init__(self, state_dir: Path | None = None, delay_ms: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state_dir = Path(state_dir) if state_dir is not None else default_recovery_dir()
        self.delay_ms = delay_ms
        self.max_wait_ms = _max_wait(delay_ms)
        self.enabled = True
        self._docs: dict[str, _Watched] = {}
        self._host = host_name()
        self._start_token = process_start_token(os.getpid())
        # One worker: writes and removals happen in the order they were asked for.
        self._writer = OrderedWorker("mfa-desk-autosave")
        # The worker never touches this object: the GUI thread collects its results.
        # A result the worker emitted as a queued signal while the manager was being
        # deleted could reach the freed object (a rare bus error in the test suite).
        self._in_flight: list[tuple[Future[None], str, int, Path]] = []
        self._results = QTimer(self)
        self._results.setInterval(RESULT_POLL_MS)
        self._results.timeout.connect(self._deliver_results)

    # ------------------------------------------------------------ documents

    def watch(self, key: str, get_release: Callable[[], Release],
              original_path: Path | None) -> None:
        if key in self._docs:
            self.unwatch(key)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self.delay_ms)
        # One slot for all timers, keyed by object name: a lambda capturing self
        # would tie the manager's lifetime to its own children.
        timer.setObjectName(key)
        timer.timeout.connect(self._on_timeout)
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        deadline.setInterval(self.max_wait_ms)
        deadline.setObjectName(key)
        deadline.timeout.connect(self._on_timeout)
        self._docs[key] = _Watched(get_release, original_path, timer=timer, deadline=deadline)

    def set_original_path(self, key: str, original_path: Path | None) -> None:
        self._docs[key].original_path = original_path

    def set_original_digest(self, key: str, sha256: str) -> None:
        self._docs[key].original_sha256 = sha256

    def is_watching(self, key: str) -> bool:
        return key in self._docs

    def snapshot_path(self, key: str) -> Path:
        return self.state_dir / f"{self._docs[key].snapshot_id}{FILE_SUFFIX}"

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            for doc in self._docs.values():
                _stop(doc)

    def set_delay(self, delay_ms: int) -> None:
        self.delay_ms = delay_ms
        self.max_wait_ms = _max_wait(delay_ms)
        for doc in self._docs.values():
            if doc.timer is not None:
                doc.timer.setInterval(delay_ms)
            if doc.deadline is not None:
                doc.deadline.setInterval(self.max_wait_ms)

    def schedule(self, key: str) -> None:
        """A change happened: (re)start the quiet-period timer of this document, and
        start its maximum wait unless a change is already waiting for a snapshot."""
        doc = self._docs.get(key)
        if doc is None or not self.enabled or doc.timer is None:
            return
        doc.timer.start()
        if doc.deadline is not None and not doc.deadline.isActive():
            doc.deadline.start()

    def _on_timeout(self) -> None:
        timer = self.sender()
        if isinstance(timer, QTimer):
            self.write_now(timer.objectName())

    def pending(self, key: str) -> bool:
        doc = self._docs.get(key)
        return bool(doc and doc.timer and doc.timer.isActive())

    def write_now(self, key: str, wait: bool = False) -> Path | None:
        """Write the snapshot of `key` now; returns its path, or None if it failed.

        The release is serialised here, on the GUI thread, so the snapshot is one
        consistent state; the files are written (with fsync) by a worker thread so
        the editor does not stall for the 20-50 ms a write takes. With `wait`, this
        returns once the files are on disk (None if writing failed). Results also
        arrive as snapshot_written / snapshot_failed on the GUI thread.
        """
        doc = self._docs.get(key)
        if doc is None:
            return None
        _stop(doc)
        target = self.state_dir / f"{doc.snapshot_id}{FILE_SUFFIX}"
        try:
            release_bytes = dumps_release(doc.get_release()).encode("utf-8")
        except MfaDeskError as exc:
            self.snapshot_failed.emit(key, str(exc))
            return None
        info_bytes = (json.dumps(self._info(doc), ensure_ascii=False, indent=2) + "\n").encode()
        generation = doc.generation
        future = self._writer.submit(_write_snapshot_files, target, release_bytes, info_bytes)
        self._in_flight.append((future, key, generation, target))
        if not self._results.isActive():
            self._results.start()
        if not wait:
            return target
        return None if future.exception() is not None else target

    def _deliver_results(self) -> None:
        """GUI thread: announce the writes the worker has finished, in order."""
        items, self._in_flight = self._in_flight, []
        for item in items:
            future, key, generation, target = item
            if not future.done():
                self._in_flight.append(item)
                continue
            error = future.exception()
            self._on_write_done(key, generation, target, "" if error is None else str(error))
        if not self._in_flight:
            self._results.stop()

    def _on_write_done(self, key: str, generation: int, target: Path, error: str) -> None:
        doc = self._docs.get(key)
        if doc is None or doc.generation != generation:
            return  # discarded or closed since: the result no longer matters
        if error:
            # Autosave must never take the editor down; the window shows the message.
            self.snapshot_failed.emit(key, error)
            return
        doc.written = True
        self.snapshot_written.emit(key, target)

    def wait_for_writes(self) -> None:
        """Block until every snapshot handed to the worker is written (or failed)."""
        self._writer.submit(lambda: None).result()

    def adopt(self, key: str, snapshot: Snapshot) -> bool:
        """A restored snapshot now lives in the watched document `key`: write the
        document's own snapshot, then remove the old one (never both missing)."""
        if self.write_now(key, wait=True) is None:
            return False
        if snapshot.release_path != self.snapshot_path(key):
            snapshot.remove()
        return True

    def discard(self, key: str) -> None:
        """The document is safely saved: drop its snapshot (it stays watched).

        The removal is queued behind any write in progress and waited for, so a
        write started before the save cannot bring the snapshot back."""
        doc = self._docs.get(key)
        if doc is None:
            return
        _stop(doc)
        doc.generation += 1
        target = self.state_dir / f"{doc.snapshot_id}{FILE_SUFFIX}"
        self._writer.submit(Snapshot(target, target.with_suffix(INFO_SUFFIX)).remove).result()
        doc.written = False

    def unwatch(self, key: str) -> None:
        """The document was closed (saved or changes discarded): forget it."""
        if key not in self._docs:
            return
        self.discard(key)
        doc = self._docs.pop(key)
        _stop(doc)
        for timer in (doc.timer, doc.deadline):
            if timer is not None:
                timer.timeout.disconnect(self._on_timeout)
                # Hand the timer back to Python, which deletes it with `doc` (deleteLater
                # here crashed PySide 6.11 when the manager died later in the same loop).
                timer.setParent(None)
        doc.timer = doc.deadline = None

    def _info(self, doc: _Watched) -> dict[str, Any]:
        original = doc.original_path
        return {
            "format": SNAPSHOT_FORMAT,
            "version": SNAPSHOT_VERSION,
            "original_path": str(original.absolute()) if original else None,
            "original_sha256": doc.original_sha256,
            "display_name": original.name if original else "",
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": self._host,
            "process_started": self._start_token,
        }


# ---------------------------------------------------------------- start-up


@contextmanager
def recovery_turn(state_dir: Path | None = None) -> Iterator[bool]:
    """True for the one starting instance that may offer the snapshots now.

    Two copies of MFA Desk started together must not both restore the same
    snapshot; the second one skips the offer (its snapshots stay for later).
    """
    folder = Path(state_dir) if state_dir is not None else default_recovery_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        yield True  # no folder, no snapshots: nothing to share
        return
    lock = QLockFile(str(folder / ".offering.lock"))
    lock.setStaleLockTime(0)  # a dead holder is detected by its pid, not by age
    mine = lock.tryLock(0)
    try:
        yield mine
    finally:
        if mine:
            lock.unlock()


def may_hold_snapshots(state_dir: Path | None = None) -> bool:
    """False when the recovery folder holds no snapshot file at all, as at almost every
    start: the offer then takes no turn (recovery_turn's lock file costs ~1.5 ms of the
    first paint) and reads nothing. True does not mean one is left to recover."""
    folder = Path(state_dir) if state_dir is not None else default_recovery_dir()
    try:
        with os.scandir(folder) as entries:
            return any(not e.name.startswith(".") and e.name.endswith((FILE_SUFFIX, INFO_SUFFIX))
                       for e in entries)
    except OSError:
        return False


def list_snapshots(state_dir: Path | None = None) -> list[Snapshot]:
    """Snapshots left behind by processes that are gone, newest first."""
    folder = Path(state_dir) if state_dir is not None else default_recovery_dir()
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return []
    stems = {n[: -len(FILE_SUFFIX)] for n in names if n.endswith(FILE_SUFFIX)}
    stems |= {n[: -len(INFO_SUFFIX)] for n in names if n.endswith(INFO_SUFFIX)}
    found: list[Snapshot] = []
    host = host_name().lower()
    for stem in sorted(stems):
        if stem.startswith("."):
            continue  # a temporary file of an atomic write in progress
        snap = _read_snapshot(folder / f"{stem}{FILE_SUFFIX}", folder / f"{stem}{INFO_SUFFIX}")
        if snap is None:
            continue
        if not snap.error and snap.host.lower() == host and (
            snap.pid == os.getpid() or process_alive(snap.pid, snap.process_started)
        ):
            continue  # still being written by a running instance: not ours to offer
        found.append(snap)
    far_past = dt.datetime.min.replace(tzinfo=dt.UTC)
    found.sort(key=lambda s: s.saved_at or far_past, reverse=True)
    return found


def _read_snapshot(release_path: Path, info_path: Path) -> Snapshot | None:
    snap = Snapshot(release_path, info_path)
    if not release_path.exists():
        if not info_path.exists():
            return None
        snap.error = "the snapshot's release file is missing"
        return snap
    try:
        info = json.loads(info_path.read_text("utf-8"))
        if not isinstance(info, dict) or info.get("format") != SNAPSHOT_FORMAT:
            raise ValueError("not a recovery snapshot description")
    except FileNotFoundError:
        if _age_seconds(release_path) < DESCRIPTION_GRACE_S:
            return None  # a running copy is between writing the release and its description
        # The process died between the two writes: the release itself may be whole.
        return _without_description(snap, "the snapshot's description is missing")
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: nested too deep
        return _without_description(snap, f"the snapshot's description cannot be read ({exc})")
    original = info.get("original_path")
    snap.original_path = Path(original) if isinstance(original, str) and original else None
    digest = info.get("original_sha256")
    snap.original_sha256 = digest if isinstance(digest, str) else ""
    name = info.get("display_name")
    snap.display_name = name if isinstance(name, str) else ""
    try:
        saved = dt.datetime.fromisoformat(str(info.get("saved_at")))
        snap.saved_at = saved if saved.tzinfo else saved.astimezone()
    except ValueError:
        _fill_from_file(snap)
    pid = info.get("pid")
    snap.pid = pid if isinstance(pid, int) and not isinstance(pid, bool) else 0
    host = info.get("host")
    snap.host = host if isinstance(host, str) else ""
    token = info.get("process_started")
    snap.process_started = token if isinstance(token, str) else ""
    return snap


def _age_seconds(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _without_description(snap: Snapshot, problem: str) -> Snapshot:
    """Offer the release anyway if it loads (its original file is then unknown)."""
    _fill_from_file(snap)
    try:
        load_release(snap.release_path)
    except InputError as exc:
        snap.error = f"{problem}; the release cannot be read either ({exc.message})"
        return snap
    snap.note = f"{problem}: the original file is unknown"
    return snap


def _fill_from_file(snap: Snapshot) -> None:
    try:
        snap.saved_at = dt.datetime.fromtimestamp(snap.release_path.stat().st_mtime).astimezone()
    except OSError:
        snap.saved_at = None


def apply_preferences(settings: Settings, autosave: AutosaveManager) -> None:
    """What changes at once after the Preferences dialog (the language waits for a restart)."""
    autosave.set_delay(settings.autosave_delay_ms)
    autosave.set_enabled(settings.autosave_enabled)
