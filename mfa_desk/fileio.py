"""Writing a file in place of another, atomically: `atomic_write_bytes` (temporary file,
fsync, os.replace, folder fsync) and the guards around it; and reading an input file
within a size: `read_input_file`.

A bottom module (it imports only `errors`), so settings, word lists, the archive
and every exporter can save safely without depending on the formats layer.

- A save killed between creating its temporary file and renaming it leaves a
  hidden full-size `.NAME.XXXXXXXX.tmp` (24% of 1,263 kills in the issue #12 fault
  run). A writer holds an advisory lock (flock) on its temporary file while it
  writes; the next save of that file, or the next open of a release in that
  folder, removes every such file whose lock nobody holds: its writer is dead.
- Saving to a symlink writes the file it points to (the link stays a link).
- A file without write permission for its owner (0444, "read-only") is refused
  with one line; root would otherwise overwrite it without a word.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from mfa_desk.errors import SaveError

if sys.platform == "win32":  # no flock: a leftover is removed once it is an hour old
    fcntl = None
else:
    import fcntl

UNLOCKED_TEMP_AGE_S = 3600.0  # without flock, a temporary file this old is a leftover
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")  # mkstemp's 8 letters


class NotARegularFile(OSError):
    """A pipe, device, socket or folder where a file was expected: opening a pipe waits
    for a writer forever and /dev/zero never ends, so neither is ever opened."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"not a regular file (a folder, pipe or device): {path}")
        self.strerror = "not a regular file (a folder, pipe or device)"


class FileTooLarge(OSError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        self.size, self.limit = size, limit
        super().__init__(f"{path}: {_amount(size)} (at most {_amount(limit)} accepted)")
        self.strerror = f"{_amount(size)} is too large (at most {_amount(limit)} accepted)"


def _amount(size: int) -> str:
    return f"{size // 2**20} MB" if size >= 2**20 else f"{max(1, size // 1024)} KB"


def check_regular_file(path: Path) -> int:
    """The size of `path` (a symlink followed) if it is a regular file; NotARegularFile
    otherwise, without opening it. OSError (missing, no permission) as os.stat gives it."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(path)
    return info.st_size


def read_input_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them: every input door
    reads through here, so no input takes more time or memory than its limit allows.
    FileTooLarge beyond it (also for a file that grows while read), NotARegularFile
    for a pipe, device or folder, OSError as the system gives it."""
    size = check_regular_file(path)
    if size > limit:
        raise FileTooLarge(path, size, limit)
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(path, len(data), limit)
    return data


def save_target(path: Path) -> Path:
    """The file a save to `path` must replace: the end of a symlink chain."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def refuse_read_only(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # no file yet (or unreadable): the write itself will say
    if stat.S_ISREG(mode) and not mode & stat.S_IWUSR:
        raise SaveError(f"{path} is read-only; nothing was written (save under another "
                        "name, or make the file writable first)")


def hold_temp(tmp_name: str) -> int | None:
    """Mark a temporary file as being written by this process until `release_temp` (or its
    death). A descriptor of its own, so the lock outlives closing the written one and
    lasts until the rename."""
    if fcntl is None:
        return None
    try:
        fd = os.open(tmp_name, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass  # a file system without flock: the age rule applies
    return fd


def release_temp(lock_fd: int | None) -> None:
    if lock_fd is not None:
        os.close(lock_fd)


def remove_stale_temps(folder: Path, name: str | None = None, suffix: str = "") -> int:
    """Remove leftover temporary files of dead saves in `folder`: those of the file
    `name` if given, else of every file ending in `suffix`; returns how many. Never
    raises: a folder we cannot clean is no error."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or (name is not None and match.group("name") != name) \
                or not match.group("name").endswith(suffix):
            continue
        if _is_dead_temp(entry.path):
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass
    return removed


def _is_dead_temp(path: str) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        if fcntl is None:
            return _age(fd) > UNLOCKED_TEMP_AGE_S
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a live writer holds it
        except OSError:
            return _age(fd) > UNLOCKED_TEMP_AGE_S
        return True
    finally:
        os.close(fd)


def _age(fd: int) -> float:
    import time

    return time.time() - os.fstat(fd).st_mtime


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, flush, fsync, os.replace.

    Through a symlink the target is written; a read-only file is refused; leftovers
    of killed saves of this file are removed first (see remove_stale_temps)."""
    path = save_target(path)
    refuse_read_only(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temps(folder, path.name)
    tmp_name: str | None = None
    lock_fd: int | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        lock_fd = hold_temp(tmp_name)  # held until the rename is done
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            # Keep the permissions the user gave the original file.
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        else:
            # mkstemp makes 0600; a new file gets the mode any other new file would.
            os.chmod(tmp_name, 0o666 & ~_current_umask())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        outcome = "the previous file is unchanged" if path.exists() else "nothing was written"
        raise SaveError(f"could not save {path}: {reason}; {outcome}") from exc
    finally:
        release_temp(lock_fd)
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform; the rename itself is done
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
