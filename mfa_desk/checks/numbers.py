"""Numbers in Korean and English text, extracted as values.

Amounts compare after applying the Korean units 만 (10^4), 억 (10^8), 조 (10^12) and the
English scale words (thousand, million, billion, trillion): `142억 달러` = 14.2 billion
dollars. Ordinals (`65주년`, `제3차`), counts (`5개국`), percentages and plain numbers
become plain values, since a translation may render an ordinal as a count and back.
Times (`오전 10시 30분` = 10:30 a.m.) and phone numbers (`02-2100-7000` =
`+82-2-2100-7000`) are their own kinds.

Spelled-out numbers (English one..twenty, first..twentieth; Korean 한, 두, 세 ... before a
counter) are *evidence* only: they can confirm the other side's digits but never
demand anything, because "one of the partners" or "두 정상" need no digits opposite.

Counts of countries (`3국`, `5개국`, `3자`) are evidence too: "3국 대표" is "the three
delegations", "trilateral" or just "the delegations" once the parties are named. They are
reported only when the English gives another count of countries ("four countries").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from mfa_desk.checks.dates import short_year_ranges
from mfa_desk.checks.hangul_numerals import hangul_numerals
from mfa_desk.text.dates import MONTH_NAMES
from mfa_desk.text.numerals import (
    EN_SCALE_ABBREVIATIONS,
    EN_SCALES,
    KO_SCALES,
    KO_SMALL_SCALES,
    NUMBER_PATTERN,
    counter_after,
    to_decimal,
)

NUMBER = "number"
TIME = "time"
PHONE = "phone"
MONTH = "month"  # a month named without a day ("3월", "in March"); dates are read as dates

EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "once": 1, "twice": 2, "single": 1, "both": 2,
    "dozen": 12, "half": 50, "a": 1, "an": 1,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "inaugural": 1, "per": 1,
    # multiples: 2배 = "doubled", 3배 = "threefold"
    "double": 2, "doubled": 2, "twofold": 2, "triple": 3, "tripled": 3, "threefold": 3,
    "fourfold": 4, "quadrupled": 4, "fivefold": 5, "tenfold": 10,
    # meetings of so many parties: 3자 = "trilateral", 한미 = "bilateral"
    "bilateral": 2, "trilateral": 3, "tripartite": 3, "quadrilateral": 4,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
          "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
# "twenty-first", "thirty five": evidence like the single words
_EN_COMPOUND = re.compile(r"\b(" + "|".join(_TENS) + r")[-\s](" + "|".join(_UNITS) + r")\b",
                          re.IGNORECASE)
# "one-fifth" = 20 (percent), "a quarter" = 25: evidence for a Korean percentage
_FRACTIONS = {"half": 50, "third": 33, "quarter": 25, "fifth": 20, "tenth": 10}
_EN_FRACTION = re.compile(r"\b(?:one|a)[-\s](" + "|".join(_FRACTIONS) + r")\b|"
                          r"\bthree[-\s]quarters\b|\btwo[-\s]thirds\b", re.IGNORECASE)
# A quarter of the year: "1/4분기" (and "1분기") = "Q1", "the first quarter"
_KO_QUARTER = re.compile(r"(?<![\d.])([1-4])/4\s?분기")
_EN_QUARTER = re.compile(r"\b(?:Q([1-4])|([1-4])Q)\b")
# Korean native numerals as they stand before a counter ("두 정상", "세 차례", "첫 회의").
KO_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
             "아홉": 9, "열": 10, "첫": 1, "스무": 20}
_KO_NATIVE_RE = re.compile(r"(?<![가-힣])(" + "|".join(KO_NATIVE) + r")\s*(?=번째|[가-힣])")
_KO_WORD_NUMBERS = {"상반기": 1, "하반기": 2, "절반": 50, "양국": 2, "양측": 2, "양자": 2,
                    "양 정상": 2, "양 장관": 2}

SCALES_EN = {**EN_SCALES, **EN_SCALE_ABBREVIATIONS}


@dataclass(frozen=True)
class Quantity:
    kind: str  # NUMBER, TIME or PHONE
    value: Decimal | str  # a Decimal for numbers; "HH:MM" (or "H?:MM" if a.m./p.m. unknown)
    start: int
    end: int
    text: str
    claim: bool = True  # False: spelled out, evidence only
    country_count: bool = False  # 3국, 5개국, "four countries": checked against each other

    def label(self) -> str:
        if self.kind == MONTH:
            return MONTH_NAMES[int(self.value) - 1]
        if isinstance(self.value, Decimal):
            if self.value == self.value.to_integral() and self.value >= 10000:
                return f"{self.value.normalize():,f}"
            return f"{self.value.normalize():f}"
        return self.value




def _free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in spans)


# --- months without a day -------------------------------------------------------------------
_KO_MONTH = re.compile(r"(?<![\d.,])(\d{1,2})\s?월(?!\s?\d)")
# "2019.4월 격상": a year and a month, the English "in April 2019" (batch 18, a footnote of
# the ministry's Uzbekistan release), not the decimal 2019.4.
_KO_YEAR_MONTH = re.compile(r"(?<![\d.,])((?:19|20)\d{2})\.\s?(\d{1,2})\s?월(?!\s?\d)")
_EN_MONTH = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|"
                       r"Nov|Dec)\.)(?![\w])")


def _months(text: str, spans: list[tuple[int, int]], korean: bool) -> list[Quantity]:
    """Korean months claim (the English must name them); English month names are only
    evidence, since an English text may name a month the Korean calls "이달"."""
    out = []
    if korean:
        for m in _KO_YEAR_MONTH.finditer(text):
            if _free(spans, m.start(), m.end()) and 1 <= int(m.group(2)) <= 12:
                out.append(Quantity(NUMBER, Decimal(m.group(1)), m.start(), m.start(1) + 4,
                                    m.group(1)))
                out.append(Quantity(MONTH, Decimal(int(m.group(2))), m.start(2), m.end(),
                                    text[m.start(2):m.end()]))
                spans.append(m.span())
        for m in _KO_MONTH.finditer(text):
            if _free(spans, m.start(), m.end()) and 1 <= int(m.group(1)) <= 12:
                out.append(Quantity(MONTH, Decimal(int(m.group(1))), m.start(), m.end(),
                                    m.group(0)))
                spans.append(m.span())
    else:
        for m in _EN_MONTH.finditer(text):
            if _free(spans, m.start(), m.end()):
                name = m.group(1).rstrip(".")
                month = next(i for i, full in enumerate(MONTH_NAMES, 1)
                             if full.startswith(name))
                out.append(Quantity(MONTH, Decimal(month), m.start(), m.end(), m.group(0),
                                    claim=False))
                spans.append(m.span())
    return out


# --- phone numbers --------------------------------------------------------------------------
_PHONE = re.compile(
    r"(?<![\d-])(?:\+82[-\s.]?(?:\(0\))?\s?(\d{1,2})|\(?(0\d{1,2})\)?)[-\s.](\d{3,4})[-\s.](\d{4})"
    r"(?![\d-])")


def _phones(text: str, spans: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _PHONE.finditer(text):
        area = m.group(1) if m.group(1) else m.group(2)[1:]
        out.append(Quantity(PHONE, f"0{area}-{m.group(3)}-{m.group(4)}", m.start(), m.end(),
                            m.group(0)))
        spans.append(m.span())
    return out


# --- times ----------------------------------------------------------------------------------
# "24시간" is a duration and "3시작" no time: 시 must not run on into 간/작.
_KO_TIME = re.compile(r"(오전|오후|저녁|밤|새벽|아침)?\s*(\d{1,2})시(?![간작])\s*"
                      r"(?:(\d{1,2})분|(반))?")
_COLON_TIME = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])"
                         r"(?:\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b))?")
_EN_TIME = re.compile(r"(?<![\d:.])(\d{1,2})\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|o'clock)")
_DOT_TIME = re.compile(r"(?<![\d:.])(\d{1,2})\.(\d{2})\s?(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)")
_NOON = re.compile(r"\bnoon\b|정오", re.IGNORECASE)


def _time_value(hour: int, minute: int, pm: bool | None) -> str:
    """"HH:MM" when the half of the day is known, "?H:MM" (12-hour) when it is not."""
    if pm is None:
        if hour > 12 or hour == 0:
            return f"{hour:02d}:{minute:02d}"
        return f"?{hour % 12:02d}:{minute:02d}"
    h = hour % 12 + (12 if pm else 0)
    return f"{h:02d}:{minute:02d}"


def _times(text: str, spans: list[tuple[int, int]], korean: bool) -> list[Quantity]:
    out = []
    if korean:
        for m in _KO_TIME.finditer(text):
            if not _free(spans, m.start(), m.end()) or int(m.group(2)) > 24:
                continue
            half = m.group(1)
            pm = None if not half else half in ("오후", "저녁", "밤")
            minute = int(m.group(3)) if m.group(3) else 30 if m.group(4) else 0
            out.append(Quantity(TIME, _time_value(int(m.group(2)), minute, pm), m.start(),
                                m.end(), m.group(0).strip()))
            spans.append(m.span())
    for m in _COLON_TIME.finditer(text):
        if not _free(spans, m.start(), m.end()):
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 24 or minute > 59:
            continue
        suffix = (m.group(3) or "").lower()
        pm = None if not suffix else suffix.startswith("p")
        if korean:
            before = text[max(0, m.start() - 4):m.start()]
            pm = True if "오후" in before else False if "오전" in before else pm
        out.append(Quantity(TIME, _time_value(hour, minute, pm), m.start(), m.end(),
                            m.group(0)))
        spans.append(m.span())
    if not korean:
        for m in _DOT_TIME.finditer(text):  # British "10.30am"
            hour, minute = int(m.group(1)), int(m.group(2))
            if _free(spans, m.start(), m.end()) and 1 <= hour <= 12 and minute <= 59:
                out.append(Quantity(TIME, _time_value(hour, minute, m.group(3)[0] in "pP"),
                                    m.start(), m.end(), m.group(0)))
                spans.append(m.span())
        for m in _EN_TIME.finditer(text):
            if not _free(spans, m.start(), m.end()) or int(m.group(1)) > 12:
                continue
            suffix = m.group(2).lower()
            pm = None if suffix == "o'clock" else suffix.startswith("p")
            out.append(Quantity(TIME, _time_value(int(m.group(1)), 0, pm), m.start(), m.end(),
                                m.group(0)))
            spans.append(m.span())
    for m in _NOON.finditer(text):
        if _free(spans, m.start(), m.end()):
            out.append(Quantity(TIME, "12:00", m.start(), m.end(), m.group(0), claim=False))
    return out


def times_match(a: str, b: str) -> bool:
    """Equal times; a time with unknown half of day matches either half."""
    if a == b:
        return True
    if a.startswith("?") or b.startswith("?"):
        def options(v: str) -> set[str]:
            if not v.startswith("?"):
                return {v}
            h, m = int(v[1:3]), v[4:]
            return {f"{h:02d}:{m}", f"{h + 12:02d}:{m}", f"{12 if h == 0 else h:02d}:{m}"}
        return bool(options(a) & options(b))
    return False


# --- numbers --------------------------------------------------------------------------------
_NUM = NUMBER_PATTERN  # short: it is spliced into the patterns below
# One Korean group: "1조", "2,000억", "5천만", "14.2억", "2천4백만" and "2천 1백만" (the
# digits before a large scale may themselves be thousands and hundreds: 2,400만, 2,100만),
# and a final "2천" or plain number.
_KO_SMALL_RUN = r"(?:(?:" + _NUM + r")\s?[천백십]\s?)*(?:" + _NUM + r")\s?[천백십]?"
_KO_GROUP = r"(?:(" + _KO_SMALL_RUN + r")\s?([조억만]))"
_KO_AMOUNT = re.compile(r"(?<![\w.,])(?:" + _KO_GROUP + r"\s*)+(?:(" + _NUM
                        + r")\s?([천백])?(?![\d조억만]))?")
_KO_GROUP_RE = re.compile(_KO_GROUP)
_KO_SMALL_PART = re.compile(r"(" + _NUM + r")\s?([천백십])?")
_KO_SMALL = re.compile(r"(?<![\w.,])(" + _NUM + r")\s?([천백])(?![조억만\d])")
# Not the number of a name: "COVID-19", "코로나19" (but 제3차 and 총 3명 are numbers).
# A unit may stand right after the digits: "200mm", "5km", "10kg".
_PLAIN = re.compile(r"(?:(?<![\w.,])(?<![A-Za-z]-)|(?<=FY))(" + _NUM + r")(?:st|nd|rd|th)?"
                    r"(?:(?=(?:mm|cm|km|kg|m|ha|kW|MW|GW)(?![A-Za-z]))|(?![\w]|[.,]\d))"
                    r"|(?<![A-Za-z\d.,])(?<![가-힣][가-힣])(" + _NUM + r")(?=[가-힣%])")
# "500-thousand dollars", "a 3-million-dollar fund": a hyphen may join the digits to the
# scale (batch 18, KBS World's English).
_EN_AMOUNT = re.compile(r"(?<![\w.,])(" + _NUM + r")[\s-]?(thousand|million|billion|trillion|mn|"
                        r"bn|tn|mln|bln)\b", re.IGNORECASE)
_EN_WORD_RE = re.compile(r"\b(" + "|".join(sorted(EN_WORDS, key=len, reverse=True))
                         + r")\b", re.IGNORECASE)
_EN_WORD_SCALE = re.compile(r"\b(" + "|".join(w for w in EN_WORDS if len(w) > 2) + r")[\s-]+"
                            r"(thousand|million|billion|trillion)\b", re.IGNORECASE)


def _small_run(run: str) -> Decimal | None:
    """"2천4백" -> 2400, "14.2" -> 14.2: the number before a large scale."""
    total = Decimal(0)
    for part in _KO_SMALL_PART.finditer(run):
        n = to_decimal(part.group(1))
        if n is None:
            return None
        total += n * KO_SMALL_SCALES.get(part.group(2) or "", Decimal(1))
    return total


def _korean_amounts(text: str, spans: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _KO_AMOUNT.finditer(text):
        if not _free(spans, m.start(), m.end()):
            continue
        total = Decimal(0)
        body = m.group(0)
        tail_start = 0
        for g in _KO_GROUP_RE.finditer(body):
            small = _small_run(g.group(1))
            if small is None:
                break
            total += small * KO_SCALES[g.group(2)]
            tail_start = g.end()
        tail = re.match(r"\s*(" + _NUM + r")\s?([천백])?", body[tail_start:])
        if tail and m.group(3):
            n = to_decimal(tail.group(1))
            if n is not None:
                total += n * KO_SMALL_SCALES.get(tail.group(2) or "", Decimal(1))
        out.append(Quantity(NUMBER, total, m.start(), m.end(), body.strip()))
        spans.append(m.span())
    for m in _KO_SMALL.finditer(text):
        if _free(spans, m.start(), m.end()):
            n = to_decimal(m.group(1))
            if n is not None:
                out.append(Quantity(NUMBER, n * KO_SMALL_SCALES[m.group(2)], m.start(), m.end(),
                                    m.group(0)))
                spans.append(m.span())
    return out


def _english_amounts(text: str, spans: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _EN_AMOUNT.finditer(text):
        if not _free(spans, m.start(), m.end()):
            continue
        n = to_decimal(m.group(1))
        if n is not None:
            out.append(Quantity(NUMBER, n * SCALES_EN[m.group(2).lower()], m.start(), m.end(),
                                m.group(0)))
            spans.append(m.span())
    for m in _EN_WORD_SCALE.finditer(text):
        if _free(spans, m.start(), m.end()):
            value = Decimal(EN_WORDS[m.group(1).lower()]) * SCALES_EN[m.group(2).lower()]
            out.append(Quantity(NUMBER, value, m.start(), m.end(), m.group(0)))
            spans.append(m.span())
    return out


def _quarters(text: str, spans: list[tuple[int, int]], korean: bool) -> list[Quantity]:
    out = []
    for m in (_KO_QUARTER if korean else _EN_QUARTER).finditer(text):
        if _free(spans, m.start(), m.end()):
            value = next(g for g in m.groups() if g)
            out.append(Quantity(NUMBER, Decimal(value), m.start(), m.end(), m.group(0)))
            spans.append(m.span())
    return out


# 3국 / 5개국 / 5개 국가 / 3자 (parties) after a number, not 제3국 (a third country).
_KO_COUNTRY_COUNTER = re.compile(
    r"\s?(?:개국|개\s?국가|개\s?나라|[국자](?![가-힣])|[국자](?=[은는이가의과와도을를에]|간|대표|"
    r"정상|외교|협의|회의|회담|공동|협력|대화|공조))")
_EN_COUNTRY_COUNT = re.compile(
    r"(?<![\w.,])(\d+|" + "|".join(w for w in EN_WORDS if len(w) > 2 and w not in
                                   ("once", "twice", "half", "per", "dozen", "single"))
    + r")(?:\s+(?:[A-Za-z-]+\s+)?(?:countries|nations|states|delegations|parties|sides|"
    r"governments|economies)\b|-(?:nation|country|party|way)\b)", re.IGNORECASE)


# Countries named before a count join it: "Yemen and 8 countries" are the Korean "예멘,
# ... 지역 9개국" (batch 9); so are "Japan, China and three other countries".
_NAMED_BEFORE_COUNT = re.compile(r"((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )*[A-Z][a-z]+"
                                 r"(?: [A-Z][a-z]+)?) and $")


def english_country_counts(text: str) -> list[Quantity]:
    """Counts of countries in English ("four countries", "3 participating nations"), and the
    total with the countries named before one ("Yemen and 8 countries": 8 and 9)."""
    out = []
    for m in _EN_COUNTRY_COUNT.finditer(text):
        word = m.group(1).lower()
        value = Decimal(word) if word.isdigit() else Decimal(EN_WORDS.get(word, 0))
        named = _NAMED_BEFORE_COUNT.search(text, max(0, m.start() - 80), m.start())
        for total in [value] + ([value + len(named.group(1).split(", "))] if named else []):
            if total:
                out.append(Quantity(NUMBER, total, m.start(), m.end(), m.group(0),
                                    claim=False, country_count=True))
    return out


def _plain(text: str, spans: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _PLAIN.finditer(text):
        if not _free(spans, m.start(), m.end()):
            continue
        raw = m.group(1) or m.group(2)
        n = to_decimal(raw)
        if n is not None:
            # Show the counter with the number ("5개국", "65주년") in snippets.
            shown = m.group(0) + counter_after(text, m.end())
            country = bool(m.group(2)) and _KO_COUNTRY_COUNTER.match(text, m.end()) is not None \
                and not text[:m.start()].endswith("제")
            said = bool(m.group(2)) and _SAID_ON.match(text, m.end()) is not None
            out.append(Quantity(NUMBER, n, m.start(), m.end(), shown,
                                claim=not (country or said), country_count=country))
    return out


# The day a news copy says the ministry spoke: "외교부가 6일 밝혔다", "외교부는 30일 전했다".
# The release itself is that day's text; its English does not restate it.
_SAID_ON = re.compile(r"일\s*(?:\([^()]{1,6}\)\s*)?(?:밝혔|전했|발표했|말했|공개했)")


def extract_quantities(text: str, korean: bool,
                       taken: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every number, time and phone number in `text`, skipping the spans in `taken`
    (the dates, already read as dates)."""
    spans = list(taken or [])
    out = [Quantity(NUMBER, Decimal(y), s, e, text[s:e])  # 1996-97: 1996 and 1997
           for s, e, *years in short_year_ranges(text) if _free(spans, s, e) for y in years]
    spans += [(q.start, q.end) for q in out]
    out += _phones(text, spans)
    out += _times(text, spans, korean)
    out += _months(text, spans, korean)
    out += _quarters(text, spans, korean)
    out += _korean_amounts(text, spans) if korean else _english_amounts(text, spans)
    out += _plain(text, spans)
    if korean:
        for m in _KO_NATIVE_RE.finditer(text):
            out.append(Quantity(NUMBER, Decimal(KO_NATIVE[m.group(1)]), m.start(), m.end(),
                                m.group(0), claim=False))
        out += [Quantity(NUMBER, v, s, e, text[s:e], claim=False)
                for v, s, e in hangul_numerals(text)]
        for word, value in _KO_WORD_NUMBERS.items():
            for m in re.finditer(word, text):
                out.append(Quantity(NUMBER, Decimal(value), m.start(), m.end(), word,
                                    claim=False))
    else:
        for m in _EN_COMPOUND.finditer(text):
            value = _TENS[m.group(1).lower()] + _UNITS[m.group(2).lower()]
            out.append(Quantity(NUMBER, Decimal(value), m.start(), m.end(), m.group(0),
                                claim=False))
        for m in _EN_FRACTION.finditer(text):
            word = m.group(0).lower()
            value = _FRACTIONS[m.group(1).lower()] if m.group(1) else \
                75 if word.startswith("three") else 67
            out.append(Quantity(NUMBER, Decimal(value), m.start(), m.end(), m.group(0),
                                claim=False))
        for m in _EN_WORD_RE.finditer(text):
            if _free(spans, m.start(), m.end()):
                out.append(Quantity(NUMBER, Decimal(EN_WORDS[m.group(1).lower()]), m.start(),
                                    m.end(), m.group(0), claim=False))
    out.sort(key=lambda q: q.start)
    return out


def quantities_match(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == TIME:
        return times_match(str(a.value), str(b.value))
    return a.value == b.value
