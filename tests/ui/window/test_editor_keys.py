"""Keys a new user tries first: Go > Headline / Last Segment from inside a cell, Redo."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from tests.ui.ui_helpers import type_with_input_method


def _focused_key(window) -> tuple[tuple[str, str], str] | None:
    return window.grid.current()


def test_ctrl_home_inside_a_cell_goes_to_the_headline(make_window) -> None:
    window = make_window()
    last = window.grid.order[-1]
    window.grid.focus_cell(last, "en", 5)
    QTest.keyClick(window.grid.current_cell(), Qt.Key.Key_Home,
                   Qt.KeyboardModifier.ControlModifier)
    headline = (window.document.release.headline.id, "text")
    assert _focused_key(window) == (headline, "ko")
    assert window.grid.current_cell().textCursor().position() == 0


def test_ctrl_end_goes_to_the_end_of_the_last_segment(make_window) -> None:
    window = make_window()
    window.grid.focus_cell(window.grid.order[1], "en", 0)
    QTest.keyClick(window.grid.current_cell(), Qt.Key.Key_End,
                   Qt.KeyboardModifier.ControlModifier)
    last = window.grid.order[-1]
    assert _focused_key(window) == (last, "en")
    cell = window.grid.current_cell()
    assert cell.textCursor().position() == len(cell.toPlainText())
    action = window.actions_.by_name["last_segment"]
    assert action in window.actions_.go_menu.actions()
    assert QKeySequence("Ctrl+End") in action.shortcuts()


def test_redo_has_ctrl_y_and_no_key_twice(make_window) -> None:
    window = make_window()
    keys = [k.toString() for k in window.actions_.by_name["redo"].shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    assert len(keys) == len(set(keys)), keys


def test_redo_keys_on_every_keyboard_scheme() -> None:
    from mfa_desk.ui.window.window_actions import redo_shortcuts

    x11 = [QKeySequence("Ctrl+Shift+Z")]
    windows = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    mac = [QKeySequence("Ctrl+Shift+Z")]
    for scheme in (x11, windows, mac):
        assert [k.toString() for k in redo_shortcuts(scheme)] == [
            k.toString() for k in dict.fromkeys([*scheme, *windows])]


def test_ctrl_y_and_ctrl_shift_z_redo_from_a_cell(make_window, caplog) -> None:
    window = make_window()
    cell = window.grid.current_cell()
    headline = window.document.release.headline
    before = headline.text.ko
    for redo_key in ((Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
                     (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                      | Qt.KeyboardModifier.ShiftModifier)):
        type_with_input_method(cell, "새")
        typed = headline.text.ko
        assert typed != before
        QTest.keyClick(cell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert headline.text.ko == before
        with caplog.at_level(logging.WARNING):
            QTest.keyClick(cell, *redo_key)
        assert headline.text.ko == typed, redo_key
        QTest.keyClick(cell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Ambiguous" not in caplog.text


def test_every_menu_shortcut_works_anywhere_in_its_window(make_window) -> None:
    # The actions rely on Qt's default context (set once, not per action): a shortcut
    # bound to the menu alone would do nothing while the cursor is in a cell.
    window = make_window()
    window.finish_building()
    actions = list(window.actions_.by_name.values())
    assert len(actions) > 50
    for action in actions:
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut, action.objectName()
    checkable = {a.objectName() for a in actions if a.isCheckable()}
    assert "swap_panes" in checkable and "save" not in checkable
