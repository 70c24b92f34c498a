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


KO_PAGE = """본문 바로가기
보도자료
해양 협력 회의 개최 결과
□ 양측은 10월 4일 부산에서 해양 협력 회의를 개최하였다.
□ 양측은 내년 회의를 서울에서 열기로 하였다.
이전글
다른 회의 결과
다음글
"""
EN_PAGE = """Skip to content
Press Releases
Outcome of the Maritime Cooperation Meeting
1. The two sides held the Maritime Cooperation Meeting in Busan on October 4.
2. The two sides agreed to hold next year's meeting in Seoul.
"""


def _notes_box(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a: shown.append(text))
    return shown


def test_a_page_given_to_the_editor_is_imported_as_an_untitled_release(
        qapp: QApplication, qtbot, tmp_path: Path, sessions: list[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`mfa-desk page.txt` (or a file manager's Open With) read the text as a .mfadesk
    file: "line 1, column 1: not valid JSON". It imports, as File > Import does."""
    page = tmp_path / "page.txt"
    page.write_text(KO_PAGE, "utf-8")
    shown = _notes_box(monkeypatch)
    session = start_session(qapp, page, tmp_path / "settings.json", tmp_path / "state")
    sessions.append(session)
    [window] = session.windows
    release = window.document.release
    assert window.document.path is None  # Save asks where: the page is never overwritten
    assert release.headline.text.ko == "해양 협력 회의 개최 결과"
    assert [p.text.ko for p in release.points] == [
        "양측은 10월 4일 부산에서 해양 협력 회의를 개최하였다.",
        "양측은 내년 회의를 서울에서 열기로 하였다."]
    assert window.isWindowModified() and not window.document.undo_stack.isClean()
    # The importer's notes (the page's menu line left out), once the window is up.
    qtbot.waitUntil(lambda: bool(shown))
    assert len(shown) == 1 and "left out 4 lines" in shown[0] and "• page.txt:1:" in shown[0]
    assert page.read_text("utf-8") == KO_PAGE


def test_two_pages_given_to_the_editor_are_imported_as_one_pair(
        qapp: QApplication, qtbot, tmp_path: Path, sessions: list[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text(KO_PAGE, "utf-8")
    en.write_text(EN_PAGE, "utf-8")
    _notes_box(monkeypatch)
    session = start_session(qapp, ko, tmp_path / "settings.json", tmp_path / "state",
                            second=en)
    sessions.append(session)
    [window] = session.windows
    release = window.document.release
    assert release.headline.text.en == "Outcome of the Maritime Cooperation Meeting"
    assert [(p.text.ko[:6], p.text.en[:12]) for p in release.points] == [
        ("양측은 10", "The two side"), ("양측은 내년", "The two side")]
    assert release.points[1].text.en.endswith("in Seoul.")


def test_a_page_that_cannot_be_read_says_why_and_opens_an_empty_release(
        qapp: QApplication, tmp_path: Path, sessions: list[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = tmp_path / "scan.txt"
    page.write_bytes(b"\x00\x01binary\x00" * 50)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: said.append(text))
    session = start_session(qapp, page, tmp_path / "settings.json", tmp_path / "state")
    sessions.append(session)
    assert len(said) == 1 and str(page) in said[0] and "binary" in said[0]
    [window] = session.windows
    assert window.document.path is None and window.document.release.headline.text.ko == ""


@pytest.mark.parametrize("names", [("a.txt", "b.txt", "c.txt"), ("a.mfadesk", "b.txt")])
def test_more_than_a_pair_or_a_release_with_a_page_is_one_line_and_exit_2(
        tmp_path: Path, names: tuple[str, ...]) -> None:
    for name in names:
        (tmp_path / name).write_text("Headline\n\n1. A point.\n", "utf-8")
    done = _run(*names, cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("mfa-desk: ") and ("3 files given" in line or "a.mfadesk" in line)


ICON_CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
seen = {}
original_exec = QApplication.exec
def exec_briefly(*_args):
    app = QApplication.instance()
    seen["before"] = not app.windowIcon().isNull()  # the first paint has not happened
    def look():
        windows = [w for w in app.topLevelWidgets() if w.isWindow() and w.isVisible()]
        seen["after"] = not app.windowIcon().isNull()
        seen["window"] = bool(windows) and not windows[0].windowIcon().isNull()
        app.quit()
    QTimer.singleShot(500, look)
    return original_exec()
QApplication.exec = exec_briefly
from mfa_desk.app import main
main([sys.argv[1]])
print(json.dumps(seen))
"""


def test_the_window_gets_the_application_icon_after_its_first_paint(tmp_path: Path) -> None:
    from tests.ui.session.editor_child import run_editor_child

    seen = run_editor_child(ICON_CHILD, tmp_path)
    assert seen == {"before": False, "after": True, "window": True}
