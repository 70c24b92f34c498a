"""Structure: pair the Korean and English points by content when their counts differ.

The model pairs texts by position. When a point was dropped or two were merged in one
language, positions shift and every later pair would compare the wrong texts. Here the
non-empty Korean and English texts of all points, in document order, are aligned by a
dynamic programme scoring each candidate pair by shared dates, numbers and Latin words and
by the length ratio; a gap is then reported once, at its place, and the pairs after it
are compared with their true counterparts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mfa_desk.checks.dates import english_dates, korean_dates
from mfa_desk.checks.glossary_check import en_pattern, terms_in_korean
from mfa_desk.checks.numbers import extract_quantities
from mfa_desk.glossary import Glossary
from mfa_desk.model.release import SegmentRef

DEFAULT_EN_KO_RATIO = 2.4  # English characters per Korean character in typical releases
GAP_SCORE = -0.2
MATCH_OFFSET = 0.3  # a pair scores its similarity minus this; two gaps score -0.4
SAME_SEGMENT_BONUS = 0.02  # a tie-break only: after a gap every later pair is off by one


@dataclass(frozen=True)
class Aligned:
    ko: SegmentRef | None  # None: an English text with no Korean counterpart
    en: SegmentRef | None  # None: a Korean text with no English counterpart


def features(text: str, korean: bool, glossary: Glossary | None = None
             ) -> set[tuple[str, str]]:
    """What a text and its translation share whatever the wording: dates, numbers, Latin
    words and glossary terms (keyed by their approved English)."""
    dates = korean_dates(text) if korean else english_dates(text)
    out = {("d", f"{d.month}-{d.day}") for d in dates}
    spans = [(d.start, d.end) for d in dates]
    out |= {("n", str(q.value)) for q in extract_quantities(text, korean, spans) if q.claim}
    out |= {("w", w.casefold()) for w in re.findall(r"[A-Za-z][A-Za-z0-9]{1,}", text)
            if korean or w[0].isupper() and len(w) > 2}
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
    r = max(len(en), 1) / max(len(ko), 1)
    length_sim = math.exp(-abs(math.log(r / ratio)))
    strong = {f for f in kf if f[0] != "w"} | {f for f in ef if f[0] != "w"}
    ko_names = [f for f in kf if f[0] == "w"]
    if not strong and not ko_names:
        # Neither text names a date, number or term: they agree on that much.
        return 0.6 * 0.5 + 0.4 * length_sim
    shared = len(kf & ef)
    # English capitalised words are many; only the Korean side's Latin words count fully.
    denom = max(1, len(strong) + len(ko_names))
    return 0.6 * min(1.0, shared / denom) + 0.4 * length_sim


def typical_ratio(refs: Sequence[SegmentRef]) -> float:
    ratios = sorted(len(r.segment.text.en) / len(r.segment.text.ko) for r in refs
                    if r.segment.text.ko.strip() and r.segment.text.en.strip())
    return ratios[len(ratios) // 2] if ratios else DEFAULT_EN_KO_RATIO


def align_points(refs: Sequence[SegmentRef], glossary: Glossary | None = None
                 ) -> list[Aligned]:
    """Align the Korean and English sides of `refs` (points in document order)."""
    kos = [r for r in refs if r.segment.text.ko.strip()]
    ens = [r for r in refs if r.segment.text.en.strip()]
    if [r.path for r in kos] == [r.path for r in ens]:
        return [Aligned(r, r) for r in kos]
    ratio = typical_ratio(refs)
    kf = [features(r.segment.text.ko, True, glossary) for r in kos]
    ef = [features(r.segment.text.en, False, glossary) for r in ens]
    n, m = len(kos), len(ens)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[""] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        score[i][0], move[i][0] = score[i - 1][0] + GAP_SCORE, "k"
    for j in range(1, m + 1):
        score[0][j], move[0][j] = score[0][j - 1] + GAP_SCORE, "e"
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            sim = similarity(kos[i - 1].segment.text.ko, ens[j - 1].segment.text.en, ratio,
                             kf[i - 1], ef[j - 1])
            if kos[i - 1].path == ens[j - 1].path:
                sim += SAME_SEGMENT_BONUS
            options = ((score[i - 1][j - 1] + sim - MATCH_OFFSET, "m"),
                       (score[i - 1][j] + GAP_SCORE, "k"), (score[i][j - 1] + GAP_SCORE, "e"))
            score[i][j], move[i][j] = max(options, key=lambda o: o[0])
    out: list[Aligned] = []
    i, j = n, m
    while i or j:
        step = move[i][j]
        if step == "m":
            out.append(Aligned(kos[i - 1], ens[j - 1]))
            i, j = i - 1, j - 1
        elif step == "k":
            out.append(Aligned(kos[i - 1], None))
            i -= 1
        else:
            out.append(Aligned(None, ens[j - 1]))
            j -= 1
    out.reverse()
    return out


def level_counts(refs: Sequence[SegmentRef], lang: str) -> dict[int, int]:
    counts: dict[int, int] = {}
    for r in refs:
        if r.segment.text.get(lang).strip():  # type: ignore[arg-type]
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
        # Glossary terms (titles, "Minister") recur in neighbouring points; only dates,
        # numbers and Latin names are specific enough to show a merge.
        gap_feats = {f for f in features(gap.ko.segment.text.ko, True) if f[0] != "g"}
        if not gap_feats:
            continue
        best, best_share = -1, 0.0
        for n in (i - 1, i + 1):
            if not 0 <= n < len(aligned):
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
