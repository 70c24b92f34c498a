"""The right-click menu of a cell: the window's own Undo and Redo (one stack for text
and structure), the clipboard actions, Copy Korean into English, and every action of
the Segment menu as it is when the menu opens (actions other modules add to the
Segment menu appear here too). The spelling menu puts its suggestions on top."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from mfa_desk.ui.grid.segment_cell import SegmentCell
    from mfa_desk.ui.window.editor_window import EditorWindow

EDIT_ACTIONS = ("undo", "redo", None, "cut", "copy", "paste", "select_all", None,
                "copy_korean_to_english")


def build_cell_menu(window: EditorWindow, cell: SegmentCell) -> QMenu:
    menu = QMenu(cell)
    actions = window.actions_.by_name
    for name in EDIT_ACTIONS:
        if name is None:
            menu.addSeparator()
        elif name in actions:
            menu.addAction(actions[name])
    segment_actions = window.actions_.segment_menu.actions()
    if segment_actions:
        menu.addSeparator()
        menu.addActions(segment_actions)
    return menu
