"""Facts a translation keeps whatever its wording, for aligning points: amounts as values
(50만 = 500,000 = "half a million" is not attempted; 1,000만 = 10 million), dates as
month-day, and Latin words written in the Korean. A small reader for the aligner; the
translation checks compare values far more closely (checks/numbers.py, checks/dates.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from mfa_desk.text.align.speakers import speaker_features
from mfa_desk.text.dates import MONTHS
from mfa_desk.text.numerals import EN_SCALES, KO_SCALES, KO_SMALL_SCALES, NUMBER_PATTERN, to_decimal
from mfa_desk.text.translit import latin_surname_keys, surname_keys

Feature = tuple[str, str]

_NUM = NUMBER_PATTERN  # short: it is spliced into the patterns below
_KO_SCALE = {unit: int(value) for unit, value in {**KO_SMALL_SCALES, **KO_SCALES}.items()}
# A number and its scale; not a time (17:05), nor a day, month, year or hour (4일, 10월).
_KO_AMOUNT = re.compile(r"(?<![\d.,:])(" + _NUM + r")\s?([십백천]?[만억조]?)"
                        r"(?![\d:.,]|\s?[일월년시분])")
_EN_AMOUNT = re.compile(r"(?<![\d.,:])(" + _NUM + r")(?:\s?(thousand|million|billion|trillion))?",
                        re.IGNORECASE)
_EN_SCALE = {word: int(value) for word, value in EN_SCALES.items()}
_KO_DATE = re.compile(r"(?<![\d.])(\d{1,2})\s?(?:\.|월)\s?(\d{1,2})(?:\.|일|\s?\()")
_EN_DATE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True))
                      + r")\.?\s+(\d{1,2})\b", re.IGNORECASE)
# A day named without its month: "지난 4일(화)", "8일(토)부터 11(일)", and in news copies
# "30일 오후", "10일(현지시간)", "26일 기준": compared with the day of an English date
# ("October 4"). Not a duration ("30일 후", "90일 이상").
_KO_DAY = re.compile(r"(?<![\d.월])(\d{1,2})(?:일\s*\([월화수목금토일]\)|\(일\)|일부터|일까지"
                     r"|일\s*(?:오전|오후|\(현지\s?시[간각]\)|기준))")
# Days of one month: "16~17일", "5-7일".
_KO_DAY_RANGE = re.compile(r"(?<![\d.월])(\d{1,2})\s?[~∼-]\s?(\d{1,2})일(?!\s*(?:간|동안))")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]+")
# A person named by surname and title, as news copies and English releases do: "함
# 조정관은" / "Deputy Minister Ham", "조 장관" / "Foreign Minister Cho": compared through the
# surname's romanisations (`text.translit`).
_KO_SURNAME_TITLE = re.compile(r"(?<![가-힣])([가-힣])\s(?:[가-힣]{0,6}(?:조정관|장관|차관|대사|"
                               r"대변인|국장|실장|차관보|본부장))(?=[은는이가과와의을를\s,.]|$)")
_EN_TITLE_SURNAME = re.compile(r"(?:Minister|Ambassador|Spokesperson|Director-General|"
                               r"Secretary|Mr\.|Ms\.)\s+([A-Z][a-z]{1,6})\b")
# The last day of an English range: "16 to 17", "20 and 21", "8-11", "12 through 14".
_EN_DAY_TO = re.compile(r"\s*(?:-|–|to|and|through)\s*(\d{1,2})\b(?!\s*(?:million|billion|%))")
# "Ninety-five percent" (95%), "twenty-seven countries": the tens an English sentence
# spells out at its start. (Below twenty, "one" and "two" are too often no number.)
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_UNITS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine".split())}
_EN_SPELLED_TENS = re.compile(r"\b(" + "|".join(_TENS) + r")(?:-(" + "|".join(_UNITS) + r"))?\b",
                              re.IGNORECASE)
# A Korean amount of several parts: "2천4백만" (24 million), "1억 9,000만" (190 million),
# "2천 1백만": the smaller units add up before the larger one multiplies them.
_KO_COMPOUND = re.compile(r"(?<![\d.,:])\d[\d,]*(?:\.\d+)?\s?[십백천만억조]"
                          r"(?:\s?(?:\d[\d,]*(?:\.\d+)?\s?)?[십백천만억조])+(?!\s?[일월년시분])")
_KO_COMPOUND_PART = re.compile(r"(\d[\d,]*(?:\.\d+)?)?\s?([십백천만억조])")
# "10만 달러(1억1천566만 원)", "200만달러(약 27억원)": the won a news copy adds.
_KO_WON_CONVERSION = re.compile(r"(?<=[러불])\s?\(\s*(?:약\s?)?[\d,.]+[\d,.\s십백천만억조]*원\s?\)")
# A Korean year ("2018년부터"): the English writes it as a number too.
_KO_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)\s?년")


def _value(number: str, scale: int) -> str | None:
    value = to_decimal(number)
    return None if value is None else format((value * scale).normalize(), "f")


def _compound_value(run: str) -> Decimal:
    total = sub = Decimal(0)
    for number, unit in _KO_COMPOUND_PART.findall(run):
        value = to_decimal(number) if number else None
        if unit in KO_SMALL_SCALES:
            sub += (value if value is not None else Decimal(1)) * KO_SMALL_SCALES[unit]
        else:
            total += (sub + (value or Decimal(0)) or Decimal(1)) * KO_SCALES[unit]
            sub = Decimal(0)
    return total + sub


def surname_features(text: str, korean: bool) -> frozenset[Feature]:
    """("s", key) for a person named by surname and title ("함 조정관" / "Deputy Minister
    Ham"): the keys of `text.translit` that a surname and its romanisations share."""
    out: set[Feature] = set()
    for m in (_KO_SURNAME_TITLE if korean else _EN_TITLE_SURNAME).finditer(text):
        keys = surname_keys(m.group(1)) if korean else latin_surname_keys(m.group(1))
        out |= {("s", key) for key in keys}
    return frozenset(out) | speaker_features(text, korean)


def text_features(text: str, korean: bool) -> frozenset[Feature]:
    """Dates ("d", "10-4"), numbers ("n", "500000") and, for the Korean, its Latin words;
    for the English, its capitalised words ("w", casefolded)."""
    out: set[Feature] = set()
    if korean:  # a news copy's won conversion, which the English does not give
        text = _KO_WON_CONVERSION.sub(lambda m: " " * len(m.group(0)), text)
    date_spans: list[tuple[int, int]] = []
    if korean:
        for m in _KO_DATE.finditer(text):
            month, day = int(m.group(1)), int(m.group(2))
            if 1 <= month <= 12 and 1 <= day <= 31:
                out.add(("d", f"{month}-{day}"))
                out.add(("D", str(day)))
                date_spans.append(m.span())
        for m in _KO_DAY_RANGE.finditer(text):
            for day in (int(m.group(1)), int(m.group(2))):
                if 1 <= day <= 31:
                    out.add(("D", str(day)))
            date_spans.append(m.span())
        for m in _KO_DAY.finditer(text):
            if not any(s <= m.start() < e for s, e in date_spans) and 1 <= int(m.group(1)) <= 31:
                out.add(("D", str(int(m.group(1)))))
                date_spans.append(m.span())
    else:
        for m in _EN_DATE.finditer(text):
            day = int(m.group(2))
            if 1 <= day <= 31:
                out.add(("d", f"{MONTHS[m.group(1).lower()]}-{day}"))
                out.add(("D", str(day)))
                date_spans.append(m.span())
                end = _EN_DAY_TO.match(text, m.end())
                if end and 1 <= int(end.group(1)) <= 31:  # "February 16 to 17"
                    out.add(("D", str(int(end.group(1)))))
                    date_spans.append(end.span())
    if korean:
        for m in _KO_COMPOUND.finditer(text):
            if not any(s <= m.start() < e for s, e in date_spans):
                out.add(("n", format(_compound_value(m.group(0)).normalize(), "f")))
                date_spans.append(m.span())
        for m in _KO_YEAR.finditer(text):
            out.add(("n", m.group(1)))
    amounts = _KO_AMOUNT if korean else _EN_AMOUNT
    for m in amounts.finditer(text):
        if any(s <= m.start() < e for s, e in date_spans):
            continue
        unit = m.group(2) or ""
        if korean:
            scale = 1
            for ch in unit:
                scale *= _KO_SCALE[ch]
        else:
            scale = _EN_SCALE.get(unit.lower(), 1)
        value = _value(m.group(1), scale)
        if value is not None:
            out.add(("n", value))
    if not korean:
        for m in _EN_SPELLED_TENS.finditer(text):
            unit = m.group(2)
            out.add(("n", str(_TENS[m.group(1).lower()] + (_UNITS[unit.lower()] if unit else 0))))
    out |= surname_features(text, korean)
    for w in _LATIN.findall(text):
        if korean or (w[0].isupper() and len(w) > 2):
            out.add(("w", w.casefold()))
    return frozenset(out)
