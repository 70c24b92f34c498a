"""Find and replace across both panes, with a language filter.

The search itself (`text_slots`, `find_in`, `replace_all_operation`) is plain
Python over the release; the bar only drives the grid's cells. Replace all is
one Composite operation, hence one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from mfa_desk.model.operations import Composite, SetText
from mfa_desk.model.release import Release
from mfa_desk.ui.segment_grid import SegmentGrid, row_specs


@dataclass(frozen=True)
class Slot:
    """One text of the release: a row's cell."""

    item_id: str
    part: str
    lang: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.item_id, self.part)


def text_slots(release: Release, langs: tuple[str, ...]) -> Iterator[Slot]:
    for spec in row_specs(release):
        for lang in langs:
            yield Slot(spec.item_id, spec.part, lang)


def _pattern(needle: str, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(re.escape(needle), 0 if case_sensitive else re.IGNORECASE)


def replace_all_operation(release: Release, needle: str, replacement: str,
                          langs: tuple[str, ...], case_sensitive: bool
                          ) -> tuple[Composite | None, int]:
    """Every replacement as one operation, and how many occurrences it replaces."""
    from mfa_desk.model.operations import _bitext

    if not needle:
        return None, 0
    pattern = _pattern(needle, case_sensitive)
    ops: list[SetText] = []
    count = 0
    for slot in text_slots(release, langs):
        old = _bitext(release, slot.item_id, slot.part).get(slot.lang)  # type: ignore[arg-type]
        new, n = pattern.subn(lambda _m: replacement, old)
        if n:
            count += n
            ops.append(SetText(slot.item_id, slot.lang, new, slot.part))  # type: ignore[arg-type]
    if not ops:
        return None, 0
    return Composite(list(ops), "Replace all"), count


class FindReplaceBar(QWidget):
    """A bar below the grid: find, replace, language filter."""

    message = Signal(str)

    def __init__(self, grid: SegmentGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Search in"))
        self.language.addItem(self.tr("Both languages"), ("ko", "en"))
        self.language.addItem(self.tr("Korean only"), ("ko",))
        self.language.addItem(self.tr("English only"), ("en",))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.status = QLabel(self)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close find bar"))
        close.clicked.connect(self.close_bar)
        for w in (self.find_edit, self.replace_edit, self.language, self.case,
                  self.previous_button, self.next_button, self.replace_button,
                  self.replace_all_button, self.status, close):
            layout.addWidget(w)
        layout.setStretch(0, 2)
        layout.setStretch(1, 2)
        # The text fields keep a usable width however narrow the window gets.
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.find_edit.returnPressed.connect(lambda: self.find(1))
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(lambda: self.find(1))
        self.previous_button.clicked.connect(lambda: self.find(-1))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)

    def open_bar(self, with_replace: bool) -> None:
        self.replace_edit.setVisible(with_replace)
        self.replace_button.setVisible(with_replace)
        self.replace_all_button.setVisible(with_replace)
        self.show()
        cell = self.grid.current_cell()
        if cell is not None and cell.textCursor().hasSelection():
            self.find_edit.setText(cell.textCursor().selectedText())
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        cell = self.grid.current_cell()
        if cell is not None:
            cell.setFocus()

    def _langs(self) -> tuple[str, ...]:
        return tuple(self.language.currentData())

    # ------------------------------------------------------------ searching
    def find(self, step: int) -> bool:
        """Select the next (step 1) or previous (-1) match after the cursor; wraps around."""
        needle = self.find_edit.text()
        if not needle:
            return False
        pattern = _pattern(needle, self.case.isChecked())
        release = self.grid.document.release
        slots = list(text_slots(release, self._langs()))
        if not slots:
            return False
        cur = self.grid.current()
        cell = self.grid.current_cell()
        start_index, offset = 0, (0 if step > 0 else 10**9)
        if cur is not None:
            here = Slot(cur[0][0], cur[0][1], cur[1])
            if here in slots and cell is not None:
                start_index = slots.index(here)
                c = cell.textCursor()
                if step > 0:
                    offset = c.selectionEnd() if c.hasSelection() else c.position()
                else:
                    offset = c.selectionStart() if c.hasSelection() else c.position()
        n = len(slots)
        for i in range(n + 1):
            slot = slots[(start_index + step * i) % n]
            text = self.grid.document.text_of(slot.item_id, slot.part, slot.lang)  # type: ignore[arg-type]
            matches = list(pattern.finditer(text))
            if i == 0:
                matches = [m for m in matches if (m.start() >= offset if step > 0
                                                  else m.start() < offset)]
            if matches:
                m = matches[0] if step > 0 else matches[-1]
                self._select(slot, m.start(), m.end())
                self.status.setText("")
                return True
        self.status.setText(self.tr("Not found"))
        return False

    def _select(self, slot: Slot, start: int, end: int) -> None:
        self.grid.focus_cell(slot.key, slot.lang, start)
        cell = self.grid.cell(slot.key, slot.lang)
        cursor = cell.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cell.setTextCursor(cursor)
        # Keep typing in the find field: the match is shown selected in its cell.
        if self.isVisible():
            self.find_edit.setFocus()

    def replace_one(self) -> None:
        cell = self.grid.current_cell()
        needle = self.find_edit.text()
        if cell is not None and needle and cell.textCursor().hasSelection():
            selected = cell.textCursor().selectedText()
            same = (selected == needle if self.case.isChecked()
                    else selected.lower() == needle.lower())
            if same and cell.lang in self._langs():
                cell.textCursor().insertText(self.replace_edit.text())
        self.find(1)

    def replace_all(self) -> int:
        op, count = replace_all_operation(self.grid.document.release, self.find_edit.text(),
                                          self.replace_edit.text(), self._langs(),
                                          self.case.isChecked())
        if op is not None:
            self.grid.document.push(op, self.tr("Replace all"))
        text = self.tr("%n replacement(s)", "", count)
        self.status.setText(text)
        self.message.emit(text)
        return count
