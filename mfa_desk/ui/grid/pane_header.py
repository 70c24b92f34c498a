"""The "Korean" and "English" titles above the grid's two panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from mfa_desk.ui.grid.segment_grid import SegmentGrid


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
