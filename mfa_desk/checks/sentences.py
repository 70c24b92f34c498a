"""A sentence one side has and the other lacks, seen through its facts.

A news copy of a release adds a sentence of its own ("지난 17일 ... 24시간 동안 200~400mm의
폭우 ... 448명 ... 4만 명 ... 100억 랜드"), and a translation may leave one out. Every
date and number of such a sentence is missing from the other side, and reporting each one
buries the one thing to say: this sentence is not there. A sentence with at least
`MIN_FACTS` dates and numbers (years aside) of which the other text has none is
reported once, and masked before the other checks read the text. A sentence with one fact matched is
compared fact by fact as before, so a wrong number stays a wrong number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from mfa_desk.checks.dates import DateMention, same_date
from mfa_desk.checks.numbers import Quantity, quantities_match

MIN_FACTS = 3
# A Korean sentence ends after Hangul and a full stop ("...하였다. "); the dots of a date
# ("2026. 3. 18.") do not end one. An English one ends after a lower-case letter or a
# digit, closing bracket or quote ("U.S. dollars" does not end there).
_KO_END = re.compile(r"(?<=[\uac00-\ud7a3][.!?])\s+")
_EN_END = re.compile(r"(?<=[a-z0-9)”\"][.!?])\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class LeftOut:
    lang: str  # the side that has the sentence
    sentence: str  # "" for a repeat, masked but not reported again
    start: int
    end: int
    facts: tuple[str, ...]  # as written


def _spans(text: str, end: re.Pattern[str]) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in end.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _year(q: Quantity) -> bool:
    return isinstance(q.value, Decimal) and q.value == q.value.to_integral() \
        and 1900 <= q.value <= 2100


# Names in capitals both languages write alike: "G7", "NATO", "AP4", "WFP".
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,7}(?![A-Za-z0-9])")


def _names_shared(sentence: str, other: str) -> bool:
    """Two names in capitals of the sentence are in the other text: the sentence is there,
    its dates or numbers missing ("the Korea-Australia Summit (May 19) on the sidelines of
    the G7 Summit ... AP4 ... NATO" = "G7 정상회의 계기 ... NATO ... AP4": batch 19), and each
    missing fact is reported on its own."""
    names = set(_ACRONYM.findall(sentence))
    return len({n for n in names if re.search(r"(?<![A-Za-z0-9])" + n + r"(?![A-Za-z0-9])",
                                               other)}) >= 2


def _start(fact: DateMention | Quantity) -> int:
    return fact.start


Facts = tuple[list[DateMention], list[Quantity]]


def left_out_sentences(texts: dict[str, str], facts: dict[str, Facts]) -> list[LeftOut]:
    """The sentences of either side ("ko", "en") whose written dates and numbers, at
    least MIN_FACTS, are all missing from the other side's facts (spelled-out numbers and
    other evidence count there)."""
    found: list[LeftOut] = []
    for lang, other in (("ko", "en"), ("en", "ko")):
        other_dates, other_q = facts[other]
        dates_all, q_all = facts[lang]
        for start, end in _spans(texts[lang], _KO_END if lang == "ko" else _EN_END):
            dates = [d for d in dates_all if start <= d.start < end and not d.implied]
            # A year says little ("since 2018" in both), so it neither counts nor ties.
            quantities = [q for q in q_all if start <= q.start < end and q.claim
                          and not _year(q)]
            if len(dates) + len(quantities) < MIN_FACTS:
                continue
            if any(same_date(d, o) for d in dates for o in other_dates) or any(
                    quantities_match(q, o) for q in quantities for o in other_q) \
                    or _names_shared(texts[lang][start:end], texts[other]):
                continue
            written: list[DateMention | Quantity] = [*dates, *quantities]
            left = LeftOut(lang, texts[lang][start:end].strip(), start, end,
                           tuple(f.text for f in sorted(written, key=_start)))
            # A copy repeating a sentence (a photo caption under it): reported once.
            if not any((f.lang, f.facts) == (lang, left.facts) for f in found):
                found.append(left)
            else:
                found.append(LeftOut(lang, "", start, end, ()))  # masked, not reported
    return found


def without(text: str, facts: Facts, left: list[LeftOut], lang: str) -> tuple[str, Facts]:
    """The text with the left-out sentences of its side blanked (offsets kept), and its
    facts outside them, and its years."""
    spans = [(g.start, g.end) for g in left if g.lang == lang]
    if not spans:
        return text, facts
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]

    def kept(pos: int) -> bool:
        return not any(s <= pos < e for s, e in spans)
    # Its years stay: the other side may name them (and they were not counted against it).
    return text, ([d for d in facts[0] if kept(d.start)],
                  [q for q in facts[1] if kept(q.start) or _year(q)])
