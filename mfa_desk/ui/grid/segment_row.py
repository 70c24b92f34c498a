"""One row of the grid: a segment's Korean and English cells side by side.

Both cells always get the same height (the taller one's), so the two panes
stay aligned while scrolling. Each half has a gutter with the marker as it
will be published; the English half also shows the translation status.

A row is one widget holding its two cells and status button, placed by hand
(`_lay_out`), its markers painted: no half widgets, marker labels or layouts. The
rows in view are most of what the window builds before its first paint (issue 16),
and half of a row's widgets were those containers (~0.5 ms a row).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget

from mfa_desk.constants import LANGS, Lang
from mfa_desk.model.release import DisplayStatus, Photo, TranslationStatus
from mfa_desk.ui.grid.segment_cell import DOCUMENT_MARGIN, CellReports, SegmentCell

if TYPE_CHECKING:
    from mfa_desk.model.review import Comment
    from mfa_desk.ui.grid.comment_badge import CommentBadge

INDENT_PX = 22
THUMB_HEIGHT = 72
HALF_SPACING = 6  # between the Korean and the English half of a row
GUTTER_SPACING = 2  # between a half's marker, cell and status button
MARKER_WIDTH = 30  # a marker's least width, before the row's indent
MARKER_TOP = 4  # the marker's text below the row's top, level with the cell's first line
MARKER_RIGHT = 2  # between the marker's text and the end of its gutter


def line_widths(row_width: int, shown: Sequence[Lang], status_width: int) -> dict[Lang, int]:
    """The width a line of text has in each language's cell of a top-level row
    `row_width` wide with the panes `shown` (a deeper row's is less by its indent): what
    the grid estimates the height of rows not yet built from. The English half also holds
    the status button, `status_width` wide."""
    halves = max(len(shown), 1)
    half = (row_width - HALF_SPACING * (halves - 1)) // halves
    text = half - MARKER_WIDTH - GUTTER_SPACING - 2 * DOCUMENT_MARGIN
    return {"ko": text, "en": text - GUTTER_SPACING - status_width}


class RowSpec(NamedTuple):
    """What a row shows; the grid derives these from the release (a tuple: made for every
    row of the release each time the rows change, a third of a frozen dataclass's cost)."""

    item_id: str
    part: str  # "text" for segments, "title" / "caption" for attachments
    kind: str  # headline, subheadline, point, note, attachment, photo
    level: int
    marker_ko: str
    marker_en: str
    has_status: bool

    @property
    def key(self) -> tuple[str, str]:
        return (self.item_id, self.part)


class StatusButton(QToolButton):
    """The English status of a segment; click or Ctrl+Alt+1/2/3 to change it."""

    statusChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bold = QFont()
        bold.setWeight(QFont.Weight.DemiBold)
        self.setFont(bold)
        self.setFixedWidth(self._label_width())
        self.status = DisplayStatus.EMPTY
        # The menu is made on the first click: hundreds of rows need none until then.
        self.clicked.connect(self._pop_menu)

    _widths: dict[tuple[str, str], int] = {}  # (font, first label) -> width; one per window
    _heights: dict[str, int] = {}  # font -> the button's height (a style query each time)

    def button_height(self) -> int:
        key = self.font().key()
        if key not in StatusButton._heights:
            StatusButton._heights[key] = self.sizeHint().height()
        return StatusButton._heights[key]

    def _label_width(self) -> int:
        return StatusButton.label_width(self.font())

    @staticmethod
    def label_width(font: QFont) -> int:
        """Wide enough for the longest label in the interface language, at any scale, in
        the button's `font` (the grid's row estimates ask before any button exists)."""
        translate = QCoreApplication.translate
        labels = (translate("StatusButton", "Empty"), translate("StatusButton", "Draft"),
                  translate("StatusButton", "Translated"), translate("StatusButton", "Reviewed"),
                  translate("StatusButton", "Outdated"))
        key = (font.key(), labels[2])
        if key not in StatusButton._widths:
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(t) for t in labels)
            StatusButton._widths[key] = widest + 2 * metrics.averageCharWidth() + 8
        return StatusButton._widths[key]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Zoom changes the inherited size: a width kept from before would clip the label.
            self.setFixedWidth(self._label_width())

    def _pop_menu(self) -> None:
        menu = QMenu(self)
        for status, label in (
            (TranslationStatus.DRAFT, self.tr("Draft")),
            (TranslationStatus.TRANSLATED, self.tr("Translated")),
            (TranslationStatus.REVIEWED, self.tr("Reviewed")),
        ):
            action = menu.addAction(label)
            action.triggered.connect(lambda _c=False, s=status: self.statusChosen.emit(s.value))
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        menu.deleteLater()

    def show_status(self, status: DisplayStatus) -> None:
        self.status = status
        labels = {
            DisplayStatus.EMPTY: self.tr("Empty"),
            DisplayStatus.DRAFT: self.tr("Draft"),
            DisplayStatus.TRANSLATED: self.tr("Translated"),
            DisplayStatus.REVIEWED: self.tr("Reviewed"),
            DisplayStatus.OUTDATED: self.tr("Outdated"),
        }
        self.setText(labels[status])
        self.setAccessibleName(self.tr("Translation status: %1").replace("%1", labels[status]))
        self.setToolTip(self.tr("English status: %1 (Ctrl+Alt+1 draft, 2 translated, "
                                "3 reviewed)").replace("%1", labels[status]))
        # Colours chosen to read on light and dark palettes alike. A palette, not a
        # style sheet: style sheets on hundreds of buttons slow opening a release.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, QColor(STATUS_COLOURS[status]))
        self.setPalette(palette)


STATUS_COLOURS = {
    DisplayStatus.EMPTY: "#888888",
    DisplayStatus.DRAFT: "#b07d00",
    DisplayStatus.TRANSLATED: "#2e7d32",
    DisplayStatus.REVIEWED: "#1565c0",
    DisplayStatus.OUTDATED: "#d84315",
}


_TEXT_WIDTHS: dict[tuple[str, str], int] = {}  # (font, marker) -> width: a few dozen


def _text_width(font: QFont, text: str) -> int:
    # Rows lay out on every resize; a release has a handful of distinct markers.
    key = (font.key(), text)
    width = _TEXT_WIDTHS.get(key)
    if width is None:
        width = _TEXT_WIDTHS[key] = QFontMetrics(font).horizontalAdvance(text)
    return width


class SegmentRow(QWidget):
    """Two cells (Korean, English) with their gutters, kept the same height."""

    heightChanged = Signal()  # the cells' height changed (the grid places rows again)

    def __init__(self, spec: RowSpec, parent: QWidget | None = None,
                 owner: CellReports | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.owner = owner  # told what happens in the cells (the grid)
        self.cells: dict[Lang, SegmentCell] = {}
        self.thumbnail: QLabel | None = None
        self.comment_badge: CommentBadge | None = None  # made for the first open comment
        self._height = 0
        self._families: dict[str, str] = {}
        self._markers: dict[Lang, str] = {"ko": "", "en": ""}
        self._marker_rects: dict[Lang, QRect] = {}
        self._shown: dict[Lang, bool] = {"ko": True, "en": True}
        self._order: tuple[Lang, Lang] = ("ko", "en")
        self._laid_out_width = -1  # the width _lay_out last placed the cells for
        for lang in LANGS:
            # The row is its cells' owner: it sets their height and passes the rest on.
            self.cells[lang] = SegmentCell(lang, self, self)
        self.status_button: StatusButton | None = StatusButton(self)
        self.apply_spec(spec)

    # ------------------------------------------------------------ CellOwner
    def cell_height_needed(self, cell: SegmentCell) -> None:
        self.update_height()

    def cell_edited(self, cell: SegmentCell, text: str, cursor: int, before: int) -> None:
        if self.owner is not None:
            self.owner.cell_edited(cell, text, cursor, before)

    def cell_focused(self, cell: SegmentCell) -> None:
        if self.owner is not None:
            self.owner.cell_focused(cell)

    def cell_leave(self, cell: SegmentCell, step: int) -> None:
        if self.owner is not None:
            self.owner.cell_leave(cell, step)

    def cell_indent(self, cell: SegmentCell, step: int) -> None:
        if self.owner is not None:
            self.owner.cell_indent(cell, step)

    def cell_shortcut(self, cell: SegmentCell, keys: QKeySequence) -> None:
        if self.owner is not None:
            self.owner.cell_shortcut(cell, keys)

    def cell_paste_release(self, cell: SegmentCell, text: str) -> None:
        if self.owner is not None:
            self.owner.cell_paste_release(cell, text)

    # ------------------------------------------------------------ shown
    def marker_text(self, lang: Lang) -> str:
        """The marker shown in `lang`'s gutter ("1.", "□", "ㅇ", "첨부 1.")."""
        return self._markers[lang]

    def shows_language(self, lang: Lang) -> bool:
        return self._shown[lang]

    def language_order(self) -> tuple[Lang, ...]:
        """The languages shown, left to right."""
        return tuple(lang for lang in self._order if self._shown[lang])

    def apply_spec(self, spec: RowSpec) -> None:
        """Show a (possibly changed) level, marker and kind."""
        self.spec = spec
        names = {
            "headline": (self.tr("Headline, Korean"), self.tr("Headline, English")),
            "subheadline": (self.tr("Sub-headline, Korean"), self.tr("Sub-headline, English")),
            "point": (self.tr("Point, Korean"), self.tr("Point, English")),
            "note": (self.tr("Note, Korean"), self.tr("Note, English")),
            "attachment": (self.tr("Attachment title, Korean"),
                           self.tr("Attachment title, English")),
            "photo": (self.tr("Photo caption, Korean"), self.tr("Photo caption, English")),
        }[spec.kind]
        number = spec.marker_en.rstrip(".")
        if spec.kind == "point" and number.isdigit():
            # "Point 3, English": what to type where, in an empty cell of a new release.
            hints = (self.tr("Point %1, Korean").replace("%1", number),
                     self.tr("Point %1, English").replace("%1", number))
        else:
            hints = names
        for lang, name, hint in zip(LANGS, names, hints, strict=True):
            cell = self.cells[lang]
            cell.setAccessibleName(name)
            marker = spec.marker_ko if lang == "ko" else spec.marker_en
            # The painted marker is no widget: a screen reader hears it with the cell.
            cell.setAccessibleDescription(marker)
            cell.setPlaceholderText(hint)
            self._markers[lang] = marker
            cell.setFont(self._cell_font(lang))
        self._show_status_button()
        self._lay_out()
        self.update_height()

    def _marker_width(self, lang: Lang) -> int:
        """At least MARKER_WIDTH and the indent, wider for a long marker up to a limit."""
        least = MARKER_WIDTH + max(self.spec.level - 1, 0) * INDENT_PX
        room = 40 if self.spec.kind == "attachment" else 12  # "첨부 1." is wider than "1."
        text = self._markers[lang]
        wide = _text_width(self.font(), text) + MARKER_RIGHT if text else 0
        return min(max(least, wide), least + room)

    def _show_status_button(self) -> None:
        if self.status_button is not None:
            self.status_button.setVisible(self._shown["en"] and self.spec.has_status)

    def _lay_out(self) -> None:
        """Place the thumbnail, then each shown half: marker gutter, cell, and in English
        the status button; the halves share the width equally, the cells fill the row's
        height (as the Qt layouts this replaces did: line_widths() assumes it)."""
        width, height = self.width(), max(self._height, 1)
        x = 0
        if self.thumbnail is not None:
            self.thumbnail.move(0, 0)
            x = self.thumbnail.width() + HALF_SPACING
        shown = self.language_order()
        room = max(width - x - HALF_SPACING * (len(shown) - 1), 0)
        self._marker_rects = {}
        for i, lang in enumerate(shown):
            half = room // len(shown) + (1 if i < room % len(shown) else 0)
            gutter = self._marker_width(lang)
            self._marker_rects[lang] = QRect(x, 0, gutter, height)
            cell_width = half - gutter - GUTTER_SPACING
            button = self.status_button
            if lang == "en" and button is not None and not button.isHidden():
                cell_width -= GUTTER_SPACING + button.width()
                button.setGeometry(x + half - button.width(), 0, button.width(),
                                   max(button.button_height(), button.minimumHeight()))
            self.cells[lang].setGeometry(x + gutter + GUTTER_SPACING, 0, max(cell_width, 0),
                                         height)
            x += half + HALF_SPACING
        self._laid_out_width = width
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for lang, rect in self._marker_rects.items():
            if self._markers[lang]:
                painter.drawText(rect.adjusted(0, MARKER_TOP, -MARKER_RIGHT, 0), flags,
                                 self._markers[lang])
        painter.end()

    def _cell_font(self, lang: str) -> QFont:
        # Only weight and family are set: the size still follows the grid's zoom.
        font = QFont()
        if self._families.get(lang):
            font.setFamilies([self._families[lang]])
        if self.spec.kind == "headline":
            font.setBold(True)
        return font

    def set_families(self, families: dict[str, str]) -> None:
        self._families = dict(families)
        for lang, cell in self.cells.items():
            cell.setFont(self._cell_font(lang))

    def set_photo(self, photo: Photo | None) -> None:
        if photo is None:
            return
        if self.thumbnail is None:
            self.thumbnail = QLabel(self)
            self.thumbnail.setAccessibleName(self.tr("Photo"))
        image = QImage.fromData(photo.data)
        pixmap = QPixmap.fromImage(image)
        ratio = self.devicePixelRatioF()
        if not pixmap.isNull():
            pixmap = pixmap.scaledToHeight(int(THUMB_HEIGHT * ratio),
                                           Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
        self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setFixedSize(QSize(int(pixmap.width() / ratio) if not pixmap.isNull()
                                          else THUMB_HEIGHT, THUMB_HEIGHT))
        self._lay_out()
        self.update_height()

    def set_current(self, current: bool) -> None:
        """Tint both cells of the row holding the cursor (after F8 or a jump from a
        panel the user sees where they are), from the palette so dark themes work."""
        for cell in self.cells.values():
            palette = cell.palette()
            base = self.palette().color(QPalette.ColorRole.Base)
            if current:
                tint = self.palette().color(QPalette.ColorRole.Highlight)
                base = QColor(*(int(b * 0.88 + t * 0.12) for b, t in (
                    (base.red(), tint.red()), (base.green(), tint.green()),
                    (base.blue(), tint.blue()))))
            palette.setColor(QPalette.ColorRole.Base, base)
            cell.setPalette(palette)
        self.setProperty("current", current)

    def set_status(self, status: DisplayStatus) -> None:
        if self.status_button is not None:
            self.status_button.show_status(status)

    def show_comments(self, comments: Sequence[Comment]) -> None:
        """Mark the row while it has open review comments (comment_badge.py)."""
        if self.comment_badge is None:
            if not any(not c.resolved for c in comments):
                return  # most rows never have one: no widget for them
            # Imported here: most releases open with no comment, and start-up counts.
            from mfa_desk.ui.grid.comment_badge import CommentBadge

            self.comment_badge = CommentBadge(self)
        self.comment_badge.show_comments(comments)
        self._place_badge()

    def _place_badge(self) -> None:
        if self.comment_badge is not None and self.comment_badge.isVisibleTo(self):
            self.comment_badge.place_over(self.cells["ko" if self._shown["ko"] else "en"])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._lay_out()
        self._place_badge()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: markers are wider or narrower
            self._lay_out()

    def update_height(self) -> None:
        visible = [cell for lang, cell in self.cells.items() if self._shown[lang]]
        need = max((c.needed_height() for c in visible), default=24)
        # At least as tall as the gutter (marker, status button): a short cell at a small
        # zoom was centred in a row the status button made taller.
        need = max(need, self.fontMetrics().height() + MARKER_TOP)
        button = self.status_button
        if button is not None and not button.isHidden():
            need = max(need, button.button_height(), button.minimumHeight())
        if self.thumbnail is not None:
            need = max(need, THUMB_HEIGHT)
        if need != self._height:
            self._height = need
            for cell in visible:
                cell.resize(cell.width(), need)
            self.heightChanged.emit()

    def needed_height(self) -> int:
        return self._height

    def laid_out(self) -> bool:
        """Whether the cells have their real width (not so in a row built but never
        shown, or shown and not yet laid out): only then is the height measured right."""
        return self.isVisible() and self._laid_out_width == self.width()

    def set_order(self, swapped: bool) -> None:
        self._order = ("en", "ko") if swapped else ("ko", "en")
        self._lay_out()

    def show_language(self, lang: Lang, visible: bool) -> None:
        self._shown[lang] = visible
        self.cells[lang].setVisible(visible)
        self._show_status_button()
        self._lay_out()
        self.update_height()
