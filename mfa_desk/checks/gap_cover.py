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

from collections.abc import Callable, Sequence

from mfa_desk.checks.findings import WARNING, QaFinding, Where
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


def _recurring(shared: set[tuple[str, str]], aligned: Sequence[Aligned], n: int, lang: str,
               glossary: Glossary, known: Facts) -> set[tuple[str, str]]:
    """The terms and surnames of `shared` that two or more `lang` points besides pair `n`
    say too: the two countries of a bilateral call ("한국과 미국, 중국, 러시아, 몽골 5개국" beside
    the English "South Korea and Russia as key partners", batch 18) are in every other
    paragraph and tie the gap to no point in particular."""
    counted = {f for f in shared if f[0] in "gs"}
    seen: dict[tuple[str, str], int] = {}
    for m, pair in enumerate(aligned):
        ref = pair.ko if lang == "ko" else pair.en
        if m == n or ref is None or not counted:
            continue
        for f in counted & _facts(ref, lang, glossary, known):
            seen[f] = seen.get(f, 0) + 1
    return {f for f, times in seen.items() if times >= 2}


def _said_nowhere_else(shared: set[tuple[str, str]], aligned: Sequence[Aligned],
                       skip: tuple[int, int], glossary: Glossary, known: Facts) -> bool:
    """A glossary term of `shared` that no point but the gap and the neighbouring pair says,
    on either side: one such term ties an English point to the Korean beside it (batch 18,
    "The two ministers engaged in discussions on ... the Korean Peninsula", the second half
    of a Korean lead whose △ list ends with 한반도 정세). Only for an English point: a Korean
    point whose English was dropped shares one term with a neighbour as easily (the seeded
    'dropped point' of benchmarks/translation_checks.py, 66/67 when tried both ways)."""
    terms = {f for f in shared if f[0] == "g"}
    for m, pair in enumerate(aligned):
        if m in skip or not terms:
            continue
        for lang, ref in (("ko", pair.ko), ("en", pair.en)):
            if ref is not None:
                terms -= _facts(ref, lang, glossary, known)
    return bool(terms)


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
                shared = (mine & theirs) - own
                if _specific(shared - _recurring(shared, aligned, n, other, glossary, known)) \
                        or lang == "en" and _said_nowhere_else(shared, aligned, (i, n),
                                                               glossary, known):
                    return pair.en
                break
            n += step
    return None


def restated_lead(aligned: Sequence[Aligned], i: int, glossary: Glossary,
                  known: Facts | None = None) -> SegmentRef | None:
    """For an English point alone before any pair (a news lead: "South Korea and the US
    signed an MOU on ..., Seoul's foreign ministry said Tuesday"), the English of the first
    pair after it when both sides of that pair state specific facts of it: the lead tells
    that point's Korean once more, in short (batch 18, the intelligence MOU; batch 14 left
    the same shape); else None."""
    gap = aligned[i]
    if gap.en is None or gap.ko is not None \
            or any(a.ko is not None and a.en is not None for a in aligned[:i]):
        return None
    n = next((m for m in range(i + 1, min(len(aligned), i + _NEAR + 1))
              if aligned[m].part_of is None and aligned[m].ko is not None
              and aligned[m].en is not None), None)
    if n is None:
        return None
    pair, known = aligned[n], {} if known is None else known
    assert pair.ko is not None and pair.en is not None
    shared = _facts(gap.en, "en", glossary, known) & _facts(pair.ko, "ko", glossary, known) \
        & _facts(pair.en, "en", glossary, known)
    return pair.en if _specific(shared - _recurring(shared, aligned, n, "ko", glossary, known)) \
        else None


# What a point's English must state of a note for the note to be there: its dates, numbers
# and Latin names (a footnote's "2019.4월 ... 격상" is "established in April 2019"); a
# "structure" finding of the pair is a whole sentence of the note left out.
_NOTE_FACT_CHECKS = ("date", "number", "latin", "structure")


def note_in_points(note: SegmentRef, points: Sequence[SegmentRef], glossary: Glossary,
                   compare: Callable[[str, str], list[QaFinding]]) -> SegmentRef | None:
    """For a Korean note with no English of its own, the point whose English states every
    date, number and Latin name of it while the point's own Korean lacks one of them: the
    English folded the footnote into that paragraph (batch 18, "* 2019.4월 특별 전략적 동반자
    관계 격상" - "the special strategic partnership established in April 2019"); else None.
    A note with none of those facts is never taken as folded."""
    ko = note.segment.text.ko
    facts = {f for f in features(ko, True, glossary) if f[0] in "dnw"}
    if not facts:
        return None
    for ref in points:
        en = ref.segment.text.en
        if not en.strip() or not facts - features(ref.segment.text.ko, True, glossary):
            continue
        if not any(f.check in _NOTE_FACT_CHECKS for f in compare(ko, en)):
            return ref
    return None


def fold_notes(found: list[QaFinding], refs: Sequence[SegmentRef], glossary: Glossary,
               compare: Callable[[str, str], list[QaFinding]]) -> list[QaFinding]:
    """`found` (the notes' findings) with "The note has no English translation" of a note an
    English point states (`note_in_points`) turned into a merge to note."""
    points = [r for r in refs if r.kind == "point"]
    out = []
    for f in found:
        note = next((r for r in refs if r.path == f.segment and r.kind == "note"), None)
        into = None if note is None or f.check != "structure" or f.en \
            or not f.message.startswith("The note has no English") \
            else note_in_points(note, points, glossary, compare)
        if note is None or into is None:
            out.append(f)
            continue
        out.append(Where(note.path, note.segment.id).finding(
            "structure", WARNING, f.ko, "", f"Merged: its content is in the English of "
            f"{into.path} (a note the English gives in a point)"))
    return out
