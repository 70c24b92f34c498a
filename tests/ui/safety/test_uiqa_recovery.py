"""Found by hand: a restart right after `kill -9` offered no recovery, because the
killed process was still a zombie (not yet reaped) and counted as alive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mfa_desk.ui.safety.autosave import list_snapshots, process_alive, process_start_token


def _zombie() -> subprocess.Popen[bytes]:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    token = process_start_token(child.pid)
    assert token
    os.kill(child.pid, signal.SIGKILL)
    # Not waited for: the child stays a zombie until we reap it.
    for _ in range(500):  # waits for the kernel to finish the kill; asserts no timing
        stat = Path(f"/proc/{child.pid}/stat").read_text()
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":
            return child
        time.sleep(0.01)
    raise AssertionError("the killed child never became a zombie")


def test_a_killed_unreaped_process_is_not_alive() -> None:
    child = _zombie()
    try:
        assert not process_alive(child.pid, process_start_token(child.pid))
    finally:
        child.wait()


def test_snapshot_of_a_killed_unreaped_process_is_offered(tmp_path: Path) -> None:
    import json
    import socket

    child = _zombie()
    try:
        (tmp_path / "a.mfadesk").write_text("{}", "utf-8")
        (tmp_path / "a.json").write_text(json.dumps({
            "format": "mfa-desk-recovery", "version": 1, "original_path": "",
            "saved_at": "2026-11-27T04:56:36+00:00", "pid": child.pid,
            "host": socket.gethostname(), "process_started": process_start_token(child.pid),
        }), "utf-8")
        assert [s.pid for s in list_snapshots(tmp_path)] == [child.pid]
    finally:
        child.wait()
