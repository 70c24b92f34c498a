"""The command line: writers respect a live editor lock (`--force` overrides), and every
unexpected error is one line: exit 2 for input or environment, 3 for an internal bug."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mfa_desk.cli import main
from mfa_desk.formats.native.editor_lock import live_lock_holder, lock_path_for
from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from mfa_desk.resources import sample_release_path
from mfa_desk.ui.safety.file_lock import ReleaseLock, current_user
from tests.cli.test_cli_import_inspect import mfa


def test_import_refuses_a_file_open_in_the_editor_and_force_overrides(tmp_path: Path) -> None:
    out = tmp_path / "open.mfadesk"
    save_release(load_release(sample_release_path()), out)
    before = out.read_bytes()
    lock = ReleaseLock(out)
    assert lock.acquire().ok  # this process is "the editor" holding it open
    try:
        done = mfa("import", sample_release_path(), "-o", out, cwd=tmp_path)
        assert done.returncode == 2 and out.read_bytes() == before
        [line] = done.stderr.splitlines()
        assert str(out) in line and current_user() in line and "--force" in line
        assert f"process {os.getpid()}" in line
        forced = mfa("import", sample_release_path(), "-o", out, "--force", cwd=tmp_path)
        assert (forced.returncode, forced.stderr) == (0, "")
    finally:
        lock.release()


def test_export_refuses_too(tmp_path: Path) -> None:
    out = tmp_path / "open.html"
    lock = ReleaseLock(out)
    assert lock.acquire().ok
    try:
        done = mfa("export", sample_release_path(), "--to", "html", "-o", out, cwd=tmp_path)
        assert done.returncode == 2 and not out.exists() and "open in MFA Desk" in done.stderr
    finally:
        lock.release()


def test_a_dead_editors_lock_does_not_block(tmp_path: Path) -> None:
    out = tmp_path / "left.mfadesk"
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    lock_path_for(out).write_text(f"{child.stdout.strip()}\nmfa-desk\n{socket.gethostname()}\n")
    assert live_lock_holder(out) is None
    assert main(["import", str(sample_release_path()), "-o", str(out)]) == 0


EDITOR = """
import sys
from pathlib import Path
from mfa_desk.ui.safety.file_lock import ReleaseLock
lock = ReleaseLock(Path(sys.argv[1]))
print(lock.acquire().status.value, flush=True)
sys.stdin.readline()  # holds the release open until killed
"""


def test_the_lock_of_a_killed_editor_does_not_block(tmp_path: Path) -> None:
    """A real editor lock (QLockFile in another process), then the editor is SIGKILLed:
    its lock file stays, and the command line writes as soon as the process is gone,
    before and after its parent reaps it."""
    out = tmp_path / "left.mfadesk"
    save_release(load_release(sample_release_path()), out)
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(out)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert editor.stdout is not None and editor.stdout.readline().strip() == "acquired"
        holder = live_lock_holder(out)
        assert holder is not None and holder.pid == editor.pid
        assert main(["import", str(sample_release_path()), "-o", str(out)]) == 2
        os.kill(editor.pid, signal.SIGKILL)
        for _ in range(500):  # the kernel ends it asynchronously; bounded, no timing asserted
            if live_lock_holder(out) is None:
                break
            time.sleep(0.01)
        assert live_lock_holder(out) is None  # a zombie now: dead, not yet reaped
    finally:
        editor.kill()
        editor.communicate(timeout=30)
    assert lock_path_for(out).exists()  # nobody removed it: it is stale
    assert live_lock_holder(out) is None
    assert main(["import", str(sample_release_path()), "-o", str(out)]) == 0


def test_a_lock_from_another_computer_blocks(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shared.mfadesk"
    lock_path_for(out).write_text("4242\nmfa-desk\ndesk-07.example\n")
    assert main(["import", str(sample_release_path()), "-o", str(out)]) == 2
    assert "desk-07.example (process 4242)" in capsys.readouterr().err


def test_an_internal_error_is_one_line_exit_3(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from mfa_desk.cli import cmd_inspect

    def broken(_args: object) -> int:
        raise KeyError("boom")

    monkeypatch.setattr(cmd_inspect, "run", broken)
    assert main(["inspect", str(sample_release_path())]) == 3
    [line] = capsys.readouterr().err.splitlines()
    assert "internal error (KeyError" in line and "report" in line


def test_an_unwritable_output_is_one_line_exit_2(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing-folder" / "x.mfadesk"
    assert main(["import", str(sample_release_path()), "-o", str(out)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert str(out) in line
