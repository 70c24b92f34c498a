"""How much a shared fact says that two points are each other's translation.

A CAT tool's aligner trusts anchors by their rarity: a number, date or name found in one
point of each language ties those two points, while a term named in every point ("장관"
/ "Minister", "외교부" / "Ministry of Foreign Affairs") ties nothing. A fact's weight is
1 over the number of points that name it in the language where it is commoner.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from mfa_desk.text.align.items import Feature, Item

Weights = Mapping[Feature, float]


class Anchors(dict[Feature, float]):
    """The weight of every fact of the two sides, and which facts both sides name
    (`both`): such a fact, missing from a pair, is named by some other point there."""

    both: frozenset[Feature]

    def __init__(self, weights: dict[Feature, float], both: frozenset[Feature]) -> None:
        super().__init__(weights)
        self.both = both


def rarity(ko: Sequence[Item], en: Sequence[Item]) -> Anchors:
    """The weight of every fact of the two sides: 1 / (points naming it, commoner side)."""
    ko_count = Counter(f for item in ko for f in item.features)
    en_count = Counter(f for item in en for f in item.features)
    return Anchors({f: 1.0 / max(ko_count.get(f, 0), en_count.get(f, 0), 1)
                    for f in ko_count.keys() | en_count.keys()},
                   frozenset(ko_count.keys() & en_count.keys()))


def claimed(facts: set[Feature], weights: Weights | None) -> set[Feature]:
    """The facts of `facts` that the other language names in another point: pairing
    across such an anchor contradicts it."""
    both: frozenset[Feature] = weights.both if isinstance(weights, Anchors) else frozenset()
    return {f for f in facts if f in both}


def shared_anchor(feature: Feature, weights: Weights | None) -> bool:
    """Whether a fact both texts name ties them: a date, number or Latin name named in at
    most two points of each language ("G20", in every point of a G20 release, ties
    nothing), a glossary term in one point of each only ("한반도" / "Korean Peninsula").
    Without weights (a lone pair), any fact but a glossary term."""
    if weights is None:
        return feature[0] != "g"
    return weights.get(feature, 0.0) >= (1.0 if feature[0] == "g" else 0.5)
