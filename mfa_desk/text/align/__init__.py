"""The one aligner of Korean and English points, by content (issue #11).

Pair import, the side-by-side import and the translation checks all pair the points of
the two languages here: `beads` (the dynamic programme over 1:1, 1:0, 0:1, 2:1 and 1:2
beads, scored by length fit and anchors), `anchors` (how much a shared fact is worth),
`moves` (points told in another order), `items` (what is aligned and returned).
"""

from mfa_desk.text.align.anchors import Weights, rarity
from mfa_desk.text.align.beads import (
    BLIND_MOVE_COST,
    DEFAULT_EN_KO_RATIO,
    GAP_SCORE,
    MATCH_OFFSET,
    MAX_CELLS,
    MERGE_COST,
    OTHER_LEVEL_COST,
    SAME_POSITION_BONUS,
    SAME_SHAPE_BONUS,
    Similarity,
    align,
    content_similarity,
    lenient_similarity,
    typical_ratio,
)
from mfa_desk.text.align.items import Feature, Item, Link, combined

__all__ = ["BLIND_MOVE_COST", "DEFAULT_EN_KO_RATIO", "GAP_SCORE", "MATCH_OFFSET", "MAX_CELLS",
           "MERGE_COST", "OTHER_LEVEL_COST", "SAME_POSITION_BONUS", "SAME_SHAPE_BONUS",
           "Feature", "Item", "Link", "Similarity", "Weights", "align", "combined",
           "content_similarity", "lenient_similarity", "rarity", "typical_ratio"]
