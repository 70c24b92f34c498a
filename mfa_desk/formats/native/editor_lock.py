"""Who has a release open in an editor, read without Qt (for the command line).

The editor (ui/safety/file_lock.py) locks an open release with QLockFile on
`.~<name>.lock` beside it: lines pid, application name, host name (then
machine and boot ids), and a sidecar `.~<name>.lock.json` with {format, user,
host, pid, since}. A lock is live when its process runs: on this host, the pid
exists and is no zombie; from another host it cannot be checked and counts as
live, as in the editor (a lock from another computer is never taken over).

- `live_lock_holder(path) -> LockHolder | None`
- `refuse_if_open(path, force)`: InputError naming the holder, unless `force`.
Whether a process runs is asked of mfa_desk.process_liveness (Linux, POSIX, Windows).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.process_liveness import host_name, process_alive

SIDECAR_FORMAT = "mfa-desk-lock"
MAX_LOCK_BYTES = 4096  # a lock file is a few lines; never read more of a hostile one


def lock_path_for(path: Path) -> Path:
    return path.parent / f".~{path.name}.lock"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str = ""
    since: str = ""

    def describe(self) -> str:
        who = self.user or "another user"
        since = f" since {self.since}" if self.since else ""
        return f"{who} on {self.host or '?'} (process {self.pid}){since}"


def _read_small(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_LOCK_BYTES).decode("utf-8", "replace")
    except OSError:
        return None


def live_lock_holder(path: Path) -> LockHolder | None:
    """The editor holding `path` open, or None when no live lock exists."""
    lock = lock_path_for(Path(path).absolute())
    text = _read_small(lock)
    if text is None:
        return None
    lines = text.splitlines()
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None  # not a lock QLockFile wrote (or one being written): nobody to name
    host = lines[2] if len(lines) > 2 else ""
    if host.lower() == host_name().lower() and not process_alive(pid):
        return None  # its editor died: the next editor takes it over, so may we
    user, since = "", ""
    sidecar = _read_small(lock.with_name(lock.name + ".json"))
    try:
        data = json.loads(sidecar) if sidecar else None
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict) and data.get("format") == SIDECAR_FORMAT and data.get("pid") == pid:
        user = data["user"] if isinstance(data.get("user"), str) else ""
        since = data["since"] if isinstance(data.get("since"), str) else ""
    return LockHolder(pid, host, user, since)


def refuse_if_open(path: Path, force: bool) -> None:
    """Writing over a release someone has open would be lost at their next save."""
    if force:
        return
    holder = live_lock_holder(path)
    if holder is not None:
        raise InputError(f"open in MFA Desk by {holder.describe()}; close it there first, "
                         "or use --force to write anyway", str(path))
