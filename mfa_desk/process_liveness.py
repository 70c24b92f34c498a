"""Whether a process still runs, on Linux, other POSIX systems and Windows.

Asked about the editor named in a release's lock (formats/native/editor_lock.py, for the
command line) and about the writer of a recovery snapshot (ui/safety/autosave.py). Both
are answered from the process itself, as QLockFile answers it for the editor's
own lock, so the editor, the command line and recovery agree:

- POSIX: `os.kill(pid, 0)` says whether the pid exists; on Linux /proc/<pid>/stat
  adds the state (killed but not yet reaped, a zombie writes nothing more: dead)
  and the start time, which tells a reused pid from the process that wrote.
- Windows: `os.kill(pid, 0)` is no question there: signal 0 is CTRL_C_EVENT, sent
  to the console group `pid`. OpenProcess + WaitForSingleObject(handle, 0) say
  whether it runs; GetProcessTimes gives its creation time for the start token.

Where the system gives no answer the process counts as running: a lock is then
respected (the command line's --force overrides) rather than overwritten.
A bottom module: it imports nothing of mfa_desk.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

# Read at every call (not at import), so a test can take the Windows path on Linux.
PLATFORM = sys.platform
MAX_PID = 2**32 - 1  # a Windows process id is a DWORD; POSIX pids are far smaller

ERROR_ACCESS_DENIED = 5
ERROR_INVALID_PARAMETER = 87  # OpenProcess's answer for a pid no process has


@dataclass(frozen=True)
class ProcessState:
    running: bool
    start_token: str = ""  # when it started, as the system says it; "" if it does not


def host_name() -> str:
    """This machine's name, as socket.gethostname() gives it: read from uname where
    there is one, as gethostname itself does there (importing socket costs ~3 ms of the
    editor's start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def process_alive(pid: int, start_token: str = "") -> bool:
    """True while `pid` runs (and, given its start token, is still that process)."""
    state = process_state(pid)
    if not state.running:
        return False
    # A different start time: the pid was reused by a later process.
    return not (start_token and state.start_token and state.start_token != start_token)


def process_start_token(pid: int) -> str:
    """The start time of a process, so a reused pid is not mistaken for it later."""
    return process_state(pid).start_token


def process_state(pid: int) -> ProcessState:
    if not 0 < pid <= MAX_PID:
        return ProcessState(False)
    if PLATFORM == "win32":
        api = windows_api()
        return ProcessState(True) if api is None else windows_state(pid, api)
    return _posix_state(pid)


def _posix_state(pid: int) -> ProcessState:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return ProcessState(False)
    except PermissionError:
        pass  # exists, owned by someone else
    except (OSError, OverflowError):
        return ProcessState(False)
    fields = _linux_stat(pid)
    token = fields[19] if len(fields) > 19 else ""
    return ProcessState(not (fields and fields[0] in ("Z", "X")), token)


def _linux_stat(pid: int) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name; [] without /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    # The command name (field 2) may hold spaces and parentheses: split after the last ")".
    return stat.rsplit(")", 1)[-1].split()


class WindowsApi(Protocol):
    """The four kernel32 calls the Windows answer needs (see _Kernel32)."""

    def open(self, pid: int) -> int | None: ...  # a handle; None when refused
    def last_error(self) -> int: ...
    def has_exited(self, handle: int) -> bool | None: ...  # None: cannot say
    def created(self, handle: int) -> int: ...  # creation time (FILETIME); 0 unknown
    def close(self, handle: int) -> None: ...


def windows_state(pid: int, api: WindowsApi) -> ProcessState:
    handle = api.open(pid)
    if handle is None:
        # Refused: no such process, or one we may not look at (another user's): running.
        return ProcessState(api.last_error() != ERROR_INVALID_PARAMETER)
    try:
        exited = api.has_exited(handle)
        created = api.created(handle)
    finally:
        api.close(handle)
    return ProcessState(exited is not True, str(created) if created else "")


@functools.cache
def windows_api() -> WindowsApi | None:
    """kernel32 through ctypes; None where there is none (not Windows)."""
    try:
        return _Kernel32()
    except (AttributeError, OSError):
        return None


class _Kernel32:
    SYNCHRONIZE = 0x00100000  # needed by WaitForSingleObject
    QUERY_LIMITED_INFORMATION = 0x1000  # needed by GetProcessTimes; granted for most
    WAIT_OBJECT_0, WAIT_TIMEOUT = 0x0, 0x102
    # Declared here: off Windows the type checker does not read __init__ past the raise.
    _dll: Any  # the ctypes library, its argtypes set below
    _filetime: type[Any]
    _get_last_error: Callable[[], int]

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        if sys.platform != "win32":  # ctypes has WinDLL and get_last_error only there
            raise OSError("kernel32 is a Windows library")
        dll: Any = ctypes.WinDLL("kernel32", use_last_error=True)
        dll.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        dll.OpenProcess.restype = wintypes.HANDLE
        dll.WaitForSingleObject.argtypes = (wintypes.HANDLE, wintypes.DWORD)
        dll.WaitForSingleObject.restype = wintypes.DWORD
        filetime = ctypes.POINTER(wintypes.FILETIME)
        dll.GetProcessTimes.argtypes = (wintypes.HANDLE, filetime, filetime, filetime, filetime)
        dll.GetProcessTimes.restype = wintypes.BOOL
        dll.CloseHandle.argtypes = (wintypes.HANDLE,)
        dll.CloseHandle.restype = wintypes.BOOL
        self._dll = dll
        self._filetime = wintypes.FILETIME
        self._get_last_error = ctypes.get_last_error

    def open(self, pid: int) -> int | None:
        handle = self._dll.OpenProcess(self.SYNCHRONIZE | self.QUERY_LIMITED_INFORMATION,
                                       False, pid)
        return int(handle) if handle else None

    def last_error(self) -> int:
        return int(self._get_last_error())

    def has_exited(self, handle: int) -> bool | None:
        result = self._dll.WaitForSingleObject(handle, 0)
        return {self.WAIT_OBJECT_0: True, self.WAIT_TIMEOUT: False}.get(result)

    def created(self, handle: int) -> int:
        times = [self._filetime() for _ in range(4)]  # creation, exit, kernel, user
        if not self._dll.GetProcessTimes(handle, *times):
            return 0
        return int(times[0].dwHighDateTime) << 32 | int(times[0].dwLowDateTime)

    def close(self, handle: int) -> None:
        self._dll.CloseHandle(handle)
