"""Export and print preview from the window; a whole release pasted into an empty one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMessageBox

from mfa_desk.formats.importing import import_file

RELEASE_TEXT = """해양 협력 회의 개최
□ 외교부는 오늘 서울에서 해양 협력 회의를 개최하였다.
  ㅇ 양측은 공동 조사 계획을 논의하였다.
□ 양측은 다음 회의를 내년에 개최하기로 하였다.
※ 참석자 명단 별첨
"""


def test_export_docx_and_html_round_trip(make_window, tmp_path: Path) -> None:
    window = make_window()
    docx = tmp_path / "out.docx"
    html = tmp_path / "out.html"
    window.exporter.export_to(docx, "docx", "both")
    window.exporter.export_to(html, "html", "en")
    back = import_file(docx).release
    assert back.headline.text.ko == "해양 협력 회의 개최"
    assert back.points[1].text.en == "They agreed to meet again next year."
    page = html.read_text(encoding="utf-8")
    assert "Ocean Cooperation Meeting Held" in page and "해양 협력" not in page.split(
        "<article")[1].split("data-")[0]
    assert "Exported" in window.statusBar().currentMessage()


def test_printed_pages_hold_the_chosen_language(make_window) -> None:
    import subprocess

    window = make_window()
    english, korean = (subprocess.run(["pdftotext", "-", "-"], input=window.exporter.print_pdf(
        lang), capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
        for lang in ("en", "ko"))
    assert "They agreed to meet again next year." in english
    assert "양측은 다음 회의를 내년에 개최하기로 하였다." in korean
    assert "They agreed" not in korean


def test_whole_release_pasted_into_empty_document_is_split(make_window, monkeypatch) -> None:
    window = make_window()
    window.files.new(["ko", "en"])
    empty = window.windows[-1]
    asked: list[str] = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    cell = empty.grid.cell((empty.document.release.headline.id, "text"), "ko")
    mime = QMimeData()
    mime.setText(RELEASE_TEXT)
    cell.insertFromMimeData(mime)
    release = empty.document.release
    assert asked and "whole release" in asked[0]
    assert release.headline.text.ko == "해양 협력 회의 개최"
    assert [p.text.ko for p in release.points] == [
        "외교부는 오늘 서울에서 해양 협력 회의를 개최하였다.",
        "양측은 다음 회의를 내년에 개최하기로 하였다."]
    assert release.points[0].children[0].text.ko == "양측은 공동 조사 계획을 논의하였다."
    assert release.notes[0].text.ko == "참석자 명단 별첨"
    assert empty.grid.rows[(release.points[1].id, "text")].markers["ko"].text() == "□"
    # One undo step takes it all back.
    empty.document.undo_stack.undo()
    assert release.headline.text.ko == "" and len(release.points) == 1
    empty.document.undo_stack.setClean()
    empty.close()


def test_declined_split_pastes_plain_text(make_window, monkeypatch) -> None:
    window = make_window()
    window.files.new(["ko", "en"])
    empty = window.windows[-1]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    cell = empty.grid.cell((empty.document.release.headline.id, "text"), "ko")
    mime = QMimeData()
    mime.setText(RELEASE_TEXT)
    cell.insertFromMimeData(mime)
    assert empty.document.release.headline.text.ko == RELEASE_TEXT
    empty.document.undo_stack.setClean()
    empty.close()


def test_spelling_and_checks_panels_open_and_work(make_window, qtbot) -> None:
    from mfa_desk.spelling.checker import SpellChecker

    window = make_window()
    release = window.document.release
    key = (release.points[1].id, "text")
    window.grid.focus_cell(key, "en", 0)
    qtbot.keyClicks(window.grid.cell(key, "en"), "Teh ")
    window.spelling.start()
    qtbot.waitUntil(lambda: window.spelling.service.is_ready, timeout=30000)
    assert isinstance(window.spelling.service.checker, SpellChecker)
    # Highlighters attach to every cell once the dictionaries are ready.
    assert all(c.spell_highlighter is not None for c in window.grid.built_cells())
    window.spelling.activate_visible()
    assert window.grid.cell(key, "en").spell_highlighter.active
    window.spelling.dock.show()
    qtbot.waitUntil(lambda: window.spelling.panel is not None)
    assert window.spelling.panel.model.rowCount() > 0  # the flagged words, grouped
    # English only, so the one flagged word is ours whatever Korean words a
    # dictionary version flags; from anywhere, F7 (wrapping around) lands on it.
    window.spelling.service.set_language_enabled("ko", False)
    window.focus_headline()
    window.spelling.next_action.trigger()
    cell = window.grid.current_cell()
    assert cell is not None and cell.textCursor().selectedText() == "Teh"

    window.checks.dock.show()
    qtbot.waitUntil(lambda: window.checks.panel is not None)
    window.checks.runner.run_now()
    assert window.checks.runner.runs >= 1


def test_print_preview_renders_pages_of_chosen_language(make_window, monkeypatch,
                                                        tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("English", True))
    painted: list[int] = []

    def run(dialog: QPrintPreviewDialog) -> int:
        # What the dialog does when it shows: ask for the pages to be painted.
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        painted.append((tmp_path / "preview.pdf").stat().st_size)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", run)
    window.actions_.by_name["print_preview"].trigger()
    assert painted and painted[0] > 1000  # a real page was drawn


def test_files_dragged_over_a_cell_are_left_to_the_window(make_window, tmp_path) -> None:
    from PySide6.QtCore import QUrl

    window = make_window()
    cell = window.grid.current_cell()
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.png"))])
    files.setText(str(tmp_path / "a.png"))
    text = QMimeData()
    text.setText("plain words")
    assert not cell.canInsertFromMimeData(files)
    assert cell.canInsertFromMimeData(text)
