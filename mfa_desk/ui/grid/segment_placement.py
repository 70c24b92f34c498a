"""Where each row of the grid goes: a column of rows, each with a measured or estimated
height, and the range of rows that meets a stretch of the scroll area.

The grid builds widgets only for the rows near the visible area (a widget row costs
2-5 ms and ~0.15 MB: 1,003 rows of widgets took 8-10 s and 311 MB), so the rows it
has not built are placed by an estimate of their height, replaced by the measured
height once built. Plain Python, no Qt: O(n) to place n rows, O(log n) to find the
rows in view.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import count

TOP_MARGIN = 6
BOTTOM_MARGIN = 6
SPACING = 3


@dataclass
class Placement:
    """Rows top to bottom; a height of 0 is a hidden row (no spacing either)."""

    heights: list[int] = field(default_factory=list)
    tops: list[int] = field(default_factory=list)
    total: int = TOP_MARGIN + BOTTOM_MARGIN

    @classmethod
    def of(cls, heights: list[int]) -> Placement:
        tops = []
        y = TOP_MARGIN
        for height in heights:
            tops.append(y)
            if height > 0:
                y += height + SPACING
        total = (y - SPACING if any(h > 0 for h in heights) else y) + BOTTOM_MARGIN
        return cls(list(heights), tops, total)

    def rows_between(self, top: int, bottom: int) -> range:
        """Indexes of the shown rows that meet [top, bottom] (pixels in the column)."""
        first = max(0, bisect_right(self.tops, top) - 1)
        last = bisect_left(self.tops, bottom + 1)
        return range(first, min(last, len(self.tops)))

    def anchor(self, top: int, bottom: int, preferred: int | None) -> tuple[int, int] | None:
        """The row to keep still on the screen when rows above it change height, and
        its distance from the top of the view: `preferred` (the cursor's row) when it
        is in view, else the first row in view."""
        if preferred is not None and preferred < len(self.tops) and \
                top <= self.tops[preferred] < bottom and self.heights[preferred] > 0:
            return preferred, self.tops[preferred] - top
        for index in self.rows_between(top, bottom):
            if self.heights[index] > 0 and self.tops[index] + self.heights[index] > top:
                return index, self.tops[index] - top
        return None


_stamps = count(1)


class MeasuredHeights(dict[tuple[str, str], int]):
    """The measured height of each built row. `stamp` is new after every change, so the
    grid can keep its list of row heights until one changes: it places the rows several
    times while a window opens, and each list costs a pass over every row."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.stamp = next(_stamps)

    def __setitem__(self, key: tuple[str, str], value: int) -> None:
        if self.get(key) != value:
            super().__setitem__(key, value)
            self.stamp = next(_stamps)
