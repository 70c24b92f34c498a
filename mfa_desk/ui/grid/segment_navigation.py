"""Moving between the grid's rows: the last row, the row above or below (skipping
rows a filter hides), the next row needing work. A mixin of SegmentGrid: it reads the
grid's order, index, hidden rows and document, and focuses through `focus_cell`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mfa_desk.constants import Lang
    from mfa_desk.ui.document.release_document import ReleaseDocument


class GridNavigation:
    order: list[tuple[str, str]]
    document: ReleaseDocument
    _index: dict[tuple[str, str], int]
    _hidden: set[tuple[str, str]]
    _visible: dict[str, bool]

    def current(self) -> tuple[tuple[str, str], Lang] | None:
        raise NotImplementedError

    def focus_cell(self, key: tuple[str, str], lang: str, position: int = 0) -> None:
        raise NotImplementedError

    def focus_last(self) -> None:
        """The cursor at the end of the last row (Go > Last Segment)."""
        shown = [k for k in self.order if k not in self._hidden]
        if not shown:
            return
        cur = self.current()
        lang = cur[1] if cur else ("ko" if self._visible["ko"] else "en")
        key = shown[-1]
        self.focus_cell(key, lang, len(self.document.text_of(key[0], key[1], lang)))  # type: ignore[arg-type]

    def focus_neighbour(self, key: tuple[str, str], lang: str, step: int) -> None:
        if key not in self._index:
            return
        index = self._index[key] + step
        while 0 <= index < len(self.order) and self.order[index] in self._hidden:
            index += step
        if 0 <= index < len(self.order):
            target = self.order[index]
            position = 0 if step > 0 else len(
                self.document.text_of(target[0], target[1], lang))  # type: ignore[arg-type]
            self.focus_cell(target, lang, position)

    def next_matching(self, step: int, wanted: set[str]) -> tuple[str, str] | None:
        """The next row (from the current one) whose status is in `wanted`."""
        cur = self.current()
        start = self._index[cur[0]] if cur else -1
        n = len(self.order)
        for i in range(1, n + 1):
            key = self.order[(start + step * i) % n]
            seg = self.document.release.segment_by_id(key[0]) if key[1] == "text" else None
            if key not in self._hidden and seg is not None and \
                    seg.display_status().value in wanted:
                return key
        return None
