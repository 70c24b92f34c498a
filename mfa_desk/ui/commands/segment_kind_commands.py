"""Segment menu entries for the other kinds of segment: add a note, a sub-headline,
an attachment line or a photo, and change a segment's type (point, note,
sub-headline). Each edit is one undo step (model/segment_kinds.py operations).

`context_actions()` is the same list for the grid cell's context menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from mfa_desk.model.operations import OperationError
from mfa_desk.model.segment_kinds import ChangeKind, Kind, insert_after, kind_of

if TYPE_CHECKING:
    from mfa_desk.ui.window.editor_window import EditorWindow


class SegmentKindCommands(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.actions_.segment_menu
        menu.addSeparator()
        self.add_actions = [
            self._action(menu, "add_note", self.tr("Add &Note (※)"),
                         lambda: self.add("note"), "Ctrl+Alt+N"),
            self._action(menu, "add_subheadline", self.tr("Add Su&b-headline"),
                         lambda: self.add("subheadline")),
            self._action(menu, "add_attachment", self.tr("Add &Attachment Line"),
                         lambda: self.add("attachment")),
        ]
        photo = window.actions_.by_name.get("add_photo")
        if photo is not None:
            menu.addAction(photo)
            self.add_actions.append(photo)
        self.type_menu = menu.addMenu(self.tr("Change &Type"))
        self.type_menu.setObjectName("change_type_menu")
        self.type_actions: dict[str, QAction] = {}
        for kind, text in (("point", self.tr("&Point")), ("note", self.tr("&Note")),
                           ("subheadline", self.tr("&Sub-headline"))):
            action = self._action(self.type_menu, f"type_{kind}", text,
                                  lambda k=kind: self.change_type(k))
            action.setCheckable(True)
            self.type_actions[kind] = action
        self.type_menu.aboutToShow.connect(self.update_type_actions)

    def _action(self, menu: QMenu, name: str, text: str, slot: object,
                shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        menu.addAction(action)
        self.window.actions_.by_name[name] = action
        return action

    def context_actions(self) -> list[QAction]:
        """For the cell's context menu: the add actions and the Change Type submenu."""
        return [*self.add_actions, self.type_menu.menuAction()]

    def _current_kind(self) -> str | None:
        item_id = self.window.grid.current_item_id()
        if item_id is None:
            return None
        try:
            return kind_of(self.window.document.release, item_id)
        except OperationError:
            return None

    def update_type_actions(self) -> None:
        current = self._current_kind()
        for kind, action in self.type_actions.items():
            action.setChecked(kind == current)
            action.setEnabled(current in ("point", "note", "subheadline") and kind != current)

    def add(self, kind: str) -> None:
        window = self.window
        op = insert_after(window.document.release, kind, window.grid.current_item_id())
        names = {"note": self.tr("Add note"), "subheadline": self.tr("Add sub-headline"),
                 "attachment": self.tr("Add attachment line")}
        lang = window.grid.current()[1] if window.grid.current() else "ko"
        if window.try_edit(op, names[kind]):
            part = "title" if kind == "attachment" else "text"
            window.grid.focus_cell((op.item.id, part), lang, 0)

    def change_type(self, kind: str) -> None:
        item_id = self.window.grid.current_item_id()
        if item_id is None:
            self.window.show_message(self.tr("Put the cursor in a segment to change its type"))
            return
        target: Kind = kind  # type: ignore[assignment]
        self.window.try_edit(ChangeKind(item_id, target), self.tr("Change segment type"))
