"""Whether a process runs: a real child on this system, and the Windows answer's logic
(OpenProcess, WaitForSingleObject, GetProcessTimes) through a fake kernel32."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

import pytest

from mfa_desk import process_liveness
from mfa_desk.process_liveness import (
    ERROR_ACCESS_DENIED,
    ERROR_INVALID_PARAMETER,
    process_alive,
    process_start_token,
)


def _wait_until_dead(pid: int) -> None:
    """The kernel finishes a SIGKILL asynchronously: wait for it (bounded, no timing)."""
    for _ in range(500):
        if not process_alive(pid):
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} still counts as alive after SIGKILL")


def test_a_child_is_alive_until_killed_then_dead_reaped_or_not() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        token = process_start_token(child.pid)
        assert process_alive(child.pid) and process_alive(child.pid, token)
        assert not process_alive(child.pid, token + "1")  # another process under this pid
        os.kill(child.pid, signal.SIGKILL)
        _wait_until_dead(child.pid)  # not yet reaped: a zombie, which writes nothing more
    finally:
        child.kill()
        child.wait(timeout=30)
    assert not process_alive(child.pid) and not process_alive(child.pid, token)


@pytest.mark.parametrize("pid", [0, -1, 2**32, 2**40])
def test_impossible_pids_are_not_alive(pid: int) -> None:
    assert not process_alive(pid)


@dataclass
class FakeKernel32:
    """kernel32 as the Windows branch sees it: pid -> (exited, creation time)."""

    processes: dict[int, tuple[bool | None, int]]
    denied: set[int] = field(default_factory=set)
    error: int = 0
    open_handles: set[int] = field(default_factory=set)

    def open(self, pid: int) -> int | None:
        if pid in self.denied:
            self.error = ERROR_ACCESS_DENIED
            return None
        if pid not in self.processes:
            self.error = ERROR_INVALID_PARAMETER
            return None
        self.open_handles.add(pid + 1000)
        return pid + 1000

    def last_error(self) -> int:
        return self.error

    def has_exited(self, handle: int) -> bool | None:
        return self.processes[handle - 1000][0]

    def created(self, handle: int) -> int:
        return self.processes[handle - 1000][1]

    def close(self, handle: int) -> None:
        self.open_handles.remove(handle)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeKernel32:
    """This system taken for Windows: the fake answers, and os.kill must not be called
    (there, signal 0 is CTRL_C_EVENT: it would interrupt the process it asks about)."""
    kernel = FakeKernel32({101: (False, 1_330_000_000), 102: (True, 1_330_000_001),
                           103: (None, 0)}, denied={104})

    def no_kill(pid: int, sig: int) -> None:
        raise AssertionError(f"os.kill({pid}, {sig}) on Windows")

    monkeypatch.setattr(process_liveness, "PLATFORM", "win32")
    monkeypatch.setattr(process_liveness, "windows_api", lambda: kernel)
    monkeypatch.setattr(os, "kill", no_kill)
    return kernel


def test_windows_branch_asks_kernel32(windows: FakeKernel32) -> None:
    assert process_start_token(101) == "1330000000"
    assert process_alive(101) and process_alive(101, "1330000000")
    assert not process_alive(101, "1329999999")  # the pid was reused
    assert not process_alive(102)  # exited, its handle still open somewhere
    assert process_alive(103)  # the wait could not say: counts as running
    assert process_start_token(103) == ""
    assert not process_alive(105)  # no such process
    assert process_alive(104)  # another user's: exists
    assert windows.open_handles == set()  # every handle opened was closed


def test_windows_without_kernel32_counts_every_process_as_running(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(process_liveness, "PLATFORM", "win32")
    monkeypatch.setattr(os, "kill", lambda *a: pytest.fail("os.kill called"))
    assert process_liveness.windows_api() is None  # ctypes has no WinDLL on Linux
    assert process_alive(12345)  # a lock is respected rather than overwritten


def test_host_name_is_what_gethostname_gives() -> None:
    # Locks and recovery snapshots compare the host they name with this machine's:
    # read from uname, it must be the very name socket.gethostname() gives.
    import socket

    from mfa_desk.process_liveness import host_name

    assert host_name() == socket.gethostname()


def test_host_name_without_uname_asks_the_socket_module(monkeypatch) -> None:  # noqa: ANN001
    import socket

    import mfa_desk.process_liveness as liveness

    monkeypatch.delattr(liveness.os, "uname")
    monkeypatch.setattr(socket, "gethostname", lambda: "desk-42")
    assert liveness.host_name() == "desk-42"
