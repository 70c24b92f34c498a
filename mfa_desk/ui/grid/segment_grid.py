"""The segment grid: every row of the release, Korean left and English right.

A virtual column: widgets exist only for the rows in and near the view (built as they
scroll in, released far out of it; the cursor's row is kept); the other rows are placed
by estimated height (segment_placement.py), so opening, typing and memory do not grow
with the release. Rows are keyed by (item id, part) and reused across structure changes.
`set_segment_filter(predicate)` hides the rows whose item id the predicate refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QMenu, QScrollArea, QTextEdit, QWidget

from mfa_desk.constants import Lang
from mfa_desk.model.release import Attachment, Segment
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.grid.row_heights import RowHeights
from mfa_desk.ui.grid.segment_cell import SegmentCell
from mfa_desk.ui.grid.segment_navigation import GridNavigation
from mfa_desk.ui.grid.segment_placement import Placement
from mfa_desk.ui.grid.segment_row import RowSpec, SegmentRow, StatusButton, line_widths
from mfa_desk.ui.grid.segment_specs import RowItems, row_specs

__all__ = ["SegmentGrid", "row_specs"]

PAINT_FALLBACK_MS = 300
SIDE_MARGIN = 8
# Rows are built from one screen above to two below the visible area, and released
# beyond four screens: scrolling by a page builds about a page of rows, never all.
BUILD_ABOVE, BUILD_BELOW, KEEP_SCREENS = 1.0, 2.0, 4.0


class SegmentGrid(GridNavigation, QScrollArea):
    currentChanged = Signal()
    indentRequested = Signal(int)
    pasteReleaseRequested = Signal(object, str)  # the cell, the text
    shortcutPressed = Signal(object)
    cellCreated = Signal(object)  # a new SegmentCell (spelling attaches its highlighter)
    viewChanged = Signal()  # panes swapped, shown or hidden
    firstPainted = Signal()  # the first screenful is on screen (or the fallback fired)

    def __init__(self, document: ReleaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, not QScrollArea's from C++: the first viewport() call on that
        # one makes PySide search the QWidget subclasses for its Python type (10-20 ms).
        viewport = QWidget(self)
        viewport.setObjectName("gridViewport")
        viewport.setAutoFillBackground(True)  # as QScrollArea's own
        viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
        self.setViewport(viewport)
        self.document = document
        self.rows: dict[tuple[str, str], SegmentRow] = {}  # the rows built now
        self.order: list[tuple[str, str]] = []
        self._specs: list[RowSpec] = []
        self._index: dict[tuple[str, str], int] = {}
        self._heights = RowHeights()
        self._shown = False  # rows are placed once the grid is shown, at its real width
        self._hidden: set[tuple[str, str]] = set()
        self._filter: Callable[[str], bool] | None = None
        self._placement = Placement()
        self._current: tuple[tuple[str, str], Lang] | None = None
        self._swapped = False
        # The window's context menu for a cell (set before rows are built; None: Qt's).
        self.cell_menu_builder: Callable[[SegmentCell], QMenu] | None = None
        self._visible: dict[Lang, bool] = {"ko": True, "en": True}
        self._families = {"ko": "", "en": ""}
        self._placing = False
        self._follow_cursor = False
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Segments"))
        self.body = QWidget(self)
        self.body.setObjectName("gridBody")
        self.setWidget(self.body)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.relayout)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._update_built())
        self._painted = False
        self.body.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self, self._first_paint_done)  # dies with the grid
        document.textChanged.connect(self._on_text_changed)
        document.statusChanged.connect(self._on_status_changed)
        document.reviewItemsChanged.connect(self._on_status_changed)
        document.structureChanged.connect(self.rebuild)
        self.rebuild()

    # ------------------------------------------------------------ placing rows
    def rebuild(self) -> None:
        """Make the rows match the release, reusing the rows already built."""
        release = self.document.release
        self._items = RowItems.of(release)
        self._specs = row_specs(release)
        self.order = [s.key for s in self._specs]
        self._index = {key: i for i, key in enumerate(self.order)}
        for key in [k for k in self.rows if k not in self._index]:
            self._release_row(key)
        for spec in self._specs:
            row = self.rows.get(spec.key)
            if row is not None and row.spec != spec:
                row.apply_spec(spec)
        self._heights.forget_measured(keep=self._index)
        self._heights.rows_changed()
        self._apply_filter()
        self.relayout()

    def set_segment_filter(self, predicate: Callable[[str], bool] | None) -> None:
        """Show only the rows whose item id passes `predicate` (None: every row), as the
        review window's filters ask; navigation skips the hidden rows."""
        self._filter = predicate
        self._apply_filter()
        self.relayout()

    def _apply_filter(self) -> None:
        predicate = self._filter
        self._heights.rows_changed()
        self._hidden = set() if predicate is None else {
            spec.key for spec in self._specs if not predicate(spec.item_id)}
        for key in self._hidden & set(self.rows):
            self.rows[key].hide()

    def is_shown(self, key: tuple[str, str]) -> bool:
        return key in self._index and key not in self._hidden

    def _line_widths(self) -> dict[Lang, int]:
        width = self.viewport().width() if self.isVisible() else self.window().width() - 20
        shown = [lang for lang, on in self._visible.items() if on]
        bold = QFont(self.body.font())  # the status button's: bold, the grid's size
        bold.setWeight(QFont.Weight.DemiBold)
        widths = line_widths(width - 2 * SIDE_MARGIN, shown, StatusButton.label_width(bold))
        # In steps of 24 px, down: a scroll bar coming or going keeps the cached estimates.
        return {lang: max(80, line // 24 * 24) for lang, line in widths.items()}

    def relayout(self) -> None:
        """Place every row and build those in view, once the grid has been shown."""
        if self._shown:
            self._place()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown:
            # The first placing, at the rows' width (before, with a guess, rows measured 3 times)
            self._shown = True
            self._place()

    def _place(self) -> None:
        if self._placing:
            self._relayout_timer.start()
            return
        self._placing = True
        try:
            for _round in range(4):  # built rows measured: placed again (rarely needed)
                anchor = self._anchor()
                self._placement = Placement.of(self._heights.heights(
                    self._specs, self._hidden, self.body.font(), self._line_widths(),
                    tuple(lg for lg, on in self._visible.items() if on), self._items.bitext))
                width = max(self.viewport().width(), 200)
                self.body.resize(width, self._placement.total)
                for key, row in self.rows.items():
                    self._put(key, row)
                if anchor is not None:
                    # Rows above measured taller or shorter than estimated: the row the
                    # user looks at stays where it was on the screen.
                    key, offset = anchor
                    if key in self._index:
                        self.verticalScrollBar().setValue(
                            self._placement.tops[self._index[key]] - offset)
                if not self._build_in_view():
                    break
        finally:
            self._placing = False
        if self._follow_cursor:
            self._follow_cursor = False
            cell = self.current_cell()
            if cell is not None and cell.hasFocus():
                rect = cell.cursorRect()
                point = cell.viewport().mapTo(self.body, rect.center())
                self.ensureVisible(point.x(), point.y(), 0, rect.height() + 12)

    def _anchor(self) -> tuple[tuple[str, str], int] | None:  # the row kept in place, its offset
        if not self._placement.tops or not self.isVisible():
            return None
        top = self.verticalScrollBar().value()
        current = self._current[0] if self._current else None
        found = self._placement.anchor(top, top + self.viewport().height(),
                                       self._index.get(current) if current in self.rows
                                       else None)
        return (self.order[found[0]], found[1]) if found else None

    def _put(self, key: tuple[str, str], row: SegmentRow) -> None:
        index = self._index[key]
        height = self._placement.heights[index]
        if height <= 0:
            row.hide()
            return
        row.setGeometry(SIDE_MARGIN, self._placement.tops[index],
                        self.body.width() - 2 * SIDE_MARGIN, height)
        if row.isHidden():
            row.show()

    def _view_range(self, above: float, below: float) -> range:
        top = self.verticalScrollBar().value()
        # Before the window is shown: its height less menus, details and status bar.
        screen = max(self.viewport().height(), 200) if self.isVisible() else \
            self.window().height() * 3 // 4
        # The view is [top, top + screen): a row starting at its bottom edge is not in it.
        return self._placement.rows_between(int(top - above * screen),
                                            int(top + screen + below * screen) - 1)

    def _build_in_view(self) -> bool:
        """Build the rows in and near the view; True if a new row's measured height
        differs from its estimate (the rows must be placed again)."""
        moved = False
        # Before the first paint only the rows on screen: every row built then delays
        # the window; the margin above and below follows right after it.
        above, below = (BUILD_ABOVE, BUILD_BELOW) if self._painted else (0.0, 0.0)
        for index in self._view_range(above, below):
            spec = self._specs[index]
            if spec.key not in self.rows and spec.key not in self._hidden:
                self._put(spec.key, self._create_row(spec))
        # New rows, and built rows after a change of width, font or panes, measured; a
        # row whose cells have not had their width yet keeps its estimate (it would
        # measure one line, and the rows below would be built for nothing) and reports
        # its height when laid out (heightChanged).
        for key, row in self.rows.items():
            if key not in self._heights.measured and key not in self._hidden and \
                    row.laid_out():
                row.update_height()
                self._heights.measured[key] = self._row_height(row)
                moved = moved or self._heights.measured[key] != self._placement.heights[
                    self._index[key]]
        return moved

    def _row_height(self, row: SegmentRow) -> int:
        return max(row.needed_height(), row.minimumSizeHint().height())

    def _row_resized(self, key: tuple[str, str]) -> None:
        row = self.rows.get(key)
        if row is not None:
            height = self._row_height(row)
            if self._heights.measured.get(key) != height:
                self._heights.measured[key] = height
                self._relayout_timer.start()
                if self._current is not None and self._current[0] == key:
                    self._follow_cursor = True  # typing wrapped a line: keep it in view

    def _update_built(self) -> None:
        """After scrolling: build what came into view, release what is far out of it."""
        if self._placing:
            return
        keep = self._view_range(KEEP_SCREENS, KEEP_SCREENS)
        current = self._current[0] if self._current else None
        for key in list(self.rows):
            if self._index[key] not in keep and key != current:
                self._release_row(key)
        self.relayout()

    def _release_row(self, key: tuple[str, str]) -> None:
        row = self.rows.pop(key)
        row.hide()
        row.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Rows wrap differently: built ones measure again, estimates are redone.
            self._heights.forget_measured()
        self.relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body:
            if event.type() == QEvent.Type.Paint and not self._painted:
                QTimer.singleShot(0, self, self._first_paint_done)
            elif event.type() == QEvent.Type.FontChange:  # zoom: every height changes
                self._heights.forget_measured()
                self._relayout_timer.start()
        # QScrollArea's own filter keeps the scroll bars' range in step with the body.
        return super().eventFilter(watched, event)

    def _first_paint_done(self) -> None:
        if self._painted:
            return
        self._painted = True
        self.firstPainted.emit()
        self._relayout_timer.start()  # now the rows near the view

    def ensure_built(self) -> None:
        """Place every row and build those in view now (before a jump or a test looks)."""
        self._relayout_timer.stop()
        self._place()

    def build_row(self, key: tuple[str, str]) -> SegmentRow | None:
        """The row of `key`, built if it is not (placed where it belongs)."""
        row = self.rows.get(key)
        if row is None and key in self._index and key not in self._hidden:
            if len(self._placement.heights) != len(self._specs):
                self._place()  # a grid never shown, or changed since: place the rows first
            row = self.rows.get(key) or self._create_row(self._specs[self._index[key]])
            self._put(key, row)
            row.update_height()
            self._heights.measured[key] = self._row_height(row)
            self._relayout_timer.start()
        return row

    def _create_row(self, spec: RowSpec) -> SegmentRow:
        row = SegmentRow(spec, self.body, self)
        self.rows[spec.key] = row
        row.heightChanged.connect(lambda k=spec.key: self._row_resized(k))
        if self._current is not None and self._current[0] == spec.key:
            row.set_current(True)
        doc = self.document
        bitext = self._items.bitext(spec)
        for lang, cell in row.cells.items():
            cell.set_text(bitext.get(lang))
            cell.menu_builder = self._cell_menu
            cell.setReadOnly(doc.read_only)
            self.cellCreated.emit(cell)
        if spec.has_status:
            self._refresh_status(row)
            if row.status_button is not None:
                row.status_button.statusChosen.connect(
                    lambda status, sid=spec.item_id: doc.set_status(sid, status))
        if spec.kind == "photo" and isinstance(att := self._items.get(spec.item_id), Attachment):
            row.set_photo(att.photo)
        if any(self._families.values()):
            row.set_families(self._families)
        if self._swapped:
            row.set_order(True)
        for lang in [lg for lg, visible in self._visible.items() if not visible]:
            row.show_language(lang, False)
        return row

    def _cell_menu(self, cell: SegmentCell) -> QMenu:
        if self.cell_menu_builder is None:
            return QTextEdit.createStandardContextMenu(cell)
        return self.cell_menu_builder(cell)

    # ------------------------------------------------------------ model -> view
    def _on_text_changed(self, item_id: str, part: str, lang: Lang, cursor: int) -> None:
        row = self.rows.get((item_id, part))
        if row is None:
            self._heights.text_changed((item_id, part))  # its length changed
            if cursor >= 0:  # an undo or redo out of view: show it, cursor in place
                self.focus_cell((item_id, part), lang, cursor)
            return  # otherwise it reads the model when it is built
        if cursor != -2:
            row.cells[lang].set_text(self.document.text_of(item_id, part, lang),
                                     cursor)
            if cursor >= 0:
                row.cells[lang].setFocus()
        self._refresh_status(row)

    def _on_status_changed(self, segment_id: str) -> None:
        row = self.rows.get((segment_id, "text"))
        if row is not None:
            self._refresh_status(row)
        if self._filter is not None:  # a status filter may now show or hide the row
            self._apply_filter()
            self._relayout_timer.start()

    def _refresh_status(self, row: SegmentRow) -> None:
        if not row.spec.has_status:
            return
        seg = self._items.get(row.spec.item_id)
        if isinstance(seg, Segment):
            row.set_status(seg.display_status())
            row.show_comments(seg.comments)

    # ------------------------------------------------------------ view -> model
    # What the rows' cells report (segment_cell.CellReports, through their row).
    def _key_of(self, cell: SegmentCell) -> tuple[str, str]:
        row = cell.parentWidget()
        assert isinstance(row, SegmentRow)  # the grid's cells are made by its rows
        return row.spec.key

    def cell_edited(self, cell: SegmentCell, text: str, cursor: int, before: int) -> None:
        key = self._key_of(cell)
        self.document.type_text(key[0], key[1], cell.lang, text, cursor, before)

    def cell_focused(self, cell: SegmentCell) -> None:
        key, lang = self._key_of(cell), cell.lang
        before = self._current[0] if self._current else None
        self._current = (key, lang)
        row = self.rows.get(key)
        if before != key:
            if before in self.rows:
                self.rows[before].set_current(False)
            if row is not None:
                row.set_current(True)
        if row is not None:
            self.ensureWidgetVisible(row.cells[lang], 0, 40)
        self.currentChanged.emit()

    def cell_leave(self, cell: SegmentCell, step: int) -> None:
        self.focus_neighbour(self._key_of(cell), cell.lang, step)

    def cell_indent(self, cell: SegmentCell, step: int) -> None:
        self.indentRequested.emit(step)

    def cell_shortcut(self, cell: SegmentCell, keys: QKeySequence) -> None:
        self.shortcutPressed.emit(keys)

    def cell_paste_release(self, cell: SegmentCell, text: str) -> None:
        self.pasteReleaseRequested.emit(cell, text)

    # ------------------------------------------------------------ navigation
    def current(self) -> tuple[tuple[str, str], Lang] | None:
        if self._current is not None and self._current[0] not in self.rows:
            self._current = None
        return self._current

    def current_item_id(self) -> str | None:
        cur = self.current()
        return cur[0][0] if cur else None

    def current_cell(self) -> SegmentCell | None:
        cur = self.current()
        return self.rows[cur[0]].cells[cur[1]] if cur else None

    def cell(self, key: tuple[str, str], lang: Lang) -> SegmentCell:
        """The cell of a row, building the row if it is not (KeyError if no such row)."""
        row = self.build_row(key)
        if row is None:
            raise KeyError(key)
        return row.cells[lang]

    def built_cells(self) -> Iterator[SegmentCell]:
        """Cells that exist now (rows out of view are left out)."""
        for row in self.rows.values():
            yield from row.cells.values()

    def iter_rows(self) -> Iterator[SegmentRow]:
        """Every shown row, each built as it is reached (costly on a long release)."""
        for key in self.order:
            row = self.build_row(key)
            if row is not None:
                yield row

    def focus_cell(self, key: tuple[str, str], lang: Lang, position: int = 0) -> None:
        if key in self._hidden:
            return
        row = self.build_row(key)
        if row is None:
            return
        self.ensure_built()  # placed where it belongs before scrolling to it
        if not self._visible[lang]:
            lang = "en" if lang == "ko" else "ko"
        cell = row.cells[lang]
        cursor = cell.textCursor()
        cursor.setPosition(max(0, min(position, len(cell.toPlainText()))))
        cell.setTextCursor(cursor)
        cell.setFocus()
        self.cell_focused(cell)

    # ------------------------------------------------------------ view options
    def set_swapped(self, swapped: bool) -> None:
        self._swapped = swapped
        for row in self.rows.values():
            row.set_order(swapped)
        self.viewChanged.emit()

    def set_families(self, families: dict[str, str]) -> None:
        """Font family per language ("" = the default)."""
        self._families = dict(families)
        for row in self.rows.values():
            row.set_families(self._families)
        self._heights.forget_measured()
        self._relayout_timer.start()

    def set_language_visible(self, lang: Lang, visible: bool) -> None:
        self._visible[lang] = visible
        self._heights.forget_measured()  # first: the rows report their new heights below
        for row in self.rows.values():
            row.show_language(lang, visible)
        self.relayout()
        self._relayout_timer.start()  # again once the rows are laid out at their new width
        self.viewChanged.emit()

    def is_swapped(self) -> bool:
        return self._swapped

    def language_visible(self, lang: Lang) -> bool:
        return self._visible[lang]

    def set_read_only(self, read_only: bool) -> None:
        for cell in self.built_cells():
            cell.setReadOnly(read_only)
