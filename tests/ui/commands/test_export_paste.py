"""Export and print preview from the window; a whole release pasted into an empty one."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageStat
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMessageBox

from mfa_desk.formats.importing import import_file
from mfa_desk.model.release import Release, Segment, TranslationStatus
from tests.formats.visible_text import assert_reader_sees, docx_lines, html_lines
from tests.ui.conftest import small_release

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
    # What a reader of each file sees: every text, side by side / English only.
    release = window.document.release
    assert_reader_sees(docx_lines(docx.read_bytes()), release, "both", "out.docx")
    assert_reader_sees(html_lines(html.read_bytes()), release, "en", "out.html")


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
    assert empty.grid.rows[(release.points[1].id, "text")].marker_text("ko") == "□"
    # One undo step takes it all back.
    empty.document.undo_stack.undo()
    assert release.headline.text.ko == "" and len(release.points) == 1
    empty.document.undo_stack.setClean()
    empty.close()


def test_a_news_copy_without_markers_pasted_into_an_empty_release_is_split(
        make_window, monkeypatch) -> None:
    """40 of 93 real pages (news copies, briefings: no □ or 1.) pasted into an empty
    release went into the headline cell as one block; the importer reads them."""
    from tests.formats.plaintext.test_paste_shape import NEWS_COPY

    window = make_window()
    window.files.new(["ko", "en"])
    empty = window.windows[-1]
    asked: list[str] = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or yes)
    cell = empty.grid.cell((empty.document.release.headline.id, "text"), "ko")
    mime = QMimeData()
    mime.setText(NEWS_COPY)
    cell.insertFromMimeData(mime)
    release = empty.document.release
    assert len(asked) == 1
    assert release.headline.text.ko == "정부, 태평양 도서국에 재난 대응 장비 지원"
    assert [p.text.ko[:6] for p in release.points] == ["정부는 최근", "이번 지원은"]
    empty.document.undo_stack.setClean()
    empty.close()


def test_the_english_page_pasted_into_a_korean_release_fills_its_english_column(
        make_window, monkeypatch) -> None:
    """The translator has the Korean; the English page pasted into an English cell went
    into that one cell as a block. It now fills the column, aligned, in one undo step."""
    from mfa_desk.formats.plaintext.text_import import import_text
    from tests.formats.plaintext.test_column_fill import EN, KO

    window = make_window(release=import_text(KO).release)
    asked: list[str] = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or yes)
    release = window.document.release
    cell = window.grid.cell((release.points[1].id, "text"), "en")
    mime = QMimeData()
    mime.setText(EN)
    cell.insertFromMimeData(mime)
    assert len(asked) == 1 and "English column" in asked[0]
    assert release.headline.text.en == "Outcome of the Maritime Cooperation Meeting"
    assert release.points[1].text.en == "The two sides agreed to hold next year's meeting in Seoul."
    assert len(release.points) == 3 and release.points[2].text.ko == ""
    assert window.grid.cell((release.points[0].id, "text"), "en").toPlainText().startswith(
        "The two sides held")
    # A Korean-only release (one pane) is bilingual now, both panes shown.
    assert release.languages == ["ko", "en"]
    assert window.grid.language_visible("en") and window.grid.language_visible("ko")
    window.document.undo_stack.undo()
    assert not release.has_language("en") and len(release.points) == 2
    assert release.languages == ["ko"] and not window.grid.language_visible("en")
    window.document.undo_stack.setClean()


def test_declined_column_fill_pastes_plain_text(make_window, monkeypatch) -> None:
    from mfa_desk.formats.plaintext.text_import import import_text
    from tests.formats.plaintext.test_column_fill import EN, KO

    window = make_window(release=import_text(KO).release)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    release = window.document.release
    cell = window.grid.cell((release.points[1].id, "text"), "en")
    mime = QMimeData()
    mime.setText(EN)
    cell.insertFromMimeData(mime)
    assert release.points[1].text.en == EN.replace("\r\n", "\n")
    assert release.headline.text.en == ""
    window.document.undo_stack.setClean()


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


def _long_release() -> Release:
    """The small release with enough points to need more than one A4 page."""
    release = small_release()
    for n in range(3, 15):
        point = Segment.of(f"양측은 제{n}차 분야별 협력 과제를 점검하였다.",
                           f"Point {n}: the two sides reviewed the cooperation tasks of area "
                           f"{n}, including port safety, marine research and joint training "
                           f"of young researchers from both countries.")
        point.set_status(TranslationStatus.TRANSLATED)
        release.points.append(point)
    return release


def _poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, check=True, timeout=60,
                          text=True).stdout


def _page_count(pdfinfo: str) -> int:
    found = re.search(r"^Pages:\s+(\d+)", pdfinfo, re.M)
    assert found is not None, pdfinfo
    return int(found.group(1))


def _gray_pages(pdf: Path, folder: Path, stem: str) -> list[Image.Image]:
    """Each page drawn by poppler (not PDFium, which the preview uses) at 40 dpi."""
    _poppler("pdftoppm", "-r", "40", "-gray", str(pdf), str(folder / stem))
    return [Image.open(p) for p in sorted(folder.glob(f"{stem}-*.pgm"))]


def _ink(page: Image.Image) -> Image.Image:
    """Where the page is printed (dark pixels), as a 0/255 mask."""
    return page.point(lambda v: 255 if v < 160 else 0)


def _covered(ink: Image.Image, other: Image.Image) -> float:
    """The share of `ink` that lies within a pixel of `other`'s ink: about 0.99 for the
    same page drawn twice, 0.15 when the lines are one line apart, 0 for a blank page."""
    near = other.filter(ImageFilter.MaxFilter(3))
    return ImageStat.Stat(ImageChops.multiply(ink, near)).sum[0] / max(
        ImageStat.Stat(ink).sum[0], 1)


def test_print_preview_shows_every_page_of_the_chosen_language(make_window, monkeypatch,
                                                                 tmp_path: Path) -> None:
    """The preview's pages are A4, as many as the PDF export has, and look like them; the
    PDF they show holds the headline and every English point in order (pdftotext)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QInputDialog

    from mfa_desk.ui.commands import export_commands

    release = _long_release()
    window = make_window(release=release)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("English", True))
    shown: list[bytes] = []  # the PDF the preview draws
    draw = export_commands.print_pdf_pages
    monkeypatch.setattr(export_commands, "print_pdf_pages",
                        lambda pdf, printer: shown.append(pdf) or draw(pdf, printer))
    preview = tmp_path / "preview.pdf"

    def run(dialog: QPrintPreviewDialog) -> int:
        # What the dialog does when it shows: ask for its own printer's pages to be painted.
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(preview))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", run)
    window.actions_.by_name["print_preview"].trigger()
    assert len(shown) == 1
    source = tmp_path / "source.pdf"
    source.write_bytes(shown[0])

    # The words on the pages: headline and points of the English text, in order.
    words = "".join(_poppler("pdftotext", str(source), "-").split())
    position = 0
    for text in [release.headline.text.en] + [p.text.en for p in release.points]:
        found = words.find("".join(text.split()), position)
        assert found >= 0, f"{text!r} is not on the printed pages after offset {position}"
        position = found
    assert "양측은" not in words

    # The preview: A4 pages, one for each page of that PDF, each showing that page.
    info = _poppler("pdfinfo", str(preview))
    assert _page_count(info) == _page_count(_poppler("pdfinfo", str(source))) >= 2
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert size is not None, info
    width, height = map(float, size.groups())
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    for drawn, page in zip(_gray_pages(preview, tmp_path, "preview"),
                           _gray_pages(source, tmp_path, "source"), strict=True):
        drawn_ink, page_ink = _ink(drawn.resize(page.size)), _ink(page)
        assert ImageStat.Stat(page_ink).sum[0] > 0  # the page has print on it
        assert _covered(drawn_ink, page_ink) > 0.9 and _covered(page_ink, drawn_ink) > 0.9


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
