"""What the grid shows above and in its column: the rows of a release in document
order (`row_specs`), and the "Korean" / "English" titles above the two panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mfa_desk.constants import Lang
from mfa_desk.model import markers
from mfa_desk.model.release import Release, Segment
from mfa_desk.ui.segment_row import RowSpec

if TYPE_CHECKING:
    from mfa_desk.ui.segment_grid import SegmentGrid


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
        order: tuple[Lang, Lang] = ("en", "ko") if self.grid.is_swapped() else ("ko", "en")
        for lang in order:
            self._layout.removeWidget(self.labels[lang])
        for lang in order:
            self._layout.addWidget(self.labels[lang], 1)
            self.labels[lang].setVisible(self.grid.language_visible(lang))
