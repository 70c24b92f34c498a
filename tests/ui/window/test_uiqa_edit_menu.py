"""Edit menu found lacking in a hand test: clipboard entries and the documented Ctrl+H."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_h_opens_find_and_replace_from_a_cell(make_window, qtbot) -> None:
    window = make_window()
    replace = window.actions_.by_name["replace"]
    assert QKeySequence("Ctrl+H") in replace.shortcuts()
    cell = window.grid.current_cell()
    qtbot.keyClick(cell, Qt.Key.Key_H, CTRL)
    assert window.find_bar.isVisible()
    assert window.find_bar.replace_edit.isVisible()


def test_edit_menu_cut_copy_paste_work_on_the_focused_cell(make_window, qtbot) -> None:
    window = make_window()
    names = [a.objectName() for a in window.actions_.edit_menu.actions()]
    for name in ("cut", "copy", "paste", "select_all"):
        assert name in names
    actions = window.actions_.by_name
    cell = window.grid.current_cell()
    cell.setFocus()
    qtbot.waitUntil(cell.hasFocus)
    headline = cell.toPlainText()
    actions["select_all"].trigger()
    assert cell.textCursor().selectedText() == headline
    actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == headline
    actions["cut"].trigger()
    assert cell.toPlainText() == ""
    assert window.document.release.headline.text.ko == ""
    actions["paste"].trigger()
    actions["paste"].trigger()
    cursor = cell.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert cell.toPlainText() == headline + headline
    assert window.document.release.headline.text.ko == headline + headline
