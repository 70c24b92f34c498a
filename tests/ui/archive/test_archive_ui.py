"""The archive in the editor: matches dock, one-key insert, concordance, add on save,
pre-translation, preferences, and stale answers dropped (pytest-qt, SQLite archive)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mfa_desk.archive import open_archive
from mfa_desk.archive.search import ConcordanceFilter
from mfa_desk.model.release import Release, Segment
from mfa_desk.settings import Settings, save_settings
from mfa_desk.ui.archive.archive_concordance import marked_html
from mfa_desk.ui.archive.archive_lookup import ArchiveLookup
from mfa_desk.ui.review.html_delegate import HTML_ROLE
from tests.archive.samples import TALKS_POINTS, release

NEW_KO = "정부는 142억 달러 규모의 공급망 기금을 조성하기로 하였다."


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite3"
    with open_archive(path) as archive:
        archive.add_release(release())
    save_settings(Settings(archive_location=str(path)), tmp_path / "settings.json")
    return path


def _draft() -> Release:
    draft = Release()
    draft.headline = Segment.of("한-미 외교장관 회담 결과")
    draft.points = [Segment.of(TALKS_POINTS[0][0]), Segment.of(NEW_KO)]
    return draft


def test_matches_appear_for_the_current_segment_and_ctrl_1_inserts(
        qtbot, make_window, archive_file: Path) -> None:  # noqa: ANN001
    window = make_window(release=_draft())
    arch = window.archive
    arch.matches_dock.show()
    point = window.document.release.points[1]
    window.grid.focus_cell((point.id, "text"), "ko")
    qtbot.waitUntil(lambda: len(arch.matches.matches) > 0, timeout=5000)
    best = arch.matches.matches[0]
    assert best.adapted and best.en.endswith("14.2 billion dollars.")
    html = arch.matches.view.toHtml()
    assert "adapted" in html and "line-through" in html  # the Korean difference marked
    assert window.trigger_shortcut(arch.insert_actions[0].shortcut())
    assert point.text.en == best.en
    assert window.grid.cell((point.id, "text"), "en").toPlainText() == best.en
    window.document.undo_stack.undo()
    assert point.text.en == ""


def test_concordance_dock_finds_a_two_syllable_word(qtbot, make_window,
                                                    archive_file: Path) -> None:  # noqa: ANN001
    window = make_window(release=_draft())
    panel = window.archive.concordance
    window.archive.concordance_dock.show()
    panel.query.setText("외교")
    panel.search()
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 2, timeout=5000)
    texts = {panel.model.item(r, 0).text() for r in range(panel.model.rowCount())}
    assert TALKS_POINTS[2][0] in texts
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.item(r, 0).text() == TALKS_POINTS[2][0])
    assert panel.model.item(row, 1).text() == TALKS_POINTS[2][1]
    assert panel.model.item(row, 3).text() == "2026-03-18"
    # The searched word is marked in the side searched, not in its translation.
    assert "<b><u>외교</u></b> 채널" in panel.model.item(row, 0).data(HTML_ROLE)
    assert "<b>" not in panel.model.item(row, 1).data(HTML_ROLE)
    panel.query.setText("DIPLOMATIC channels")  # English: any case, marked as written
    panel.search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert "through <b><u>diplomatic channels</u></b>." in panel.model.item(0, 1).data(HTML_ROLE)
    assert "<b>" not in panel.model.item(0, 0).data(HTML_ROLE)
    panel.department.setText("아시아")
    panel.search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert panel.filters() == ConcordanceFilter("", "", "아시아")


def test_saving_adds_the_release_to_the_archive(qtbot, make_window, archive_file: Path,
                                                tmp_path: Path) -> None:  # noqa: ANN001
    window = make_window(release=_draft())
    cell = window.grid.cell((window.document.release.points[0].id, "text"), "en")
    cell.setFocus()
    qtbot.keyClicks(cell, "Draft English")
    assert window.files._write(tmp_path / "draft.mfadesk")

    def archived() -> bool:
        with open_archive(archive_file) as archive:
            return archive.stats()["releases"] == 2
    qtbot.waitUntil(archived, timeout=5000)


def test_pretranslate_fills_exact_matches_as_draft_and_shows_the_source(
        qtbot, make_window, archive_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    window = make_window(release=_draft())
    window.archive.pretranslate()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    points = window.document.release.points
    assert points[0].text.en == TALKS_POINTS[0][1] and points[1].text.en == ""
    assert points[0].display_status().value == "draft"
    assert "한-캐나다 외교장관 회담 개최" in shown[0] and "Draft" in shown[0]
    window.document.undo_stack.undo()
    assert points[0].text.en == ""


def test_stale_answers_are_dropped(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    lookup = ArchiveLookup(str(tmp_path / "a.sqlite3"))
    gate = threading.Event()
    answers: list[tuple[str, object]] = []
    lookup.answered.connect(lambda kind, _n, result: answers.append((kind, result)))
    lookup.request("matches", lambda _archive: gate.wait(5) and "first")
    lookup.request("matches", lambda _archive: "skipped")  # superseded before it ran
    lookup.request("matches", lambda _archive: "newest")
    gate.set()
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    qtbot.wait(100)
    assert answers == [("matches", "newest")]
    lookup.shutdown()


def test_preferences_keep_the_archive_location_and_add_on_save(qtbot) -> None:  # noqa: ANN001
    from mfa_desk.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.archive_group.on_save.isChecked()
    dialog.archive_group.location.setText(" postgresql://translator@db.mofa:5432/archive ")
    dialog.archive_group.on_save.setChecked(False)
    edited = dialog.settings()
    assert edited.archive_location == "postgresql://translator@db.mofa:5432/archive"
    assert edited.archive_on_save is False
    assert Qt.WindowType.Dialog & dialog.windowFlags()


def test_adding_a_folder_reports_each_unreadable_file(
        qtbot, make_window, archive_file: Path, tmp_path: Path,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    from mfa_desk.formats.native.mfadesk_file import save_release

    folder = tmp_path / "incoming"
    folder.mkdir()
    save_release(release(headline_ko="새 회담", number="2026-7"), folder / "a.mfadesk")
    (folder / "broken.docx").write_bytes(b"not a zip")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    window = make_window(release=_draft())
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.archive.add_paths([folder])
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].splitlines()[0] == "1 release(s) added to the archive."
    assert [line for line in shown[0].splitlines() if "broken.docx" in line]
    assert not any("Stopped" in m for m in messages)  # closing the progress is no stop
    with open_archive(archive_file) as archive:
        assert archive.stats()["releases"] == 2


def test_archive_shortcuts_are_unique_in_the_window(make_window, archive_file: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QAction

    window = make_window(release=_draft())
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            assert key not in seen or seen[key] == action.text(), (key, seen.get(key),
                                                                    action.text())
            seen[key] = action.text()
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+Shift+M", "Ctrl+Shift+O"} <= set(seen)


def test_marked_html_escapes_and_marks_every_occurrence() -> None:
    assert marked_html("a <b> & a", "a", ignore_case=False) == \
        "<b><u>a</u></b> &lt;b&gt; &amp; <b><u>a</u></b>"
    assert marked_html("Talks in Seoul; seoul talks", "SEOUL", ignore_case=True) == \
        "Talks in <b><u>Seoul</u></b>; <b><u>seoul</u></b> talks"
    assert marked_html("외교부 외교", "외교", ignore_case=False).count("<u>") == 2
    assert marked_html("nothing <here>", "", ignore_case=True) == "nothing &lt;here&gt;"


_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ko" adminlang="en" segtype="sentence" datatype="plaintext"
 o-tmf="test" creationtool="hand" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="ko-KR"><seg>양국은 해양 쓰레기 공동 조사를 시작하기로 하였다.</seg></tuv>
<tuv xml:lang="en-US"><seg>The two countries agreed to start a joint survey of marine litter.</seg>
</tuv></tu>
</body></tmx>
"""


def test_archive_menu_imports_and_exports_a_tmx_memory(qtbot, make_window, archive_file: Path,
                                                        tmp_path: Path,
                                                        monkeypatch) -> None:  # noqa: ANN001
    window = make_window(release=_draft())
    arch = window.archive
    names = {a.objectName() for a in arch.menu.actions()}
    assert {"archive_tmx_in", "archive_tmx_out"} <= names
    memory = tmp_path / "memory.tmx"
    memory.write_text(_TMX, encoding="utf-8")
    arch.import_tmx(memory)

    def count() -> int:
        with open_archive(archive_file) as archive:
            return archive.stats()["segments"]
    before = len(TALKS_POINTS)
    qtbot.waitUntil(lambda: "from memory.tmx" in window.statusBar().currentMessage(),
                    timeout=5000)
    assert "1 segment(s) added to the archive from memory.tmx" in \
        window.statusBar().currentMessage()
    assert count() > before
    out = tmp_path / "out.tmx"
    arch.export_tmx(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    text = out.read_text(encoding="utf-8")
    assert "joint survey of marine litter" in text and TALKS_POINTS[0][1] in text
    # A file that is no TMX: said in a box, and the archive is unchanged.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    bad = tmp_path / "bad.tmx"
    bad.write_text("<html><body>no memory</body></html>", encoding="utf-8")
    segments = count()
    arch.import_tmx(bad)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "not a TMX memory" in warned[0] and "bad.tmx" in warned[0]
    assert count() == segments
