"""Points told in another order: a news copy that opens with the ministry's last
paragraph, an English page that gives a figure before the paragraph it followed.

The dynamic programme pairs in order only, so such a point is left on one side, and its
translation on the other, each as a gap. Here a Korean gap and an English gap are paired
when they share a specific anchor (a number, a date, a Latin name, or a term each names
alone) and their pair score is better than the two gaps it replaces; the best such pair
first. The link then stands at the Korean point's place.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from mfa_desk.text.align.items import Item, Link

# Two gaps cost 2 x 0.2: a moved pair must score better than that by a margin.
MOVE_MIN_SCORE = -0.2


def recover_moves(links: list[Link], ko: Sequence[Item], en: Sequence[Item],
                  score: Callable[[Item, Item], float]) -> list[Link]:
    """`links` with Korean-only and English-only items paired where `score` (-inf when
    there is no anchor) says they are a moved translation; in Korean order."""
    ko_gaps = [link.ko[0] for link in links if link.kind == "ko-only"]
    en_gaps = [link.en[0] for link in links if link.kind == "en-only"]
    if not ko_gaps or not en_gaps:
        return links
    candidates = sorted(((score(ko[i], en[j]), i, j) for i in ko_gaps for j in en_gaps),
                        reverse=True)
    paired: dict[int, int] = {}
    used: set[int] = set()
    for value, i, j in candidates:
        if value == -math.inf or value < MOVE_MIN_SCORE:
            break
        if i not in paired and j not in used:
            paired[i] = j
            used.add(j)
    if not paired:
        return links
    out: list[Link] = []
    for link in links:
        if link.kind == "ko-only" and link.ko[0] in paired:
            out.append(Link(link.ko, (paired[link.ko[0]],)))
        elif not (link.kind == "en-only" and link.en[0] in used):
            out.append(link)
    return out
