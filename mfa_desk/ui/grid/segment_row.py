"""One row of the grid: a segment's Korean and English cells side by side.

Both cells always get the same height (the taller one's), so the two panes
stay aligned while scrolling. Each half has a gutter with the marker as it
will be published; the English half also shows the translation status.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from mfa_desk.constants import LANGS, Lang
from mfa_desk.model.release import DisplayStatus, Photo, TranslationStatus
from mfa_desk.ui.grid.segment_cell import DOCUMENT_MARGIN, SegmentCell

if TYPE_CHECKING:
    from mfa_desk.model.review import Comment
    from mfa_desk.ui.grid.comment_badge import CommentBadge

INDENT_PX = 22
THUMB_HEIGHT = 72
HALF_SPACING = 6  # between the Korean and the English half of a row
GUTTER_SPACING = 2  # between a half's marker, cell and status button
MARKER_WIDTH = 30  # a marker's least width, before the row's indent


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


class SegmentRow(QWidget):
    """Two cells (Korean, English) with their gutters, kept the same height."""

    heightChanged = Signal()  # the cells' height changed (the grid places rows again)

    def __init__(self, spec: RowSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.cells: dict[Lang, SegmentCell] = {}
        self.markers: dict[str, QLabel] = {}
        self.halves: dict[Lang, QWidget] = {}
        self.thumbnail: QLabel | None = None
        self.status_button: StatusButton | None = None
        self.comment_badge: CommentBadge | None = None  # made for the first open comment
        self._height = 0
        self._families: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(HALF_SPACING)
        self._layout = layout
        for lang in ("ko", "en"):
            half = self._make_half(lang)
            self.halves[lang] = half
            layout.addWidget(half, 1)
        self.apply_spec(spec)

    def _make_half(self, lang: Lang) -> QWidget:
        half = QWidget(self)
        box = QHBoxLayout(half)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(GUTTER_SPACING)
        marker = QLabel(half)
        marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        marker.setMinimumWidth(MARKER_WIDTH)
        marker.setContentsMargins(0, 4, 2, 0)
        marker.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        marker.setForegroundRole(marker.foregroundRole())
        cell = SegmentCell(lang, half)
        cell.heightNeeded.connect(self.update_height)
        box.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(cell, 1)
        if lang == "en":
            self.status_button = StatusButton(half)
            box.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignTop)
        self.cells[lang] = cell
        self.markers[lang] = marker
        return half

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
        indent = max(spec.level - 1, 0) * INDENT_PX
        for lang, name, hint in zip(LANGS, names, hints, strict=True):
            cell = self.cells[lang]
            cell.setAccessibleName(name)
            cell.setPlaceholderText(hint)
            marker = self.markers[lang]
            marker.setText(spec.marker_ko if lang == "ko" else spec.marker_en)
            marker.setMinimumWidth(MARKER_WIDTH + indent)
            room = 40 if spec.kind == "attachment" else 12  # "첨부 1." is wider than "1."
            marker.setMaximumWidth(MARKER_WIDTH + indent + room)
            cell.setFont(self._cell_font(lang))
        if self.status_button is not None and not spec.has_status:
            self.status_button.hide()
        self.update_height()

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
            self._layout.insertWidget(0, self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
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
            ko = self.cells["ko"]
            shown = ko if ko.isVisibleTo(self) else self.cells["en"]
            self.comment_badge.place_over(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_badge()

    def update_height(self) -> None:
        visible = [c for c in self.cells.values()
                   if (half := c.parentWidget()) is not None and half.isVisibleTo(self)]
        need = max((c.needed_height() for c in visible), default=24)
        # At least as tall as the gutter's widgets (marker, status button): a short cell
        # at a small zoom was centred in a row the status button made taller.
        gutter: list[QWidget] = [self.markers[c.lang] for c in visible]
        if self.status_button is not None and not self.status_button.isHidden():
            gutter.append(self.status_button)
        for widget in gutter:
            need = max(need, widget.sizeHint().height(), widget.minimumSizeHint().height(),
                       widget.minimumHeight())
        if self.thumbnail is not None:
            need = max(need, THUMB_HEIGHT)
        if need != self._height:
            self._height = need
            for cell in self.cells.values():
                cell.setFixedHeight(need)
            # The layouts cache their items' sizes until the events that follow: without
            # this the grid read the old minimum on heightChanged, and a row that shrank
            # (an undone line) kept its old height with the cells centred in it.
            for half in self.halves.values():
                half.updateGeometry()
            self._layout.invalidate()
            self.heightChanged.emit()

    def needed_height(self) -> int:
        return self._height

    def laid_out(self) -> bool:
        """Whether the cells have their real width (not so in a row built but never
        shown, or shown and not yet laid out): only then is the height measured right."""
        return self.isVisible() and self._layout.geometry() == self.rect()

    def set_order(self, swapped: bool) -> None:
        order: tuple[Lang, Lang] = ("en", "ko") if swapped else ("ko", "en")
        offset = 1 if self.thumbnail is not None else 0
        for i, lang in enumerate(order):
            self._layout.removeWidget(self.halves[lang])
            self._layout.insertWidget(offset + i, self.halves[lang], 1)

    def show_language(self, lang: Lang, visible: bool) -> None:
        self.halves[lang].setVisible(visible)
        self.update_height()
