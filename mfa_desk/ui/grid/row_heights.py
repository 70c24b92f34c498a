"""Each grid row's height for placing: measured for the rows built, estimated from the
text's length for the others (RowHeights.heights).

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
from mfa_desk.ui.grid.segment_placement import MeasuredHeights
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
        on_ko, on_en = "ko" in shown, "en" in shown
        advance_ko, advance_en = advance["ko"], advance["en"]
        width_ko, width_en = panes.get("ko", 0), panes.get("en", 0)
        for spec in specs:
            key = spec.key
            height = measured.get(key)
            if key in hidden:
                height = 0
            elif height is None:
                height = estimates.get(key)
                if height is None:
                    # Whole lines of the longer text, rounded up, plus the cell's margins;
                    # errs towards one line too many, so a row measured once built rarely
                    # grows. Written out for the two panes: this runs for every row of
                    # the release before the first paint (1,003 rows: 4.4 -> 1.6 ms).
                    bitext = text_of(spec)
                    indent = (spec.level - 1) * INDENT_PX if spec.level > 1 else 0
                    lines = 1
                    if on_ko and bitext.ko:
                        lines = max(lines, 1 + len(bitext.ko) * advance_ko
                                    // max(width_ko - indent, 40))
                    if on_en and bitext.en:
                        lines = max(lines, 1 + len(bitext.en) * advance_en
                                    // max(width_en - indent, 40))
                    height = estimates[key] = lines * line + 10
            heights.append(height)
        self._kept = (kept, heights)
        return heights
