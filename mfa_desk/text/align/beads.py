"""The dynamic programme of the one aligner: beads of 1:1, 1:0, 0:1, 2:1 and 1:2 points.

Pair import, the side-by-side import and the translation checks all pair the points of
the two languages here. Position alone fails on real translations: one extra English
point, a Korean paragraph the English leaves out, or two Korean paragraphs merged into
one English point would shift every later pair. Each point is reduced to an `Item`: its
level, its length and the facts a translation keeps whatever its wording (dates, amounts,
Latin names, glossary terms; see `text.values` and `checks.structure`). A dynamic
programme then chooses, for the whole release, pairs (1:1), points on one side only, and
merges (two Korean points in one English point) or splits (the reverse), so that a gap
shifts nothing else and is reported once, at its place.

As in a CAT tool's sentence aligner, the score of a bead is its length fit (the release's
English/Korean length ratio) and its anchors: the facts both texts name, each weighted by
how rare it is in the release (`anchors.rarity`): a number or name found in one point of
each language ties them; "Minister", named in every point, ties nothing. A point that
moved (a news copy telling the end first) is paired afterwards (`moves`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Protocol

from mfa_desk.text.align.anchors import Weights, claimed, rarity, shared_anchor
from mfa_desk.text.align.items import Feature, Item, Link, combined
from mfa_desk.text.align.moves import recover_moves

DEFAULT_EN_KO_RATIO = 2.4  # English characters per Korean character in typical releases
GAP_SCORE = -0.2
MATCH_OFFSET = 0.3  # a pair scores its similarity minus this; two gaps score -0.4
MERGE_COST = 0.2  # a merge or split must be clearly better than a pair and a gap
OTHER_LEVEL_COST = 0.5  # a point paired with a sub-point needs strong shared content
SAME_POSITION_BONUS = 0.02  # a tie-break only: without content, pairs keep their places
# A rare number or date one side names and the other lacks, in a pair that shares other
# facts: each costs this much times its weight (anchors.rarity), at most MAX_LONE_COST.
LONE_FACT_COST = 0.1
MAX_LONE_COST = 0.3
# A number or date of one side that the other language names in another point: pairing
# these two crosses that anchor (a merge or a move, not this pair).
CROSSED_COST = 0.3
MAX_CROSSED_COST = 0.6
# Both sides of the same shape (as many points, of the same levels): their places pair
# unless the content of other places says clearly otherwise (a news copy that tells the
# last paragraph first keeps the count; every pair by position would then be wrong).
SAME_SHAPE_BONUS = 0.3
# Pairing a point with a sub-point when one side has a single level: no cost to speak of
# (a news copy or an English page loses the release's "ㅇ" and "°" levels).
FLAT_LEVEL_COST = 0.05
# Two texts with no fact at all in common sight (no date, number, name or term on either
# side) at different places: nothing says they belong together, so they pair only where
# a gap would cost more (the old positional pairing, level by level).
BLIND_MOVE_COST = 0.45

# Beyond this many cells (a 200 x 200 release; real ones have under 30 points a side)
# the programme would cost seconds: such input pairs by position (the extra items kept
# on one side), in linear time. benchmarks/aligner_speed.py prints the times.
MAX_CELLS = 40_401

def content_similarity(ko: Item, en: Item, ratio: float, unrelated_cost: float = 0.5,
                       one_sided_cost: float = 0.3, *, weights: Weights | None = None) -> float:
    """About 0..1: the share of dates, numbers, Latin names and terms they share, and how
    well their lengths fit the release's English/Korean length ratio. Facts on both sides
    and none shared (`unrelated_cost`), or facts on one side only (`one_sided_cost`: a
    translation keeps its numbers), say "not a translation of each other". `weights`:
    what each fact is worth (`anchors.rarity`; 1 each without)."""
    r = max(en.length, 1) / max(ko.length, 1)
    length_sim = math.exp(-abs(math.log(r / ratio)))
    # A month and day on one side whose day the other names alone ("30일" / "January 30")
    # is the same date: only the day counts.
    both = ko.features & en.features
    days = {f[1] for f in both if f[0] == "D"}
    # A person's name ("m", `names`) counts where both texts give it: an English text
    # names many capitalised words, a Korean one keys every word before a title.
    names = {f for f in both if f[0] == "m"}
    ko_facts = {f for f in ko.features if not _dated(f, days, en.features)
                and (f[0] != "m" or f in names)}
    en_facts = {f for f in en.features if f[0] not in "wm" and not _dated(f, days, ko.features)
                } | names
    if not ko_facts and not en_facts:
        # Neither text names a date, number or term: they agree on that much.
        return 0.6 * 0.5 + 0.4 * length_sim

    def worth(facts: Iterable[Feature]) -> float:
        return sum(1.0 if weights is None else weights.get(f, 1.0) for f in facts)

    shared_facts = both
    shared = len(shared_facts)
    # English capitalised words are many; only the Korean side's Latin words count fully.
    strong = {f for f in ko_facts if f[0] != "w"} | en_facts
    denom = worth(strong) + worth(ko_facts - strong)
    share = worth(shared_facts) / max(denom, 1.0 if weights is None else 1e-9)
    score = 0.6 * min(1.0, share) + 0.4 * length_sim
    if not shared:
        if ko_facts and en_facts:
            score -= unrelated_cost
        else:  # the more facts one side names, the surer: 2 facts cost one_sided_cost
            facts = len(ko_facts or en_facts)
            score -= min(2 * one_sided_cost, one_sided_cost * facts / 2)
    if weights is not None and unrelated_cost:
        # A number or date of one side is not in the other. If the other language names
        # it in another point, this pair crosses an anchor; else, where they share other
        # facts, a translation keeps it and a neighbouring paragraph does not.
        lone = {f for f in (ko_facts - en.features) | (en_facts - ko.features) if f[0] in "nd"}
        crossed = claimed(lone, weights)
        score -= min(MAX_CROSSED_COST, CROSSED_COST * worth(crossed))
        if shared:
            score -= min(MAX_LONE_COST, LONE_FACT_COST * worth(lone - crossed))
    return score


def _dated(fact: Feature, days: set[str], other: frozenset[Feature]) -> bool:
    """A month and day the other text lacks, though it names the day."""
    return fact[0] == "d" and fact not in other and fact[1].split("-")[1] in days


def lenient_similarity(ko: Item, en: Item, ratio: float, *,
                       weights: Weights | None = None) -> float:
    """`content_similarity` without the costs of unshared facts: for texts already stored
    as pairs, where a fact that differs is a translation fault to report."""
    return content_similarity(ko, en, ratio, 0.0, 0.0, weights=weights)


class Similarity(Protocol):
    def __call__(self, ko: Item, en: Item, ratio: float, *,
                 weights: Weights | None = None) -> float: ...


def _evidence(ko: Item, en: Item, weights: Weights | None = None) -> bool:
    """They share a fact that ties them (`anchors.shared_anchor`): a date, number or Latin
    name (a glossary term such as a country or a title recurs in neighbouring points and
    shows no merge) not named everywhere, or a term each language names here only."""
    return any(shared_anchor(f, weights) for f in ko.features & en.features)


def _blind(ko: Item, en: Item) -> bool:
    """No fact to compare: no date, number or term on either side, no Latin word in the
    Korean (the English's capitalised words alone say nothing)."""
    return not ko.features and not any(f[0] != "w" for f in en.features)


def _pair_score(ko: Item, en: Item, ratio: float, similarity: Similarity,
                level_cost: float = OTHER_LEVEL_COST, blind_cost: float = BLIND_MOVE_COST,
                place_bonus: float = SAME_POSITION_BONUS, weights: Weights | None = None
                ) -> float:
    if ko.position and ko.position == en.position and not (ko.length and en.length):
        return place_bonus  # one cell with one side still empty: it stays one cell
    score = similarity(ko, en, ratio, weights=weights) - MATCH_OFFSET
    if ko.level != en.level:
        score -= level_cost
    if ko.position and ko.position == en.position:
        score += place_bonus
    elif ko.position and en.position and _blind(ko, en):
        score -= blind_cost
    return score


def align(ko: Sequence[Item], en: Sequence[Item], ratio: float = DEFAULT_EN_KO_RATIO,
          similarity: Similarity = content_similarity,
          level_cost: float = OTHER_LEVEL_COST, blind_cost: float = BLIND_MOVE_COST,
          place_bonus: float = SAME_POSITION_BONUS, moves: bool = True) -> list[Link]:
    """The best links of the two sequences, in Korean order; every item is in exactly one.

    `level_cost` (pairing a point with a sub-point) and `blind_cost` (pairing two texts
    without facts at different places): 0 where places and levels are not to be trusted
    (a release stored by position, whose English may have moved up or down). A side with
    one level only (a news copy flattens the release's sub-points) says nothing about
    levels either. `place_bonus`: what sharing a place is worth; more than a tie-break
    where both texts were stored together (a wrong number there is a fault, not a shift),
    and at least `SAME_SHAPE_BONUS` when both sides have the same shape. `moves`: pair a
    point one side tells elsewhere afterwards (`moves.recover_moves`)."""
    n, m = len(ko), len(en)
    if (n + 1) * (m + 1) > MAX_CELLS:
        return [Link((i,) if i < n else (), (i,) if i < m else ()) for i in range(max(n, m))]
    same_shape = n == m and all(k.level == e.level and k.position == e.position
                                for k, e in zip(ko, en, strict=True))
    if same_shape:
        place_bonus = max(place_bonus, SAME_SHAPE_BONUS)
    if len({k.level for k in ko}) < 2 or len({e.level for e in en}) < 2:
        level_cost = min(level_cost, FLAT_LEVEL_COST)
    weights = rarity(ko, en)

    def pair(k: Item, e: Item) -> float:
        return _pair_score(k, e, ratio, similarity, level_cost, blind_cost, place_bonus,
                           weights)

    def evidence(k: Item, e: Item) -> bool:
        return _evidence(k, e, weights)

    score = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    move: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = score[i][j]
            if here == -math.inf:
                continue
            steps: list[tuple[int, int, float]] = []
            if i < n:
                steps.append((1, 0, GAP_SCORE))
            if j < m:
                steps.append((0, 1, GAP_SCORE))
            if i < n and j < m:
                steps.append((1, 1, pair(ko[i], en[j])))
            # A merge or split needs evidence: both parts share facts with the other side.
            if i + 1 < n and j < m and evidence(ko[i], en[j]) and evidence(ko[i + 1], en[j]):
                steps.append((2, 1, pair(combined(ko[i], ko[i + 1]), en[j]) - MERGE_COST))
            if i < n and j + 1 < m and evidence(ko[i], en[j]) and evidence(ko[i], en[j + 1]):
                steps.append((1, 2, pair(ko[i], combined(en[j], en[j + 1])) - MERGE_COST))
            for di, dj, gain in steps:
                if here + gain > score[i + di][j + dj]:
                    score[i + di][j + dj] = here + gain
                    move[i + di][j + dj] = (di, dj)
    links: list[Link] = []
    i, j = n, m
    while i or j:
        di, dj = move[i][j]
        links.append(Link(tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    links.reverse()
    if not moves:
        return links

    def moved(k: Item, e: Item) -> float:
        # A moved point has left its place: no place bonus, and it needs evidence.
        if not evidence(k, e):
            return -math.inf
        return _pair_score(k, e, ratio, similarity, level_cost, 0.0, 0.0, weights)

    return recover_moves(links, ko, en, moved)


def typical_ratio(pairs: Sequence[tuple[int, int]]) -> float:
    """The median English/Korean length ratio of (Korean length, English length) pairs
    that both have text; the default when there are none."""
    ratios = sorted(en / ko for ko, en in pairs if ko and en)
    return ratios[len(ratios) // 2] if ratios else DEFAULT_EN_KO_RATIO
