"""Each grid row's height for placing: measured for the rows built, estimated from the
text's length for the others (segment_placement.estimated_height).

The list of heights is kept until it can change: a row measured anew, a text changed
out of view, rows added, removed or filtered, another font, pane width or set of panes.
The grid places its rows several times while a window opens and after each edit that
wraps a line; without the kept list each placing was a pass over every row (~2 ms at
1,003 rows, five passes before the first paint).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtGui import QFont, QFontMetrics

from mfa_desk.constants import Lang
from mfa_desk.model.release import BiText
from mfa_desk.ui.grid.segment_placement import MeasuredHeights, estimated_height
from mfa_desk.ui.grid.segment_row import INDENT_PX, RowSpec

Key = tuple[str, str]


class RowHeights:
    def __init__(self) -> None:
        self.measured = MeasuredHeights()
        self._estimates: dict[Key, int] = {}
        self._basis: tuple[object, ...] = ()
        self._kept: tuple[tuple[object, ...], list[int]] = ((), [])
        self._rows_stamp = 0

    def forget_measured(self, keep: Collection[Key] | None = None) -> None:
        """Measure the built rows again (all, or all but those not in `keep`)."""
        self.measured = MeasuredHeights(
            () if keep is None else ((k, h) for k, h in self.measured.items() if k in keep))

    def rows_changed(self) -> None:
        """Rows were added, removed, reordered or filtered."""
        self._rows_stamp += 1

    def text_changed(self, key: Key) -> None:
        """The text of a row out of view changed: its estimate is redone."""
        self._estimates.pop(key, None)
        self._rows_stamp += 1

    def heights(self, specs: Sequence[RowSpec], hidden: Collection[Key], font: QFont,
                panes: dict[Lang, int], shown: tuple[Lang, ...],
                text_of: Callable[[RowSpec], BiText]) -> list[int]:
        """The height of every row (0 for a hidden one), in the order of `specs`.
        `panes`: the width a line of text has in each language's cell of a top-level row."""
        metrics = QFontMetrics(font)
        advance = {"ko": metrics.horizontalAdvance("가"), "en": metrics.averageCharWidth()}
        line = metrics.lineSpacing()
        basis = (line, tuple(panes.items()), shown, advance["ko"], advance["en"])
        kept = (basis, self.measured.stamp, self._rows_stamp)
        if self._kept[0] == kept:
            return self._kept[1]
        if self._basis != basis:
            # Estimates hold while the font, the pane width and the panes shown do.
            self._basis = basis
            self._estimates = {}
        estimates, measured, heights = self._estimates, self.measured, []
        for spec in specs:
            key = spec.key
            if key in hidden:
                heights.append(0)
            elif key in measured:
                heights.append(measured[key])
            else:
                if key not in estimates:
                    bitext = text_of(spec)
                    indent = max(spec.level - 1, 0) * INDENT_PX
                    estimates[key] = estimated_height(
                        [(len(bitext.get(lang)), advance[lang], panes[lang] - indent)
                         for lang in shown], line)
                heights.append(estimates[key])
        self._kept = (kept, heights)
        return heights
