"""A point one side has alone whose facts the neighbouring pair's other side states.

The aligner pairs points one to one, two to one at most; a news English that tells one long
Korean paragraph in three short points, or a Korean copy that puts in two sentences what the
English gives in one, leaves a point alone although its content is there: the English point
beside it states facts of this Korean point that its own Korean lacks (batch 17: "추가로 지원하는
170만 달러는 ... 세계식량계획과 유엔아동기금을 통해" in the English of the point before, which
names the WFP and UNICEF its Korean does not). Such a point is a merge (or a split) to note,
not a point "with no translation".

The facts must be ones a translation keeps (`checks.structure.features`) and that the
neighbour's own counterpart lacks; and specific: a number, a date, a Latin name, a person's
name (`text.align.names`), or at least
two glossary terms or surnames (one term, a country or a title, or the minister's name,
recurs everywhere: the batch-14 attempt on one term turned right findings into wrong
merges).
"""

from __future__ import annotations

from collections.abc import Sequence

from mfa_desk.checks.structure import Aligned, features
from mfa_desk.glossary import Glossary
from mfa_desk.model.release import SegmentRef

# How far a neighbouring pair may stand: the pair next to the point, past other points
# one side has alone.
_NEAR = 2


Facts = dict[tuple[str, str], set[tuple[str, str]]]


def _facts(ref: SegmentRef, lang: str, glossary: Glossary, known: Facts
           ) -> set[tuple[str, str]]:
    text = ref.segment.text.ko if lang == "ko" else ref.segment.text.en
    if (lang, text) not in known:  # a neighbour is read for every gap beside it
        known[lang, text] = features(text, lang == "ko", glossary)
    return known[lang, text]


def _specific(shared: set[tuple[str, str]]) -> bool:
    # A person's surname recurs as the glossary terms do (the minister of every point).
    return any(f[0] in "ndwm" for f in shared) or len({f for f in shared if f[0] in "gs"}) >= 2


def covering_pair(aligned: Sequence[Aligned], i: int, glossary: Glossary,
                  known: Facts | None = None) -> SegmentRef | None:
    """For a point one side has alone (`aligned[i]`), the other side's point of a pair
    nearby that states facts of it its own counterpart lacks: the English of a pair for a
    Korean point (merged into it), the English point it was split from for an English one;
    else None."""
    gap = aligned[i]
    lang = "ko" if gap.ko is not None else "en"
    ref = gap.ko if gap.ko is not None else gap.en
    if ref is None:
        return None
    known = {} if known is None else known
    mine = _facts(ref, lang, glossary, known)
    other = "en" if lang == "ko" else "ko"
    for step in (-1, 1):
        n = i + step
        while 0 <= n < len(aligned) and abs(n - i) <= _NEAR:
            pair = aligned[n]
            if pair.part_of is None and pair.ko is not None and pair.en is not None:
                theirs = _facts(pair.ko if other == "ko" else pair.en, other, glossary, known)
                own = _facts(pair.en if other == "ko" else pair.ko, lang, glossary, known)
                if _specific((mine & theirs) - own):
                    return pair.en
                break
            n += step
    return None
