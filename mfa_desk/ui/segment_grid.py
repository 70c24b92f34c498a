"""The segment grid: every row of the release, Korean left and English right.

Rows are keyed by (item id, part) and reused across structure changes, so an
indent or a move only re-orders widgets and renumbers markers. Opening a long
release builds the first screenful at once and the rest in small batches from
the event loop, so the window paints without waiting for every row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.constants import Lang
from mfa_desk.model import markers
from mfa_desk.model.release import Attachment, BiText, Release, Segment
from mfa_desk.ui.release_document import ReleaseDocument
from mfa_desk.ui.segment_cell import SegmentCell
from mfa_desk.ui.segment_row import RowSpec, SegmentRow

FIRST_BATCH = 24  # at most this many rows before the first paint (one-line rows, 100%)
LATER_BATCH = 30  # rows per event-loop turn afterwards (~30 ms: typing stays fluid)
PAINT_FALLBACK_MS = 300


def row_specs(release: Release) -> list[RowSpec]:
    """The rows of a release in document order."""
    specs = [RowSpec(release.headline.id, "text", "headline", 0, "", "", True)]
    sub = markers.subheadline_marker()
    specs += [RowSpec(s.id, "text", "subheadline", 0, sub, sub, True)
              for s in release.subheadlines]

    def walk(items: list[Segment], level: int) -> None:
        for number, seg in enumerate(items, start=1):
            specs.append(RowSpec(
                seg.id, "text", "point", level,
                markers.point_marker("ko", level, number, release.korean_numbering),
                markers.point_marker("en", level, number, release.korean_numbering),
                True))
            walk(seg.children, level + 1)

    walk(release.points, 1)
    specs += [RowSpec(n.id, "text", "note", 0, markers.note_marker("ko"),
                      markers.note_marker("en"), True) for n in release.notes]
    for number, att in enumerate(release.attachments, start=1):
        specs.append(RowSpec(att.id, "title", "attachment", 0, f"붙임 {number}.",
                             f"{number}.", False))
        if att.photo is not None:
            specs.append(RowSpec(att.id, "caption", "photo", 0, "", "", False))
    return specs


class PaneHeader(QWidget):
    """"Korean" and "English" above the two panes; follows swapping and hiding."""

    def __init__(self, grid: SegmentGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self._layout = QHBoxLayout(self)
        # Lined up with the cells: the grid's margin plus the marker gutter.
        self._layout.setContentsMargins(8 + 32, 4, 8 + grid.verticalScrollBar().sizeHint()
                                        .width(), 0)
        self._layout.setSpacing(6 + 32)
        self.labels = {"ko": QLabel(self.tr("Korean (original)"), self),
                       "en": QLabel(self.tr("English"), self)}
        for label in self.labels.values():
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid.viewChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        order = ("en", "ko") if self.grid.is_swapped() else ("ko", "en")
        for lang in order:
            self._layout.removeWidget(self.labels[lang])
        for lang in order:
            self._layout.addWidget(self.labels[lang], 1)
            self.labels[lang].setVisible(self.grid.language_visible(lang))


class SegmentGrid(QScrollArea):
    currentChanged = Signal()
    indentRequested = Signal(int)
    pasteReleaseRequested = Signal(object, str)  # the cell, the text
    shortcutPressed = Signal(object)
    cellCreated = Signal(object)  # a new SegmentCell (spelling attaches its highlighter)
    viewChanged = Signal()  # panes swapped, shown or hidden
    firstPainted = Signal()  # the first screenful is on screen (or the fallback fired)

    def __init__(self, document: ReleaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: dict[tuple[str, str], SegmentRow] = {}
        self.order: list[tuple[str, str]] = []
        self._pending: list[RowSpec] = []
        self._current: tuple[tuple[str, str], Lang] | None = None
        self._swapped = False
        # The window's context menu for a cell (set before rows are built; None: Qt's).
        self.cell_menu_builder: Callable[[SegmentCell], QMenu] | None = None
        self._visible = {"ko": True, "en": True}
        self._families = {"ko": "", "en": ""}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Segments"))
        self.body = QWidget(self)
        self.body.setObjectName("gridBody")
        self._layout = QVBoxLayout(self.body)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(3)
        self._layout.addStretch(1)
        self.setWidget(self.body)
        self._batch_timer = QTimer(self)
        self._batch_timer.setInterval(0)
        self._batch_timer.timeout.connect(self._build_batch)
        # The remaining rows are built only after the first paint, so the window shows
        # (with the first screenful) before the batches run; a fallback starts them anyway.
        self._painted = False
        self.body.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self._first_paint_done)
        document.textChanged.connect(self._on_text_changed)
        document.statusChanged.connect(self._on_status_changed)
        document.structureChanged.connect(self.rebuild)
        self.rebuild(first_batch=FIRST_BATCH)

    # ------------------------------------------------------------ building
    def rebuild(self, first_batch: int | None = None) -> None:
        """Make the rows match the release, reusing existing rows."""
        self.ensure_built()
        release = self.document.release
        # id -> object, so building and refreshing rows never searches the release.
        self._items: dict[str, Segment | Attachment] = {
            ref.segment.id: ref.segment for ref in release.iter_segments()}
        self._items.update((a.id, a) for a in release.attachments)
        specs = row_specs(release)
        keep = {s.key for s in specs}
        for key in [k for k in self.rows if k not in keep]:
            row = self.rows.pop(key)
            self._layout.removeWidget(row)
            row.deleteLater()
        for i in range(self._layout.count() - 1, -1, -1):
            item = self._layout.itemAt(i)
            if item is not None and item.widget() is not None:
                self._layout.takeAt(i)
        self.order = [s.key for s in specs]
        limit = len(specs) if first_batch is None else self._rows_filling_window(
            specs, first_batch)
        stretch_at = 0
        with self._layout_once():
            for i, spec in enumerate(specs):
                if i >= limit and spec.key not in self.rows:
                    self._pending = specs[i:]
                    break
                self._place_row(spec, stretch_at)
                stretch_at += 1
            else:
                self._pending = []
        if self._pending and self._painted:
            self._batch_timer.start()

    def _rows_filling_window(self, specs: list[RowSpec], most: int) -> int:
        """How many rows (at most `most`) fill the window's height, estimated from text
        lengths: every row built before the first paint costs start-up time, and the
        rest follow right after it. The estimate leans towards one row too many."""
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(self.body.font())
        # Each pane: half the window less margins and the marker gutter.
        pane = max(120, (self.window().width() - 100) // 2)
        widths = {"ko": metrics.horizontalAdvance("가"), "en": metrics.averageCharWidth()}
        line = metrics.lineSpacing()
        # The rows' viewport: the window less menu bar, details, pane header, status bar.
        budget = self.window().height() * 7 // 8
        filled = 0
        for count, spec in enumerate(specs[:most]):
            if filled >= budget:
                return count
            bitext = self._bitext(spec)
            # Whole lines, rounded up; a little under the height the row will take.
            lines = 1 + max(len(bitext.get(lang)) * width // pane  # type: ignore[arg-type]
                            for lang, width in widths.items())
            filled += lines * line + 8
        return min(most, len(specs))

    @contextmanager
    def _layout_once(self) -> Iterator[None]:
        """Lay the rows out once after placing many. Showing a row in a visible grid
        makes Qt lay out every row at once (to size the new one), so placing n rows
        one by one costs n layouts of up to n rows: 5.5 of 10 s at 1,003 segments."""
        self._layout.setEnabled(False)
        try:
            yield
        finally:
            self._layout.setEnabled(True)
            self._layout.activate()

    def _place_row(self, spec: RowSpec, index: int) -> None:
        row = self.rows.get(spec.key)
        if row is None:
            row = self._create_row(spec)
        elif row.spec != spec:
            row.apply_spec(spec)
        self._layout.insertWidget(index, row)
        if row.isHidden():
            row.show()

    def _build_batch(self) -> None:
        batch, self._pending = self._pending[:LATER_BATCH], self._pending[LATER_BATCH:]
        start = self._layout.count() - 1  # before the stretch
        with self._layout_once():
            for offset, spec in enumerate(batch):
                self._place_row(spec, start + offset)
        if not self._pending:
            self._batch_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.Paint and not self._painted:
            QTimer.singleShot(0, self._first_paint_done)
        return False

    def _first_paint_done(self) -> None:
        if self._painted:
            return
        self._painted = True
        self.body.removeEventFilter(self)
        self.firstPainted.emit()
        if self._pending:
            self._batch_timer.start()

    def ensure_built(self) -> None:
        """Build every pending row now (before navigation, search or a structure edit)."""
        while self._pending:
            self._build_batch()

    def _create_row(self, spec: RowSpec) -> SegmentRow:
        row = SegmentRow(spec, self.body)
        self.rows[spec.key] = row
        doc = self.document
        bitext = self._bitext(spec)
        for lang, cell in row.cells.items():
            cell.set_text(bitext.get(lang))  # type: ignore[arg-type]
            cell.edited.connect(
                lambda text, pos, before, k=spec.key, lg=lang:
                self._on_cell_edited(k, lg, text, pos, before))
            cell.focused.connect(lambda k=spec.key, lg=lang: self._on_focus(k, lg))
            cell.leaveRequested.connect(
                lambda step, k=spec.key, lg=lang: self.focus_neighbour(k, lg, step))
            cell.indentRequested.connect(self.indentRequested)
            cell.shortcutPressed.connect(self.shortcutPressed)
            cell.menu_builder = self._cell_menu
            cell.pasteReleaseRequested.connect(
                lambda text, c=cell: self.pasteReleaseRequested.emit(c, text))
            cell.setReadOnly(doc.read_only)
            self.cellCreated.emit(cell)
        if spec.has_status:
            self._refresh_status(row)
            if row.status_button is not None:
                row.status_button.statusChosen.connect(
                    lambda status, sid=spec.item_id: doc.set_status(sid, status))
        if spec.kind == "photo":
            att = self._items.get(spec.item_id)
            row.set_photo(att.photo if isinstance(att, Attachment) else None)
        if any(self._families.values()):
            row.set_families(self._families)
        if self._swapped:
            row.set_order(True)
        for lang, visible in self._visible.items():
            if not visible:
                row.show_language(lang, False)
        return row

    def _cell_menu(self, cell: SegmentCell) -> QMenu:
        if self.cell_menu_builder is None:
            return QTextEdit.createStandardContextMenu(cell)
        return self.cell_menu_builder(cell)

    # ------------------------------------------------------------ model -> view
    def _on_text_changed(self, item_id: str, part: str, lang: str, cursor: int) -> None:
        row = self.rows.get((item_id, part))
        if row is None:
            return  # not built yet: it reads the model when it is
        if cursor != -2:
            row.cells[lang].set_text(self.document.text_of(item_id, part, lang),  # type: ignore[arg-type]
                                     cursor)
            if cursor >= 0:
                row.cells[lang].setFocus()
        self._refresh_status(row)

    def _on_status_changed(self, segment_id: str) -> None:
        row = self.rows.get((segment_id, "text"))
        if row is not None:
            self._refresh_status(row)

    def _refresh_status(self, row: SegmentRow) -> None:
        if not row.spec.has_status:
            return
        seg = self._items.get(row.spec.item_id)
        if isinstance(seg, Segment):
            row.set_status(seg.display_status())

    def _bitext(self, spec: RowSpec) -> BiText:
        item = self._items[spec.item_id]
        if isinstance(item, Attachment):
            if spec.part == "caption" and item.photo is not None:
                return item.photo.caption
            return item.title
        return item.text

    # ------------------------------------------------------------ view -> model
    def _on_cell_edited(self, key: tuple[str, str], lang: str, text: str, pos: int,
                        before: int) -> None:
        self.document.type_text(key[0], key[1], lang, text, pos, before)  # type: ignore[arg-type]

    def _on_focus(self, key: tuple[str, str], lang: Lang) -> None:
        before = self._current[0] if self._current else None
        self._current = (key, lang)
        row = self.rows.get(key)
        if before != key:
            if before in self.rows:
                self.rows[before].set_current(False)  # type: ignore[index]
            if row is not None:
                row.set_current(True)
        if row is not None:
            self.ensureWidgetVisible(row.cells[lang], 0, 40)
        self.currentChanged.emit()

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

    def cell(self, key: tuple[str, str], lang: str) -> SegmentCell:
        self.ensure_built()
        return self.rows[key].cells[lang]

    def built_cells(self) -> Iterator[SegmentCell]:
        """Cells that exist now (rows still pending are left out)."""
        for row in self.rows.values():
            yield from row.cells.values()

    def iter_rows(self) -> Iterator[SegmentRow]:
        self.ensure_built()
        for key in self.order:
            yield self.rows[key]

    def focus_cell(self, key: tuple[str, str], lang: str, position: int = 0) -> None:
        if key not in self.rows:
            self.ensure_built()  # only when the row is still pending: opening stays lazy
        row = self.rows.get(key)
        if row is None:
            return
        if not self._visible[lang]:
            lang = "en" if lang == "ko" else "ko"
        cell = row.cells[lang]
        cursor = cell.textCursor()
        cursor.setPosition(max(0, min(position, len(cell.toPlainText()))))
        cell.setTextCursor(cursor)
        cell.setFocus()
        self._on_focus(key, lang)  # type: ignore[arg-type]

    def focus_last(self) -> None:
        """The cursor at the end of the last row (Go > Last Segment)."""
        self.ensure_built()
        if not self.order:
            return
        cur = self.current()
        lang = cur[1] if cur else ("ko" if self._visible["ko"] else "en")
        key = self.order[-1]
        self.focus_cell(key, lang, len(self.rows[key].cells[lang].toPlainText()))

    def focus_neighbour(self, key: tuple[str, str], lang: str, step: int) -> None:
        self.ensure_built()
        if key not in self.order:
            return
        index = self.order.index(key) + step
        if 0 <= index < len(self.order):
            target = self.order[index]
            position = 0 if step > 0 else len(self.rows[target].cells[lang].toPlainText())
            self.focus_cell(target, lang, position)

    def next_matching(self, step: int, wanted: set[str]) -> tuple[str, str] | None:
        """The next row (from the current one) whose status is in `wanted`."""
        self.ensure_built()
        cur = self.current()
        start = self.order.index(cur[0]) if cur else -1
        n = len(self.order)
        for i in range(1, n + 1):
            key = self.order[(start + step * i) % n]
            seg = self.document.release.segment_by_id(key[0]) if key[1] == "text" else None
            if seg is not None and seg.display_status().value in wanted:
                return key
        return None

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

    def set_language_visible(self, lang: str, visible: bool) -> None:
        self._visible[lang] = visible
        for row in self.rows.values():
            row.show_language(lang, visible)
        self.viewChanged.emit()

    def is_swapped(self) -> bool:
        return self._swapped

    def language_visible(self, lang: str) -> bool:
        return self._visible[lang]

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            for cell in row.cells.values():
                cell.setReadOnly(read_only)
