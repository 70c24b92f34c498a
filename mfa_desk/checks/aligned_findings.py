"""Findings of a list of points (or notes) aligned by content: each pair compared, a
point one side lacks reported once at its place, two points one side merged (or split)
reported once and compared together.

The aligner (`checks.structure.align_points`, the one aligner of `mfa_desk.text.align`)
decides which Korean text goes with which English text; `compare` is the pair check of
`checks.translation` (passed in: that module calls this one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mfa_desk.checks.dates import english_weekdays_alone, korean_dates
from mfa_desk.checks.findings import ERROR, WARNING, QaFinding, Where
from mfa_desk.checks.gap_cover import Facts, covering_pair, restated_lead
from mfa_desk.checks.glossary_check import en_pattern, title_mentions
from mfa_desk.checks.structure import Aligned, align_points, count_summary, find_merges
from mfa_desk.glossary import Glossary
from mfa_desk.model.release import SegmentRef

# compare(ko, en, path, segment id, is_point) -> the findings of one pair of texts
Compare = Callable[[str, str, str, str, bool], list[QaFinding]]

# "붙임  1. 회담 사진 1부.  끝.", "첨부: 면담 사진.", "별첨 자료": the list of attachments.
_ATTACHMENT_LINE = re.compile(r"^\s*(?:붙임|첨부|별첨)(?:\s*\d+)?\s*[:：.]?\s")


def aligned_findings(refs: Sequence[SegmentRef], glossary: Glossary,
                     compare: Compare) -> list[QaFinding]:
    """The findings of `refs` (all points, or all notes, in document order)."""
    if not refs:
        return []
    is_point = refs[0].kind == "point"
    counts = count_summary(refs) if is_point else ""
    aligned = align_points(refs, glossary)
    merged = find_merges(aligned)
    compared = _compare_pairs(aligned, merged, compare, is_point)
    known: Facts = {}  # the facts of the texts gaps are compared with, read once
    out: list[QaFinding] = []
    for i, pair in enumerate(aligned):
        if pair.part_of is not None:
            out.append(merge_finding(pair))
        elif pair.ko is not None and pair.en is not None:
            ko_text, en_text, found = compared[i]
            ref = pair.ko

            def recheck(ko: str, en: str, ref: SegmentRef = ref) -> list[QaFinding]:
                return compare(ko, en, ref.path, ref.segment.id, is_point)
            found = _not_moved(found, ko_text, en_text, _unused_near(aligned, compared, i),
                               recheck)
            found = _terms_said_nearby(found, ko_text, en_text, aligned, i, glossary)
            if pair.ko.path != pair.en.path:
                for f in found:
                    f.message += f" (English text found at {pair.en.path})"
            out += found
        elif pair.ko is not None:
            if _attachment_line(pair.ko.segment.text.ko):
                continue  # English pages leave the 붙임 line out: information, no fault
            into = next((n for n, gaps in merged.items() if i in gaps
                         and aligned[n].ko is not None), None)
            if into is not None:
                out.append(merge_finding(Aligned(pair.ko, None, aligned[into].ko)))
            elif is_point and (cover := covering_pair(aligned, i, glossary, known)) is not None:
                out.append(merge_finding(Aligned(pair.ko, None, cover)))
            elif is_point:
                out.append(_gap_finding(pair.ko, aligned, "ko", counts))
            elif (gap := one_side(pair.ko, "note", "ko")) is not None:
                out.append(gap)
        elif pair.en is not None:
            if is_point and (cover := covering_pair(aligned, i, glossary, known)
                             or restated_lead(aligned, i, glossary, known)) is not None:
                out.append(merge_finding(Aligned(None, pair.en, cover)))
            elif is_point:
                out.append(_gap_finding(pair.en, aligned, "en", counts))
            elif (gap := one_side(pair.en, "note", "en")) is not None:
                out.append(gap)
    return out


def _compare_pairs(aligned: list[Aligned], merged: dict[int, set[int]], compare: Compare,
                   is_point: bool) -> dict[int, tuple[str, str, list[QaFinding]]]:
    """The texts and findings of every pair with both sides, by its index in `aligned`."""
    out = {}
    for i, pair in enumerate(aligned):
        if pair.part_of is not None or pair.ko is None or pair.en is None:
            continue
        # A Korean point merged into this English one is compared along with it,
        # in document order; so is an English point split off it.
        ko_parts = [(i, pair.ko.segment.text.ko)]
        ko_parts += [(g, merged_ko.segment.text.ko) for g in merged.get(i, ())
                     if (merged_ko := aligned[g].ko) is not None]
        ko_parts += [(g, a.ko.segment.text.ko) for g, a in enumerate(aligned)
                     if a.part_of is pair.ko and a.ko is not None]
        en_parts = [pair.en.segment.text.en] + [
            a.en.segment.text.en for a in aligned if a.part_of is pair.en and a.en is not None]
        ko_text = " ".join(text for _, text in sorted(ko_parts))
        en_text = " ".join(en_parts)
        out[i] = (ko_text, en_text,
                  compare(ko_text, en_text, pair.ko.path, pair.ko.segment.id, is_point))
    return out


# A fact one side states in this point and the other in a point near it (a date the
# Korean gives one sentence later, a Korean sentence that runs two English points
# together): nothing is lost, so "... is not in the English" is no finding. The fact must
# be one the neighbour leaves unused (reported missing there too, or the neighbour has no
# counterpart at all): a fact the neighbour's own pair states on both sides does not stand
# in for this point's ('70주년' said again in the next Korean point, which the English
# drops). A fact said to differ ("the Korean says May 3 but the English says May 4") stays.
_MISSING_CHECKS = ("date", "number", "latin")
# How far a fact may move: a news copy's lead gives the day of the decision the English
# gives three points on, past points either side has alone (batch 14, korea.net's Colombia).
_NEAR = 3


def _one_sided(f: QaFinding, lang: str) -> bool:
    """A fact the `lang` side states and the other side's text is said to lack."""
    return f.check in _MISSING_CHECKS and (bool(f.ko) and not f.en if lang == "ko"
                                           else bool(f.en) and not f.ko)


def _unused_near(aligned: list[Aligned], compared: dict[int, tuple[str, str, list[QaFinding]]],
                 i: int) -> dict[str, dict[str, str]]:
    """Per side, per check: the text of the points up to `_NEAR` before and after pair `i`
    that has a fact of that check its own counterpart lacks."""
    out: dict[str, dict[str, str]] = {"ko": {}, "en": {}}
    for n in [*range(i - _NEAR, i), *range(i + 1, i + _NEAR + 1)]:
        if not 0 <= n < len(aligned) or aligned[n].part_of is not None:
            continue
        a = aligned[n]
        for lang, ref in (("ko", a.ko), ("en", a.en)):
            if ref is None:
                continue
            text = ref.segment.text.ko if lang == "ko" else ref.segment.text.en
            checks = _MISSING_CHECKS if n not in compared else {
                f.check for f in compared[n][2] if _one_sided(f, lang)}
            if lang == "en" and a.ko is not None and _weekday_unused(text, a.ko.segment.text.ko):
                checks = {*checks, "date"}
            for check in checks:
                out[lang][check] = f"{out[lang].get(check, '')} {text}"
    return out


def _weekday_unused(en: str, ko: str) -> bool:
    """The English names a day by its weekday alone ("..., according to Seoul's foreign
    ministry Tuesday") and its own Korean names no day: the weekday may render a Korean day
    of a point nearby (batch 17: "7일 정례 브리핑에서" two points on)."""
    return bool(english_weekdays_alone(en)) and not korean_dates(ko)


def _not_moved(found: list[QaFinding], ko: str, en: str, near: dict[str, dict[str, str]],
               compare: Callable[[str, str], list[QaFinding]]) -> list[QaFinding]:
    """`found` without the facts said missing on one side that a neighbouring point of the
    other side states and leaves unused: with that point's text added, nothing is said of
    the fact any more (not missing, and not differing either)."""
    moved: list[QaFinding] = []
    for check in _MISSING_CHECKS:
        for lang, other in (("ko", "en"), ("en", "ko")):
            missing = [f for f in found if f.check == check and _one_sided(f, lang)]
            if not missing or check not in near[other]:
                continue
            added = near[other][check]
            rechecked = compare(ko, f"{en} {added}") if lang == "ko" \
                else compare(f"{ko} {added}", en)
            said = {(f.ko if lang == "ko" else f.en) for f in rechecked if f.check == check}
            moved += [f for f in missing if (f.ko if lang == "ko" else f.en) not in said]
    return [f for f in found if f not in moved]


def _terms_said_nearby(found: list[QaFinding], ko: str, en: str, aligned: list[Aligned],
                       i: int, glossary: Glossary | None = None) -> list[QaFinding]:
    """`found` without the glossary warnings of a term whose approved rendering the English
    of the point just before or after gives, when over the two points the English says it
    as often as the Korean ("인도적 지원" in this Korean sentence, "humanitarian assistance"
    in the next English one). A term both points' Korean say and the English says once is
    still asked for. Any accepted rendering counts ("UN agencies" for 국제연합: batch 17's
    look at spell9). A term the English beside renders by a forbidden variant is reported
    as that variant (batch 17: "Turkey" around a long Korean paragraph on 튀르키예)."""
    def said(term: str, approved: str, text: str) -> int:
        pair = next((p for p in glossary.pairs if p.ko == term), None) if glossary else None
        renderings = pair.renderings() if pair is not None else (approved,)
        # Places, not matches: "Philippine" also finds the "Philippines" already counted.
        return len({m.start() for r in renderings for m in en_pattern(r).finditer(text)})

    def variant_beside(term: str) -> str:
        # A forbidden variant the English points beside use ("Turkey" for 튀르키예 in a news
        # English telling the Korean paragraph in several points).
        pair = next((p for p in glossary.pairs if p.ko == term), None) if glossary else None
        if pair is None or not pair.forbidden:
            return ""
        near = " ".join(ref.segment.text.en for n in _beside(aligned, i)
                        if (ref := aligned[n].en) is not None)
        return next((v for v in pair.forbidden
                     if en_pattern(v, strict_hyphens=True).search(near)), "")

    def kept(f: QaFinding) -> bool:
        if f.check != "glossary" or f.severity != WARNING or not f.ko or not f.en:
            return True
        for n in _beside(aligned, i):
            a = aligned[n]
            near_ko = a.ko.segment.text.ko if a.ko is not None else ""
            near_en = a.en.segment.text.en if a.en is not None else ""
            said_en = said(f.ko, f.en, f"{en} {near_en}")
            if said(f.ko, f.en, near_en) and (
                    _setting(ko, f.ko, f.en)
                    or said_en >= title_mentions(f"{ko} {near_ko}", f.ko)):
                return False
        variant = variant_beside(f.ko)
        if variant:  # the fault is the variant the English uses, not a missing term
            f.message = (f"{f.ko} is rendered {variant!r} in the English around; the approved "
                         f"rendering is {f.en!r}")
            f.severity, f.en = ERROR, variant
        return True
    return [f for f in found if kept(f)]


# A place's name as the setting ("필리핀에서는 약 4천가구가 ...", "파키스탄에 30만 달러를"): the
# Korean repeats where, and to whom, in every sentence; the English says it once and leaves
# it to context after (batch 17: the ministry's own Mindanao English, the Pakistan copy).
# Not a place the sentence speaks of ("이스라엘-하마스간 무력충돌": which conflict is a fact),
# and not an office or a title, which the English says again for each person or body.
_LOCATIVE = re.compile(r"(?:에서|에게|에)(?:는|도|만)?(?![\uac00-\ud7a3])|(?:에서|에)(?:는|도)")
_NOT_A_PLACE = re.compile(r"Minist|Office|Agency|Council|Assembly|Committee|Organi[sz]ation|"
                          r"Ambassador|President|Spokesperson|Director|Secretary|Consul|"
                          r"Government|Embassy|Summit|Forum|Fund|Programme|Bank|Union")


def _setting(ko: str, term: str, rendering: str) -> bool:
    """Every mention of the place `term` in `ko` says where or to whom."""
    words = rendering.split()
    if not (0 < len(words) <= 2 and all(w[:1].isupper() for w in words)) \
            or _NOT_A_PLACE.search(rendering):
        return False
    ends = [m.end() for m in re.finditer(re.escape(term), ko)]
    return bool(ends) and all(_LOCATIVE.match(ko, e) for e in ends)


def _beside(aligned: list[Aligned], i: int) -> list[int]:
    """The pairs just before and after pair `i`, and, past points one side has alone, the
    points up to `_NEAR` away: a long Korean paragraph that a news English tells in several
    short ones is paired with one of them, and the others stand beside it alone (batch 17,
    the Turkiye briefing: the spokesperson and the President in the English points around)."""
    out = []
    for step in (-1, 1):
        n = i + step
        while 0 <= n < len(aligned) and abs(n - i) <= _NEAR:
            if aligned[n].part_of is None:
                out.append(n)
            if aligned[n].ko is not None and aligned[n].en is not None:
                break  # a pair: what lies past it belongs to it
            n += step
    return out


def one_side(ref: SegmentRef, what: str, lang: str = "") -> QaFinding | None:
    """A headline, sub-headline or note written in one language only. `lang`: the side the
    aligner found alone (a note whose cell also holds text it gave to another note)."""
    ko, en = ref.segment.text.ko.strip(), ref.segment.text.en.strip()
    if lang:
        ko, en = (ko, "") if lang == "ko" else ("", en)
    where = Where(ref.path, ref.segment.id)
    if ko and not en:
        return where.finding("structure", ERROR, ko[:60], "",
                             f"The {what} has no English translation")
    if en and not ko:
        return where.finding("structure", ERROR, "", en[:60],
                             f"The English {what} has no Korean source")
    return None


def _attachment_line(text: str) -> bool:
    return _ATTACHMENT_LINE.match(text + " ") is not None


def merge_finding(gap: Aligned) -> QaFinding:
    """One finding for two points the English merged (or split): a warning, since every
    fact may well be there; the merged text is checked with the pair it joined."""
    assert gap.part_of is not None
    if gap.ko is not None:
        where = Where(gap.ko.path, gap.ko.segment.id)
        return where.finding("structure", WARNING, gap.ko.segment.text.ko.strip()[:60], "",
                             f"Merged: its content is in the English of {gap.part_of.path} "
                             "(two Korean points in one English point)")
    assert gap.en is not None
    where = Where(gap.en.path, gap.en.segment.id)
    return where.finding("structure", WARNING, "", gap.en.segment.text.en.strip()[:60],
                         f"Split: this English point and the one at {gap.part_of.path} "
                         "together translate one Korean point")


def _gap_finding(ref: SegmentRef, aligned: list[Aligned], lang: str, counts: str,
                 merged_into: str = "") -> QaFinding:
    """A point with no counterpart, reported once at its own place."""
    where = Where(ref.path, ref.segment.id)
    counts = f" ({counts})" if counts else ""
    if lang == "ko":
        ko = ref.segment.text.ko.strip()
        here = ref.segment.text.en.strip()
        moved = next((a.ko.path for a in aligned if a.en is ref and a.ko is not None), "")
        tail = f"; the English written here belongs to {moved}" if here and moved else ""
        if merged_into:
            tail = f"; its content is in the English of {merged_into} (two points merged?)" \
                + tail
        return where.finding("structure", ERROR, ko[:60], "",
                             f"This Korean point has no English translation{tail}{counts}")
    en = ref.segment.text.en.strip()
    return where.finding("structure", ERROR, "", en[:60],
                         f"This English point has no Korean source{counts}")
