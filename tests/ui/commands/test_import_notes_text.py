"""The importer's notes as the window shows them: a bullet each, the file without its
folder, and a count of those left out."""

from __future__ import annotations

from mfa_desk.ui.commands.import_notes import MAX_NOTES_SHOWN, readable_notes


def test_a_note_names_the_file_not_its_folder() -> None:
    notes = readable_notes([
        "/home/kim/Downloads/press/page-ko.txt:27: no numbered or □ points in the text",
        "C:\\Users\\kim\\page-en.html: no title found",
        "relative/dir/page.txt:3: left out 2 lines: 'Menu', 'Home'",
        "notes: the Korean has 0, the English 1; notes[0] kept with no Korean",
        "page.txt:5: one line",
    ])
    assert notes == [
        "• page-ko.txt:27: no numbered or □ points in the text",
        "• page-en.html: no title found",
        "• page.txt:3: left out 2 lines: 'Menu', 'Home'",
        "• notes: the Korean has 0, the English 1; notes[0] kept with no Korean",
        "• page.txt:5: one line",
    ]


def test_a_colon_or_slash_inside_the_message_is_left_alone() -> None:
    # Only a path at the start, before its first colon, is shortened.
    assert readable_notes(["page.txt:9: kept 'a/b: c' as written"]) == [
        "• page.txt:9: kept 'a/b: c' as written"]


def test_beyond_the_limit_the_rest_is_counted(qapp) -> None:  # noqa: ANN001 - the app translates
    notes = readable_notes([f"p.txt:{n}: x" for n in range(MAX_NOTES_SHOWN + 4)])
    assert len(notes) == MAX_NOTES_SHOWN + 1
    assert notes[-1] == "… and 4 more"


def test_a_pasted_release_says_its_notes_in_the_korean_interface(make_window, monkeypatch,
                                                                  qapp) -> None:  # noqa: ANN001
    """A news copy pasted into an empty release is split; the importer's note in the status
    bar is in the interface language, like the import notes box."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QMessageBox

    from mfa_desk.ui.language.i18n import install_translator, remove_translators
    from tests.formats.plaintext.test_paste_shape import NEWS_COPY

    window = make_window()
    window.files.new(["ko", "en"])
    empty = window.windows[-1]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    install_translator(qapp, "ko")
    try:
        cell = empty.grid.cell((empty.document.release.headline.id, "text"), "ko")
        mime = QMimeData()
        mime.setText(NEWS_COPY)
        cell.insertFromMimeData(mime)
        shown = empty.statusBar().currentMessage()
    finally:
        remove_translators(qapp)
    assert shown == "<text>:3: 본문에 번호나 □ 항목이 없어 문단마다 1단계 항목으로 두었습니다"
    empty.document.undo_stack.setClean()
    empty.close()
