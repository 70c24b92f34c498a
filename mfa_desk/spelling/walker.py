"""Walking through the misspellings of a release in reading order (F7)."""

from __future__ import annotations

from collections.abc import Sequence

from mfa_desk.constants import LANGS
from mfa_desk.model.release import Release
from mfa_desk.spelling.findings import SpellFinding
from mfa_desk.spelling.release_check import release_texts

Position = tuple[int, int, int]  # text index in reading order, pane index, offset


def text_order(release: Release) -> dict[str, int]:
    """Reading-order index of every text path (segments, then attachments)."""
    return {item.path: i for i, item in enumerate(release_texts(release))}


def position_key(order: dict[str, int], path: str, pane: str, offset: int) -> Position:
    return (order.get(path, -1), LANGS.index(pane) if pane in LANGS else 0, offset)


def next_finding(release: Release, findings: Sequence[SpellFinding], path: str, pane: str,
                 offset: int, backwards: bool = False) -> SpellFinding | None:
    """The first finding after (or before) a position, wrapping around; None if none.

    A finding that starts exactly at the position is the current one and is
    skipped, so pressing F7 again moves on.
    """
    if not findings:
        return None
    order = text_order(release)
    here = position_key(order, path, pane, offset)
    keyed = sorted(((position_key(order, f.segment, f.pane, f.offset), i)
                    for i, f in enumerate(findings)))
    if backwards:
        before = [i for key, i in keyed if key < here]
        return findings[before[-1] if before else keyed[-1][1]]
    after = [i for key, i in keyed if key > here]
    return findings[after[0] if after else keyed[0][1]]
