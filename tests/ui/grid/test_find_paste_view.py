"""Find and replace, paste, release details and view options."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QMessageBox

from mfa_desk.model.release_fill import is_empty
from mfa_desk.ui.grid.find_replace import replace_all_operation
from tests.ui.ui_helpers import type_with_input_method

CTRL = Qt.KeyboardModifier.ControlModifier


def test_find_next_selects_matches_in_both_panes_in_order(make_window, qtbot) -> None:
    window = make_window()
    release = window.document.release
    qtbot.keyClick(window.grid.current_cell(), Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible()
    bar.find_edit.setText("meeting")
    assert bar.find_match(1)
    cell = window.grid.current_cell()
    assert window.grid.current() == ((release.headline.id, "text"), "en")
    assert cell.textCursor().selectedText() == "Meeting"
    assert bar.find_match(1)
    assert window.grid.current() == ((release.points[0].id, "text"), "en")
    assert bar.find_match(1)  # wraps around to the headline
    assert window.grid.current() == ((release.headline.id, "text"), "en")
    bar.case.setChecked(True)
    assert bar.find_match(1)
    assert window.grid.current() == ((release.points[0].id, "text"), "en")
    bar.find_edit.setText("없는말")
    assert not bar.find_match(1)
    assert bar.status.text() == "Not found"


def test_language_filter_limits_search(make_window) -> None:
    window = make_window()
    release = window.document.release
    bar = window.find_bar
    bar.open_bar(True)
    bar.find_edit.setText("회의")
    bar.language.setCurrentIndex(2)  # English only
    assert not bar.find_match(1)
    bar.language.setCurrentIndex(1)  # Korean only
    assert bar.find_match(1)
    assert window.grid.current() == ((release.headline.id, "text"), "ko")


def test_replace_all_is_one_undo_step_and_respects_language(make_window) -> None:
    window = make_window()
    release = window.document.release
    bar = window.find_bar
    bar.open_bar(True)
    bar.find_edit.setText("회의")
    bar.replace_edit.setText("모임")
    bar.language.setCurrentIndex(1)  # Korean only
    before_en = [r.segment.text.en for r in release.iter_segments()]
    assert bar.replace_all() == 4
    assert release.headline.text.ko == "해양 협력 모임 개최"
    assert release.notes[0].text.ko == "모임 참석자 명단은 별첨 참조"
    assert [r.segment.text.en for r in release.iter_segments()] == before_en
    headline_cell = window.grid.cell((release.headline.id, "text"), "ko")
    assert headline_cell.toPlainText() == "해양 협력 모임 개최"
    window.document.undo_stack.undo()
    assert release.headline.text.ko == "해양 협력 회의 개최"
    assert headline_cell.toPlainText() == "해양 협력 회의 개최"
    assert "회의" in release.notes[0].text.ko


def test_replace_one_replaces_current_match_only(make_window) -> None:
    window = make_window()
    release = window.document.release
    bar = window.find_bar
    bar.open_bar(True)
    bar.find_edit.setText("the")
    bar.replace_edit.setText("THE")
    bar.language.setCurrentIndex(2)
    assert bar.find_match(1)
    bar.replace_one()
    assert release.points[0].text.en == "THE Ministry held the second ocean cooperation meeting "\
        "in Seoul today."


def test_replace_all_operation_case_insensitive() -> None:
    from conftest import small_release

    release = small_release()
    op, count = replace_all_operation(release, "THE", "a", ("en",), case_sensitive=False)
    assert count == 5 and op is not None
    op.apply(release)
    assert release.points[1].text.en == "ay agreed to meet again next year."
    assert release.points[0].children[0].text.en == "a two sides discussed a joint survey plan."


def test_rich_paste_becomes_plain_text(make_window) -> None:
    window = make_window()
    release = window.document.release
    cell = window.grid.cell((release.points[1].id, "text"), "en")
    window.grid.focus_cell((release.points[1].id, "text"), "en", 0)
    mime = QMimeData()
    mime.setHtml("<p><b style='color:red'>Bold</b> <i>words</i></p>")
    mime.setText("Bold words")
    cell.insertFromMimeData(mime)
    assert release.points[1].text.en == "Bold wordsThey agreed to meet again next year."
    block = cell.document().firstBlock()
    it = block.begin()
    formats = []
    while not it.atEnd():
        formats.append(it.fragment().charFormat())
        it += 1
    assert formats
    assert all(not f.fontItalic() and f.fontWeight() <= 400 and not f.hasProperty(
        f.Property.ForegroundBrush) for f in formats)


def test_pasting_numbered_lines_into_nonempty_release_inserts_text(make_window) -> None:
    window = make_window()
    release = window.document.release
    cell = window.grid.cell((release.points[1].id, "text"), "ko")
    window.grid.focus_cell((release.points[1].id, "text"), "ko", 0)
    mime = QMimeData()
    mime.setText("제목\n1. 첫째\n2. 둘째\n")
    cell.insertFromMimeData(mime)  # not empty: no question (the fixture fails on dialogs)
    assert release.points[1].text.ko.startswith("제목\n1. 첫째\n2. 둘째\n")


def test_metadata_edits_are_undoable(make_window, qtbot) -> None:
    window = make_window()
    release = window.document.release
    panel = window.metadata_panel
    window.actions_.by_name["show_details"].trigger()
    assert panel.form_box.isVisible()
    panel.department.setText("북미국")
    panel.department.editingFinished.emit()
    panel.date.setText("2026-03-18")
    panel.date.editingFinished.emit()
    panel.unofficial.setChecked(True)
    assert release.metadata.department == "북미국"
    assert release.metadata.date == dt.date(2026, 3, 18)
    assert release.unofficial_translation
    panel.numbering.setCurrentIndex(1)
    panel.numbering.activated.emit(1)
    assert release.korean_numbering == "number"
    assert window.grid.rows[(release.points[1].id, "text")].marker_text("ko") == "2."

    stack = window.document.undo_stack
    stack.undo()
    assert window.grid.rows[(release.points[1].id, "text")].marker_text("ko") == "□"
    stack.undo()
    stack.undo()
    assert release.metadata.date is None and panel.date.text() == ""
    stack.undo()
    assert release.metadata.department == "해양협력과"
    assert panel.department.text() == "해양협력과"

    panel.date.setText("18 March")
    messages: list[str] = []
    panel.invalidInput.connect(messages.append)
    panel.date.editingFinished.emit()
    assert release.metadata.date is None
    assert messages and "18 March" in messages[0]


def test_hide_swap_and_single_language_views(make_window) -> None:
    window = make_window()
    key = (window.document.release.points[0].id, "text")
    row = window.grid.rows[key]
    actions = window.actions_.by_name
    actions["show_english"].trigger()
    assert not row.cells["en"].isVisible() and row.cells["ko"].isVisible()
    assert row.language_order() == ("ko",)
    # Hiding the other pane too would leave nothing: the first comes back.
    actions["show_korean"].trigger()
    assert row.cells["en"].isVisible() and not row.cells["ko"].isVisible()
    assert actions["show_english"].isChecked() and not actions["show_korean"].isChecked()
    actions["only_korean"].trigger()
    assert row.cells["ko"].isVisible() and not row.cells["en"].isVisible()
    # One pane: its cell takes the row's whole width, less the marker's gutter.
    assert row.cells["ko"].width() > row.width() * 3 // 4
    actions["show_english"].trigger()
    actions["swap_panes"].trigger()
    assert row.language_order() == ("en", "ko")
    # On screen, too: the English cell and its status button left of the Korean cell.
    assert row.status_button is not None
    assert row.cells["en"].x() < row.status_button.x() < row.cells["ko"].x()
    # The pane titles follow.
    header = window.pane_header
    titles = [header.layout().itemAt(i).widget() for i in range(header.layout().count())]
    assert titles == [header.labels["en"], header.labels["ko"]]
    actions["only_english"].trigger()
    assert header.labels["en"].isVisibleTo(header) and not header.labels["ko"].isVisibleTo(header)


def test_zoom_changes_cell_font(make_window, qtbot) -> None:
    window = make_window()
    cell = window.grid.current_cell()
    size = cell.font().pointSizeF()
    qtbot.keyClick(cell, Qt.Key.Key_Plus, CTRL)
    assert window.zoom_percent == 110
    assert cell.font().pointSizeF() == pytest.approx(size * 1.1)
    window.actions_.by_name["zoom_out"].trigger()
    window.actions_.by_name["zoom_out"].trigger()
    assert cell.font().pointSizeF() == pytest.approx(size * 0.9)
    window.actions_.by_name["zoom_reset"].trigger()
    assert cell.font().pointSizeF() == size


def test_view_options_saved_and_restored(make_window, tmp_path) -> None:
    from mfa_desk.settings import load_settings
    from mfa_desk.ui.window.view_options import apply_view_settings, save_view_settings

    window = make_window()
    settings_file = tmp_path / "settings.json"
    window.actions_.by_name["only_english"].trigger()
    window.actions_.by_name["swap_panes"].trigger()
    window.zoom(1)
    window.zoom(1)
    window.metadata_panel.set_expanded(True)
    assert save_view_settings(window, settings_file) is None
    saved = load_settings(settings_file)
    assert (saved.show_ko_pane, saved.show_en_pane, saved.swap_panes, saved.zoom_percent,
            saved.metadata_panel_collapsed) == (False, True, True, 120, False)

    other = make_window()
    apply_view_settings(other, saved)
    row = other.grid.rows[(other.document.release.headline.id, "text")]
    assert not row.cells["ko"].isVisibleTo(row) and row.cells["en"].isVisibleTo(row)
    assert other.zoom_percent == 120 and other.actions_.swap.isChecked()
    assert other.metadata_panel.form_box.isVisibleTo(other)


def test_new_release_variants(make_window) -> None:
    window = make_window()
    window.actions_.by_name["new_english"].trigger()
    english = window.windows[-1]
    assert english.document.release.languages == ["en"]
    assert is_empty(english.document.release)
    assert english.windowTitle() == "Untitled[*] — MFA Desk"
    assert english.grid.language_visible("en") and not english.grid.language_visible("ko")
    english.close()


def test_status_bar_counts(make_window) -> None:
    window = make_window()
    window.counts.recount()
    text = window.counts.text()
    assert "English: 37 words" in text
    assert "Translated: 6 of 6" in text
    type_with_input_method(window.grid.current_cell(), "새 ")
    window.counts.recount()
    assert "Translated: 5 of 6" in window.counts.text()
    assert "1 outdated" in window.counts.text()


def test_message_boxes_are_patched(make_window) -> None:
    # Guard for the fixture itself: an unexpected dialog fails rather than hangs.
    try:
        QMessageBox.question(None, "t", "x")
    except AssertionError as exc:
        assert "unexpected dialog" in str(exc)
    else:
        raise AssertionError("dialog not intercepted")
