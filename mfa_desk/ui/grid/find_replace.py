"""Find and replace across both panes, with a language filter, whole-word and
regular-expression options, every match marked in the cells and counted.

The search itself (`text_slots`, `search_pattern`, `replace_all_operation`) is plain
Python over the release; the bar only drives the grid's cells. Replace all is
one Composite operation, hence one undo step. The bar sits above the grid, under
the release details, so opening it never moves the docks or the rows' panes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from mfa_desk.model.operations import Composite, SetText
from mfa_desk.model.release import Release
from mfa_desk.ui.grid.segment_cell import SegmentCell
from mfa_desk.ui.grid.segment_grid import SegmentGrid, row_specs


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


def search_pattern(needle: str, case_sensitive: bool, whole_word: bool = False,
                   regex: bool = False) -> re.Pattern[str]:
    """The pattern for the find field; raises re.error for a bad regular expression.
    Whole words: no letter or digit (Hangul included) right before or after."""
    body = needle if regex else re.escape(needle)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    pattern = re.compile(body, 0 if case_sensitive else re.IGNORECASE)
    if pattern.search("") is not None:
        # "a*" would match between every two characters: nothing a user means.
        raise re.error("the expression matches empty text")
    return pattern


def replace_all_operation(release: Release, needle: str, replacement: str,
                          langs: tuple[str, ...], case_sensitive: bool,
                          whole_word: bool = False, regex: bool = False
                          ) -> tuple[Composite | None, int]:
    """Every replacement as one operation, and how many occurrences it replaces. With
    `regex`, the replacement may name groups (\\1, \\g<name>)."""
    from mfa_desk.model.operations import _bitext

    if not needle:
        return None, 0
    pattern = search_pattern(needle, case_sensitive, whole_word, regex)
    ops: list[SetText] = []
    count = 0
    for slot in text_slots(release, langs):
        old = _bitext(release, slot.item_id, slot.part).get(slot.lang)  # type: ignore[arg-type]
        new, n = pattern.subn((lambda m: m.expand(replacement)) if regex
                              else (lambda _m: replacement), old)
        if n:
            count += n
            ops.append(SetText(slot.item_id, slot.lang, new, slot.part))  # type: ignore[arg-type]
    if not ops:
        return None, 0
    return Composite(list(ops), "Replace all"), count


MATCH_COLOUR = QColor(255, 213, 79, 150)  # amber, readable on light and dark bases
HIGHLIGHT_DELAY_MS = 120  # after the last keystroke in the find field or a cell


class FindReplaceBar(QWidget):
    """A bar above the grid: find, replace, language filter and options."""

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
        self.whole_word = QCheckBox(self.tr("Whole words"), self)
        self.regex = QCheckBox(self.tr("Regular expression"), self)
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
                  self.whole_word, self.regex, self.previous_button, self.next_button,
                  self.replace_button, self.replace_all_button, self.status, close):
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
        self.total = 0
        self._marked: set[SegmentCell] = set()
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.setInterval(HIGHLIGHT_DELAY_MS)
        self._mark_timer.timeout.connect(self.mark_matches)
        self.find_edit.textChanged.connect(self._mark_timer.start)
        for box in (self.case, self.whole_word, self.regex):
            box.toggled.connect(self._mark_timer.start)
        self.language.currentIndexChanged.connect(self._mark_timer.start)
        grid.document.textChanged.connect(lambda *_a: self._mark_timer.start()
                                          if self.isVisible() else None)
        grid.document.structureChanged.connect(lambda: self._mark_timer.start()
                                               if self.isVisible() else None)
        # Rows are built as they scroll into view: mark theirs too.
        grid.cellCreated.connect(lambda _cell: self._mark_timer.start()
                                 if self.isVisible() and self.find_edit.text() else None)

    def _pattern(self) -> re.Pattern[str] | None:
        """The current search, or None (nothing typed, or a bad expression: said)."""
        needle = self.find_edit.text()
        if not needle:
            return None
        try:
            return search_pattern(needle, self.case.isChecked(), self.whole_word.isChecked(),
                                  self.regex.isChecked())
        except re.error as exc:
            self.status.setText(self.tr("Invalid expression: %1").replace("%1", str(exc)))
            return None

    def mark_matches(self) -> int:
        """Mark every match in the cells and show how many there are in the release."""
        pattern = self._pattern() if self.isVisible() else None
        for cell in self._marked:
            if shiboken6.isValid(cell):  # a deleted row's cell is gone with it
                cell.setExtraSelections([])
        self._marked = set()
        if pattern is None:
            self.total = 0
            if not self.find_edit.text() or not self.isVisible():
                self.status.setText("")
            return 0
        fmt = QTextCharFormat()
        fmt.setBackground(MATCH_COLOUR)
        total = 0
        document = self.grid.document
        for slot in text_slots(document.release, self._langs()):
            text = document.text_of(slot.item_id, slot.part, slot.lang)  # type: ignore[arg-type]
            spans = [m.span() for m in pattern.finditer(text)]
            if not spans:
                continue
            total += len(spans)
            row = self.grid.rows.get(slot.key)
            if row is None:
                continue  # not built yet: counted, marked when the bar is used again
            cell = row.cells[slot.lang]
            selections = []
            for start, end in spans:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(cell.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor  # type: ignore[attr-defined]
                selection.format = fmt  # type: ignore[attr-defined]
                selections.append(selection)
            cell.setExtraSelections(selections)
            self._marked.add(cell)
        self.total = total
        self.status.setText(self.tr("%n match(es)", "", total) if total
                            else self.tr("Not found"))
        return total

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
        self.mark_matches()

    def close_bar(self) -> None:
        self.hide()
        self.mark_matches()  # hidden: clears the marks
        cell = self.grid.current_cell()
        if cell is not None:
            cell.setFocus()

    def _langs(self) -> tuple[str, ...]:
        return tuple(self.language.currentData())

    # ------------------------------------------------------------ searching
    def find(self, step: int) -> bool:
        """Select the next (step 1) or previous (-1) match after the cursor; wraps around."""
        if self._mark_timer.isActive():  # typed just now: mark first, then say "n of m"
            self._mark_timer.stop()
            self.mark_matches()
        pattern = self._pattern()
        if pattern is None:
            return False
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
                self._show_position(slots, slot, m.start(), pattern)
                return True
        self.status.setText(self.tr("Not found"))
        return False

    def _show_position(self, slots: list[Slot], here: Slot, start: int,
                       pattern: re.Pattern[str]) -> None:
        """"3 of 12": which match is selected, among all in the release."""
        before, total = 0, 0
        for slot in slots:
            text = self.grid.document.text_of(slot.item_id, slot.part, slot.lang)  # type: ignore[arg-type]
            starts = [m.start() for m in pattern.finditer(text)]
            if slot == here:
                before = total + sum(1 for s in starts if s < start)
            total += len(starts)
        self.status.setText(self.tr("%1 of %2").replace("%1", str(before + 1))
                            .replace("%2", str(total)))

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
        pattern = self._pattern()
        if cell is not None and pattern is not None and cell.textCursor().hasSelection():
            selected = cell.textCursor().selectedText()
            found = pattern.fullmatch(selected)
            if found is not None and cell.lang in self._langs():
                replacement = self.replace_edit.text()
                try:
                    text = found.expand(replacement) if self.regex.isChecked() else replacement
                except (re.error, IndexError) as exc:
                    self.status.setText(self.tr("Invalid expression: %1")
                                        .replace("%1", str(exc)))
                    return
                cell.textCursor().insertText(text)
        self.find(1)

    def replace_all(self) -> int:
        if self._pattern() is None:
            return 0
        try:
            op, count = replace_all_operation(
                self.grid.document.release, self.find_edit.text(), self.replace_edit.text(),
                self._langs(), self.case.isChecked(), self.whole_word.isChecked(),
                self.regex.isChecked())
        except (re.error, IndexError) as exc:
            self.status.setText(self.tr("Invalid expression: %1").replace("%1", str(exc)))
            return 0
        if op is not None:
            self.grid.document.push(op, self.tr("Replace all"))
        text = self.tr("%n replacement(s)", "", count)
        self.status.setText(text)
        self.message.emit(text)
        return count
