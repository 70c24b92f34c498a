"""Typing, undo, structure edits and statuses, driving the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mfa_desk.model.release import DisplayStatus
from tests.ui.ui_helpers import type_with_input_method

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def point_key(window, *path: int) -> tuple[str, str]:
    items = window.document.release.points
    seg = None
    for i in path:
        seg = items[i]
        items = seg.children
    return (seg.id, "text")


def test_open_puts_cursor_at_headline_korean_start(make_window, release_file) -> None:
    window = make_window(release_file)
    focused = window.focusWidget()
    headline = window.grid.cell((window.document.release.headline.id, "text"), "ko")
    assert focused is headline
    assert headline.textCursor().position() == 0
    assert window.windowTitle() == "ocean.mfadesk[*] — MFA Desk"
    assert not window.isWindowModified()


def test_typing_in_both_panes_updates_model_and_undoes(make_window, qtbot) -> None:
    window = make_window()
    release = window.document.release
    ko = window.grid.cell((release.headline.id, "text"), "ko")
    type_with_input_method(ko, "긴급 ")
    assert release.headline.text.ko == "긴급 해양 협력 회의 개최"
    assert window.isWindowModified()

    en = window.grid.cell((release.headline.id, "text"), "en")
    en.setFocus()
    en.moveCursor(en.textCursor().MoveOperation.End)
    qtbot.keyClicks(en, " Today")
    assert release.headline.text.en == "Ocean Cooperation Meeting Held Today"

    # Consecutive typing in one cell is one undo step; Ctrl+Z works inside a cell.
    qtbot.keyClick(en, Qt.Key.Key_Z, CTRL)
    assert release.headline.text.en == "Ocean Cooperation Meeting Held"
    assert en.toPlainText() == "Ocean Cooperation Meeting Held"
    window.document.undo_stack.undo()
    assert release.headline.text.ko == "해양 협력 회의 개최"
    assert ko.toPlainText() == "해양 협력 회의 개최"
    assert not window.isWindowModified()
    window.document.undo_stack.redo()
    assert ko.toPlainText() == "긴급 해양 협력 회의 개최"


def test_new_point_indent_outdent_move_delete_and_undo(make_window, qtbot) -> None:
    window = make_window()
    release = window.document.release
    stack = window.document.undo_stack
    second = point_key(window, 1)
    window.grid.focus_cell(second, "ko", 0)

    qtbot.keyClick(window.grid.cell(second, "ko"), Qt.Key.Key_Return, CTRL)
    assert len(release.points) == 3
    new_id = release.points[2].id
    new_cell = window.grid.cell((new_id, "text"), "ko")
    assert QApplication.focusWidget() is new_cell
    type_with_input_method(new_cell, "세 번째 항목")
    assert release.points[2].text.ko == "세 번째 항목"
    assert window.grid.rows[(new_id, "text")].marker_text("en") == "3."

    # Tab at the start of the cell indents under the previous point.
    new_cell.setTextCursor(_cursor_at(new_cell, 0))
    qtbot.keyClick(new_cell, Qt.Key.Key_Tab)
    assert [c.id for c in release.points[1].children] == [new_id]
    assert window.grid.rows[(new_id, "text")].marker_text("ko") == "ㅇ"
    assert window.grid.rows[(new_id, "text")].marker_text("en") == "°"
    qtbot.keyClick(new_cell, Qt.Key.Key_Backtab, SHIFT)
    assert release.points[2].id == new_id

    # Alt+Up moves the point above the second one; numbers follow.
    qtbot.keyClick(new_cell, Qt.Key.Key_Up, ALT)
    assert release.points[1].id == new_id
    assert window.grid.rows[(new_id, "text")].marker_text("en") == "2."
    assert window.grid.order.index((new_id, "text")) < window.grid.order.index(second)

    window.grid.focus_cell((new_id, "text"), "ko", 0)
    window.actions_.by_name["delete_segment"].trigger()
    assert [p.id for p in release.points].count(new_id) == 0
    assert (new_id, "text") not in window.grid.rows

    # Undo everything back, step by step: delete, move, outdent, indent, typing, insert.
    for _ in range(6):
        stack.undo()
    assert len(release.points) == 2
    assert (new_id, "text") not in window.grid.rows
    stack.redo()
    assert release.points[2].id == new_id and (new_id, "text") in window.grid.rows


def test_indent_refused_shows_message_and_pushes_nothing(make_window, qtbot) -> None:
    window = make_window()
    first = point_key(window, 0)
    window.grid.focus_cell(first, "en", 0)
    before = window.document.undo_stack.count()
    window.actions_.by_name["indent"].trigger()
    assert window.document.undo_stack.count() == before
    assert "indent" in window.statusBar().currentMessage()


def test_status_from_keyboard_and_outdated_after_korean_edit(make_window, qtbot) -> None:
    window = make_window()
    key = point_key(window, 1)
    seg = window.document.release.points[1]
    row = window.grid.rows[key]
    en = window.grid.cell(key, "en")
    window.grid.focus_cell(key, "en", 0)

    qtbot.keyClick(en, Qt.Key.Key_3, CTRL | ALT)
    assert seg.display_status() is DisplayStatus.REVIEWED
    assert row.status_button.status is DisplayStatus.REVIEWED

    ko = window.grid.cell(key, "ko")
    window.grid.focus_cell(key, "ko", 0)
    type_with_input_method(ko, "올해 ")
    assert seg.display_status() is DisplayStatus.OUTDATED
    assert row.status_button.status is DisplayStatus.OUTDATED
    assert row.status_button.text() == "Outdated"

    window.document.undo_stack.undo()  # the Korean edit
    assert row.status_button.status is DisplayStatus.REVIEWED
    window.document.undo_stack.undo()  # the status change
    assert row.status_button.status is DisplayStatus.TRANSLATED

    # Emptying the English shows "empty".
    en.selectAll()
    qtbot.keyClick(en, Qt.Key.Key_Delete)
    assert row.status_button.status is DisplayStatus.EMPTY


def test_next_untranslated_and_outdated_navigation(make_window, qtbot) -> None:
    window = make_window()
    release = window.document.release
    release.notes[0].text.en = ""
    window.document.textChanged.emit(release.notes[0].id, "text", "en", -1)
    window.actions_.by_name["next_untranslated"].trigger()
    assert window.grid.current() == ((release.notes[0].id, "text"), "en")

    key = point_key(window, 0)
    window.grid.focus_cell(key, "ko", 0)
    type_with_input_method(window.grid.cell(key, "ko"), "새 ")
    window.focus_headline()
    window.actions_.by_name["next_outdated"].trigger()
    assert window.grid.current() == (key, "en")


def test_down_arrow_on_last_line_moves_to_next_row(make_window, qtbot) -> None:
    window = make_window()
    release = window.document.release
    head = window.grid.cell((release.headline.id, "text"), "ko")
    qtbot.keyClick(head, Qt.Key.Key_Down)
    assert window.grid.current() == ((release.subheadlines[0].id, "text"), "ko")
    qtbot.keyClick(window.grid.current_cell(), Qt.Key.Key_Up)
    assert window.grid.current() == ((release.headline.id, "text"), "ko")


def test_both_cells_of_a_row_have_the_same_height(make_window, qtbot) -> None:
    window = make_window()
    key = point_key(window, 1)
    en = window.grid.cell(key, "en")
    window.grid.focus_cell(key, "en", 0)
    qtbot.keyClicks(en, "A much longer English sentence that has to wrap onto further lines "
                        "because it keeps going and going well past the width of the pane. " * 2)
    row = window.grid.rows[key]
    qtbot.waitUntil(lambda: row.cells["en"].height() > 60)
    assert row.cells["ko"].height() == row.cells["en"].height()
    assert row.cells["en"].height() >= row.cells["en"].needed_height()


def _cursor_at(cell, position: int):
    cursor = cell.textCursor()
    cursor.setPosition(position)
    return cursor


def test_input_method_preedit_is_not_an_edit_until_committed(make_window) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    window = make_window()
    release = window.document.release
    cell = window.grid.cell((release.headline.id, "text"), "ko")
    before = window.document.undo_stack.count()
    QCoreApplication.sendEvent(cell, QInputMethodEvent("ㅎ", []))
    QCoreApplication.sendEvent(cell, QInputMethodEvent("하", []))
    QCoreApplication.sendEvent(cell, QInputMethodEvent("한", []))
    # Composition shows in the cell but is neither in the model nor on the undo stack.
    assert release.headline.text.ko == "해양 협력 회의 개최"
    assert window.document.undo_stack.count() == before
    commit = QInputMethodEvent()
    commit.setCommitString("한")
    QCoreApplication.sendEvent(cell, commit)
    assert release.headline.text.ko == "한해양 협력 회의 개최"
    assert window.document.undo_stack.count() == before + 1
