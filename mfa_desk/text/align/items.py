"""What the aligner sees of a point (`Item`) and what it returns (`Link`)."""

from __future__ import annotations

from dataclasses import dataclass

Feature = tuple[str, str]  # (kind, value): ("d", "10-4"), ("n", "500000"), ("w", "matthew")


@dataclass(frozen=True)
class Item:
    """One point (or sub-point, or note) of one language, as the aligner sees it."""

    level: int
    length: int
    features: frozenset[Feature] = frozenset()
    # Its place ("points[2].children[0]"): equal places pair when content does not decide.
    position: str = ""


@dataclass(frozen=True)
class Link:
    """Korean items paired with English items: (i,)(j,) a pair, (i,)() Korean only,
    ()(j,) English only, (i, i+1)(j,) a merge, (i,)(j, j+1) a split."""

    ko: tuple[int, ...]
    en: tuple[int, ...]

    @property
    def kind(self) -> str:
        if not self.en:
            return "ko-only"
        if not self.ko:
            return "en-only"
        if len(self.ko) == 2:
            return "merged"
        if len(self.en) == 2:
            return "split"
        return "pair"


def combined(a: Item, b: Item) -> Item:
    """Two items read as one (no place: a merge never wins on a place tie-break)."""
    return Item(a.level, a.length + b.length, a.features | b.features)
