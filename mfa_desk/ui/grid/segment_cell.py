"""One editable text cell: the Korean or English text of one row.

A plain-text QTextEdit that grows with its text (no scroll bar of its own),
pastes rich text as plain text, leaves undo to the document's QUndoStack and
passes structure keys (new point, indent, move) up to the window's actions.
Input-method composition (Korean preedit) is left entirely to QTextEdit.

A cell tells its `owner` (its row, a `CellOwner`; the row tells the grid) what happened
by calling it: the grid builds a dozen rows before the window's first paint, and seven
signals a cell, each connected to a lambda per cell, cost ~2 ms of it (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QMimeData, QPoint, QSizeF, Qt, Slot
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QWidget

from mfa_desk.constants import Lang

DOCUMENT_MARGIN = 3  # pixels around the text, inside the cell

# Keys the window's actions own even while a cell has focus.
_WINDOW_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.ZoomIn,
    QKeySequence.StandardKey.ZoomOut,
)
_WINDOW_COMBOS = {
    (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier),
    # Go > Headline / Last Segment: QTextEdit would move within the cell instead.
    (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
    # Redo's usual second key (StandardKey.Redo is only Ctrl+Shift+Z on Linux).
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
}


class CellHighlighter(Protocol):
    """What the window asks of a cell's spelling highlighter (ui.spelling's
    SpellHighlighter), without the cell depending on spelling."""

    def set_active(self, active: bool) -> None: ...


class CellReports(Protocol):
    """What the user did in a cell, for the grid (through the cell's row)."""

    def cell_edited(self, cell: SegmentCell, text: str, cursor: int, before: int) -> None:
        """The text changed by typing or pasting: the text, the cursor now and before."""

    def cell_focused(self, cell: SegmentCell) -> None: ...

    def cell_leave(self, cell: SegmentCell, step: int) -> None:
        """Up at the first line (-1) or Down at the last (+1): the row above or below."""

    def cell_indent(self, cell: SegmentCell, step: int) -> None:
        """Tab (+1) or Shift+Tab (-1) at the start of the cell."""

    def cell_shortcut(self, cell: SegmentCell, keys: QKeySequence) -> None:
        """A key the window's actions own, claimed by the text edit first."""

    def cell_paste_release(self, cell: SegmentCell, text: str) -> None:
        """A whole release pasted into the cell (the window imports it)."""



class CellOwner(CellReports, Protocol):
    """Who a cell reports to: its row, which also sets the cells' height."""

    def cell_height_needed(self, cell: SegmentCell) -> None:
        """The text's height changed: the row sets both cells' height."""


class SegmentCell(QTextEdit):
    """The text of one language of one row."""

    def __init__(self, lang: Lang, parent: QWidget | None = None,
                 owner: CellOwner | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.owner = owner  # told of edits, focus and keys (None: a cell on its own)
        self._loading = False
        self._last_text = ""
        self._last_cursor = 0
        self.spell_highlighter: CellHighlighter | None = None  # set when spelling attaches
        # Set by the grid: builds this cell's context menu (None: QTextEdit's own).
        self.menu_builder: Callable[[SegmentCell], QMenu] | None = None
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        # Tab reaches keyPressEvent (indent at the start of a cell, else next cell): Qt's
        # default, tabChangesFocus off. The row sets the geometry: no size policy either.
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        document = self.document()
        document.setDocumentMargin(DOCUMENT_MARGIN)
        # Slots, not lambdas: a connection to a declared slot is made in a third the time.
        self.textChanged.connect(self._on_text_changed)
        self.cursorPositionChanged.connect(self._remember_cursor)
        document.documentLayout().documentSizeChanged.connect(self._size_changed)

    # ------------------------------------------------------------ content
    def set_text(self, text: str, cursor: int = -1) -> None:
        """Show `text` without reporting it as an edit."""
        if text == self.toPlainText():
            if cursor >= 0:
                self._place_cursor(cursor)
            return
        self._loading = True
        try:
            self.setPlainText(text)
            self._last_text = text
        finally:
            self._loading = False
        if cursor >= 0:
            self._place_cursor(cursor)

    def _place_cursor(self, position: int) -> None:
        c = self.textCursor()
        c.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(c)

    def needed_height(self) -> int:
        margins = self.contentsMargins()
        return int(self.document().size().height()) + margins.top() + margins.bottom() + 2

    @Slot(QSizeF)
    def _size_changed(self, _size: QSizeF) -> None:
        if self.owner is not None:
            self.owner.cell_height_needed(self)

    @Slot()
    def _on_text_changed(self) -> None:
        if self._loading:
            return
        text = self.toPlainText()
        if text == self._last_text:
            return  # format-only change (e.g. a spelling highlighter)
        self._last_text = text
        before = self._last_cursor
        self._last_cursor = self.textCursor().position()
        if self.owner is not None:
            self.owner.cell_edited(self, text, self._last_cursor, before)

    @Slot()
    def _remember_cursor(self) -> None:
        if not self._loading and self.toPlainText() == self._last_text:
            self._last_cursor = self.textCursor().position()

    # ------------------------------------------------------------ keys
    def keyPressEvent(self, e: QKeyEvent) -> None:
        # No event() override: it would run in Python for every event of hundreds of
        # cells. Keys QTextEdit claimed as shortcut overrides arrive here instead of
        # at the window's actions; hand them on.
        key = e.key()
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if any(e.matches(k) for k in _WINDOW_KEYS) or (Qt.Key(key), mods) in _WINDOW_COMBOS:
            if self.owner is not None:
                self.owner.cell_shortcut(self, QKeySequence(e.keyCombination()))
            return
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods & ~(
                Qt.KeyboardModifier.ShiftModifier) == Qt.KeyboardModifier.NoModifier:
            backwards = key == Qt.Key.Key_Backtab
            if cursor.position() == 0 and not cursor.hasSelection():
                if self.owner is not None:
                    self.owner.cell_indent(self, -1 if backwards else 1)
            else:
                # Tab never inserts a tab character: it moves on, as in a form.
                QWidget.focusNextPrevChild(self, not backwards)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            probe = QTextCursor(cursor)
            move = (QTextCursor.MoveOperation.Up if key == Qt.Key.Key_Up
                    else QTextCursor.MoveOperation.Down)
            # movePosition on a copy tells whether the cursor can stay in this cell.
            if mods == Qt.KeyboardModifier.NoModifier and not self._can_move(probe, move):
                if self.owner is not None:
                    self.owner.cell_leave(self, -1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(e)

    def _can_move(self, probe: QTextCursor, move: QTextCursor.MoveOperation) -> bool:
        layout_ok = probe.movePosition(move)
        if layout_ok:
            return True
        # QTextCursor cannot move Up/Down across wrapped lines without a layout
        # from the widget; compare the cursor rectangle with the document edges.
        rect = self.cursorRect()
        if move == QTextCursor.MoveOperation.Up:
            return rect.top() > self.fontMetrics().height()
        return rect.bottom() < self.document().size().height() - self.fontMetrics().height()

    def createStandardContextMenu(self, position: QPoint | None = None) -> QMenu:  # noqa: N802
        """The window's menu for this cell (edit and segment actions), not QTextEdit's:
        its Undo works on the cell's own, disabled, undo stack. The spelling menu
        calls this too and puts its suggestions on top."""
        if not self.hasFocus():
            self.setFocus(Qt.FocusReason.PopupFocusReason)
        builder = self.menu_builder
        if builder is None:
            return super().createStandardContextMenu() if position is None else \
                super().createStandardContextMenu(position)
        return builder(self)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(e.pos())
        menu.exec(e.globalPos())
        menu.deleteLater()

    def focusInEvent(self, e: QFocusEvent) -> None:
        super().focusInEvent(e)
        if self.owner is not None:
            self.owner.cell_focused(self)

    # ------------------------------------------------------------ paste
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        # Files dropped on a cell are for the window (open / add photo).
        if source.hasUrls() and any(u.isLocalFile() for u in source.urls()):
            return False
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            return
        from mfa_desk.formats.plaintext.text_page import looks_like_release  # at paste time

        text = source.text().replace("\r\n", "\n").replace("\r", "\n")
        if looks_like_release(text):
            if self.owner is not None:
                self.owner.cell_paste_release(self, text)
            return
        # Rich text from Word or a web page arrives as plain text only.
        self.textCursor().insertText(text)
