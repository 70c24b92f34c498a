"""Starting the editor as a new user does: no file (the sample, as a copy), a new
file name, a mistyped command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.resources import sample_release_path
from mfa_desk.ui.session.startup import Session, start_session


def test_no_file_opens_the_sample_as_an_untitled_copy(
        qapp: QApplication, tmp_path: Path, sessions: list[Session]) -> None:
    sample = sample_release_path()
    before = sample.read_bytes()
    session = start_session(qapp, None, tmp_path / "settings.json", tmp_path / "state",
                            sample=True)
    sessions.append(session)
    [window] = session.windows
    assert window.document.path is None  # Save asks where; nothing is written in place
    assert window.document.release.headline.text.ko == load_release(sample).headline.text.ko
    assert "Sample" in window.windowTitle()
    assert "sample" in window.statusBar().currentMessage()
    assert not any(p.name.startswith(".~") for p in sample.parent.iterdir())  # no lock
    window.grid.cell((window.document.release.headline.id, "text"), "ko").insertPlainText("x")
    assert window.isWindowModified()
    assert sample.read_bytes() == before


def test_a_missing_mfadesk_file_opens_a_new_release_to_be_saved_there(
        qapp: QApplication, tmp_path: Path, sessions: list[Session]) -> None:
    target = tmp_path / "new-release.mfadesk"
    session = start_session(qapp, target, tmp_path / "settings.json", tmp_path / "state")
    sessions.append(session)
    [window] = session.windows
    assert window.document.path == target and not target.exists()
    window.document.save()
    assert load_release(target).languages == ["ko", "en"]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Offscreen: were a window opened by mistake, the process would never return.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "mfa_desk", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("args", [("exprot", "x"), ("archives", "--help")])
def test_an_unknown_command_is_one_line_and_exit_2(tmp_path: Path, args: tuple[str]) -> None:
    done = _run(*args, cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown command" in lines[0] and "export" in lines[0]
    assert args[0] in lines[0]


def test_a_missing_file_that_is_not_a_release_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run("notes.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == "mfa-desk: notes.txt: no such file"
