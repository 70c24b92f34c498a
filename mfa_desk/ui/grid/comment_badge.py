"""The mark of a row with open review comments: a small count at the top right of the
Korean cell, the first comment in its tooltip.

Reviewers leave comments on segments (ui/review/comments_panel.py); without a mark in
the grid the translator finds them only by putting the cursor in each row. The mark
floats over the cell (it is not in the row's layout), so a row with comments keeps the
same cell widths as the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mfa_desk.model.review import Comment

MARGIN = 3
TOOLTIP_CHARACTERS = 200


class CommentBadge(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("commentBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A note's yellow, readable on light and dark themes alike.
        self.setStyleSheet("QLabel#commentBadge { background: #f6d75a; color: #222;"
                           " border-radius: 7px; padding: 0 5px; font-weight: bold; }")
        self.open_count = 0

    def show_comments(self, comments: Sequence[Comment]) -> None:
        """Show the number of open (unresolved) comments, or hide when there are none."""
        still_open = [c for c in comments if not c.resolved]
        self.open_count = len(still_open)
        if not still_open:
            self.hide()
            return
        self.setText(str(len(still_open)))
        first = still_open[0]
        text = first.text if len(first.text) <= TOOLTIP_CHARACTERS else \
            first.text[:TOOLTIP_CHARACTERS - 1] + "…"
        said = f"{first.author}: {text}" if first.author else text
        self.setToolTip(self.tr("%n open comment(s)", "", len(still_open)) + "\n" + said)
        self.setAccessibleName(self.toolTip())
        self.adjustSize()
        self.show()
        self.raise_()

    def place_over(self, cell: QWidget) -> None:
        """At the top right corner of `cell` (in the badge's parent's coordinates)."""
        parent = self.parentWidget()
        if parent is None:
            return
        corner = cell.mapTo(parent, cell.rect().topRight())
        self.move(corner.x() - self.width() - MARGIN, corner.y() + MARGIN)
