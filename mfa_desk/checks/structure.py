"""Structure: pair the Korean and English points by content when their counts differ.

The model pairs texts by position. When a point was dropped or two were merged in one
language, positions shift and every later pair would compare the wrong texts. Here the
non-empty Korean and English texts of all points, in document order, are aligned by the
one aligner of `mfa_desk.text.align` (the one pair import uses), with what the checks
know of each text: dates, amounts, Latin words and glossary terms; a gap is then reported
once, at its place, a merge or split once, and the pairs after them are compared with
their true counterparts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mfa_desk.checks.dates import english_dates, korean_dates
from mfa_desk.checks.glossary_check import en_pattern, term_words, terms_in_korean
from mfa_desk.checks.numbers import extract_quantities
from mfa_desk.constants import Lang
from mfa_desk.glossary import Glossary
from mfa_desk.model.release import SegmentRef
from mfa_desk.text.align import (
    SAME_POSITION_BONUS,
    Item,
    Weights,
    align,
    content_similarity,
    lenient_similarity,
)
from mfa_desk.text.align import typical_ratio as typical_length_ratio
from mfa_desk.text.align.anchors import shared_anchor
from mfa_desk.text.align.names import name_keys
from mfa_desk.text.values import surname_features

# The place of a text stored alone in its cell (the other language left empty).
_ALONE = "|alone"
# What a stored pair is worth when the release was stored by content (`interior_gap`):
# as much as a side-by-side table's row (formats/table_rows.py).
STORED_PAIR_BONUS = 0.5


@dataclass(frozen=True)
class Aligned:
    ko: SegmentRef | None  # None: an English text with no Korean counterpart
    en: SegmentRef | None  # None: a Korean text with no English counterpart
    # A gap whose text the other language has inside a neighbouring pair: the Korean
    # point merged into that pair's English point (or the English point split off it).
    part_of: SegmentRef | None = None


def features(text: str, korean: bool, glossary: Glossary | None = None
             ) -> set[tuple[str, str]]:
    """What a text and its translation share whatever the wording: dates, numbers, Latin
    words, a person's surname beside a title, and glossary terms (keyed by their approved
    English)."""
    dates = korean_dates(text) if korean else english_dates(text)
    out = {("d", f"{d.month}-{d.day}") for d in dates}
    spans = [(d.start, d.end) for d in dates]
    out |= {("n", str(q.value)) for q in extract_quantities(text, korean, spans) if q.claim}
    out |= {("w", w.casefold()) for w in re.findall(r"[A-Za-z][A-Za-z0-9]{1,}", text)
            if korean or w[0].isupper() and len(w) > 2}
    out |= surname_features(text, korean)
    terms = term_words(glossary) if glossary is not None else frozenset()
    out |= {("m", key) for key in name_keys(text, korean, terms.__contains__)}
    if glossary is not None:
        if korean:
            out |= {("g", p.en) for p in terms_in_korean(text, glossary)}
        else:
            out |= {("g", p.en) for p in glossary.pairs
                    if any(en_pattern(r).search(text) for r in p.renderings())}
    return out


def similarity(ko: str, en: str, ratio: float, ko_feats: set[tuple[str, str]] | None = None,
               en_feats: set[tuple[str, str]] | None = None) -> float:
    kf = features(ko, True) if ko_feats is None else ko_feats
    ef = features(en, False) if en_feats is None else en_feats
    return content_similarity(Item(1, len(ko), frozenset(kf)), Item(1, len(en), frozenset(ef)),
                              ratio)


def typical_ratio(refs: Sequence[SegmentRef]) -> float:
    return typical_length_ratio([(len(r.segment.text.ko), len(r.segment.text.en)) for r in refs
                                 if r.segment.text.ko.strip() and r.segment.text.en.strip()])


def align_points(refs: Sequence[SegmentRef], glossary: Glossary | None = None
                 ) -> list[Aligned]:
    """Align the Korean and English sides of `refs` (points in document order) with the
    one aligner of `mfa_desk.text.align`."""
    kos = [r for r in refs if r.segment.text.ko.strip()]
    ens = [r for r in refs if r.segment.text.en.strip()]
    if [r.path for r in kos] == [r.path for r in ens]:
        return [Aligned(r, r) for r in kos]
    ko_items = [Item(r.level, len(r.segment.text.ko),
                     frozenset(features(r.segment.text.ko, True, glossary)), _place(r))
                for r in kos]
    en_items = [Item(r.level, len(r.segment.text.en),
                     frozenset(features(r.segment.text.en, False, glossary)), _place(r))
                for r in ens]
    out: list[Aligned] = []
    # Levels say little here: a release imported by position may hold an English point
    # at the place of a Korean sub-point. Its stored pairs are trusted when a cell inside
    # it is empty: someone (the pair import's aligner, or a translator) decided that point
    # has no counterpart, and so paired the others by content.
    # Then a text pairs with another cell's only on evidence (a shared anchor).
    trusted = interior_gap(refs)
    for link in align(ko_items, en_items, typical_ratio(refs), level_cost=0.0,
                      blind_cost=0.0,
                      similarity=_within_cells if trusted else lenient_similarity,
                      place_bonus=STORED_PAIR_BONUS if trusted else SAME_POSITION_BONUS):
        ko_refs = [kos[i] for i in link.ko]
        en_refs = [ens[j] for j in link.en]
        if link.kind == "merged":
            out += [Aligned(ko_refs[0], en_refs[0]), Aligned(ko_refs[1], None, ko_refs[0])]
        elif link.kind == "split":
            out += [Aligned(ko_refs[0], en_refs[0]), Aligned(None, en_refs[1], en_refs[0])]
        else:
            out.append(Aligned(ko_refs[0] if ko_refs else None, en_refs[0] if en_refs else None))
    return out


def _within_cells(ko: Item, en: Item, ratio: float, *, weights: Weights | None = None
                  ) -> float:
    """`lenient_similarity`, except that two texts each stored alone (cells someone left
    empty on the other side) pair only when they share an anchor
    (`text.align.anchors.shared_anchor`)."""
    if ko.position.endswith(_ALONE) and en.position.endswith(_ALONE) and not any(
            shared_anchor(f, weights) for f in ko.features & en.features):
        return -1.0
    return lenient_similarity(ko, en, ratio, weights=weights)


def _place(ref: SegmentRef) -> str:
    alone = not (ref.segment.text.ko.strip() and ref.segment.text.en.strip())
    return ref.path + (_ALONE if alone else "")


def interior_gap(refs: Sequence[SegmentRef]) -> bool:
    """A point with one language only before a point with both: not what pairing by
    position leaves (its extra points come last)."""
    both = [bool(r.segment.text.ko.strip()) and bool(r.segment.text.en.strip()) for r in refs]
    one = [bool(r.segment.text.ko.strip()) != bool(r.segment.text.en.strip()) for r in refs]
    return any(one[i] and any(both[i + 1:]) for i in range(len(refs)))


def level_counts(refs: Sequence[SegmentRef], lang: Lang) -> dict[int, int]:
    counts: dict[int, int] = {}
    for r in refs:
        if r.segment.text.get(lang).strip():
            counts[r.level] = counts.get(r.level, 0) + 1
    return counts


def count_summary(refs: Sequence[SegmentRef]) -> str:
    """"Korean 4 / English 3 at level 1" for each level whose counts differ."""
    ko, en = level_counts(refs, "ko"), level_counts(refs, "en")
    parts = [f"level {lv}: Korean {ko.get(lv, 0)}, English {en.get(lv, 0)}"
             for lv in sorted(set(ko) | set(en)) if ko.get(lv, 0) != en.get(lv, 0)]
    return "; ".join(parts)


def find_merges(aligned: Sequence[Aligned]) -> dict[int, set[int]]:
    """Korean points without English whose content the English of a neighbour carries.

    Returns {index of the neighbouring pair: {indexes of the merged Korean gaps}}: the
    neighbour's English is then compared with both Korean texts together.
    """
    merges: dict[int, set[int]] = {}
    for i, gap in enumerate(aligned):
        if gap.en is not None or gap.ko is None:
            continue
        # Glossary terms (titles, "Minister") and the person a release speaks of recur in
        # neighbouring points; only dates, numbers and Latin names show a merge.
        gap_feats = {f for f in features(gap.ko.segment.text.ko, True) if f[0] not in "gs"}
        if not gap_feats:
            continue
        best, best_share = -1, 0.0
        # The nearest pair before and after it (an English point of its own may stand
        # between: "1. A+B" then "° note" then the Korean B alone).
        before = next((n for n in range(i - 1, -1, -1) if _both(aligned[n])), -1)
        after = next((n for n in range(i + 1, len(aligned)) if _both(aligned[n])), -1)
        for n in (before, after):
            if n < 0:
                continue
            pair = aligned[n]
            if pair.ko is None or pair.en is None:
                continue
            own = features(pair.ko.segment.text.ko, True)
            en = features(pair.en.segment.text.en, False)
            carried = (gap_feats - own) & en
            share = len(carried) / max(1, len(gap_feats - own))
            if share > best_share:
                best, best_share = n, share
        if best >= 0 and best_share >= 0.5:
            merges.setdefault(best, set()).add(i)
    return merges


def _both(pair: Aligned) -> bool:
    return pair.ko is not None and pair.en is not None


def number_in_lone_note(check: str, ko: str, en: str, notes_en: Sequence[str]) -> bool:
    """A Korean number the English gives only in a note that has no Korean of its own:
    a news copy folds the release's ※ note into its paragraph ("기지원한 200만불에 이어"
    for "※ ... contributed a combined two million US dollars"). The note's own gap
    finding reports the difference; the number is not missing."""
    if check != "number" or not ko or en or not notes_en:
        return False
    values = {q.value for q in extract_quantities(ko, True) if q.claim}
    in_notes = {q.value for text in notes_en for q in extract_quantities(text, False)}
    return bool(values) and values <= in_notes
