"""Dates in Korean and English text, extracted as values so they compare by meaning.

Korean: `2026. 3. 18.`, `2026년 3월 17일`, `3월 17일`, `3.17.(화)`, `3. 17.`, `6.30.까지`,
ranges `5.12.-14.`, `5.30.~6.2.`, `(6.27-30)`, `5월 12~14일`, headline suffixes `(11.4.)`.
English: `March 17`, `March 17, 2026`, `17 March`, `Mar. 17`, `May 12 to 14`, `May 12-14`,
`12-14 May`, `May 30 to June 2`, ISO `2026-03-18`.
A date's year may be missing; it is then read as the release year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from mfa_desk.text.dates import EN_WEEKDAYS, KO_WEEKDAYS, MONTH_NAMES, MONTHS

__all__ = ["EN_WEEKDAYS", "KO_WEEKDAYS", "MONTHS", "MONTH_NAMES", "DateMention", "english_dates",
           "english_days_without_month", "korean_dates", "relative_year_offsets", "same_date",
           "short_year_ranges", "weekday_problem", "english_weekdays_alone",
           "named_by_weekday"]


@dataclass(frozen=True)
class DateMention:
    """One calendar date named in a text (a range gives two mentions)."""

    month: int
    day: int
    year: int | None
    start: int  # span in the text, for snippets and for masking before number extraction
    end: int
    text: str
    weekday: str = ""  # weekday as a Korean marker (월..일), "" when none is written
    implied: bool = False  # not written: the next day of a time range past midnight
    said: bool = False  # the day a news copy says the ministry spoke ("12월 26일 밝혔다")

    def key(self) -> tuple[int, int]:
        return (self.month, self.day)

    def label(self) -> str:
        if not self.month:
            return f"the {self.day}{_ordinal(self.day)}"
        y = f", {self.year}" if self.year else ""
        return f"{MONTH_NAMES[self.month - 1]} {self.day}{y}"

    def shown(self) -> str:
        """As written, with its reading when that differs: "3.17.(화) (March 17)"."""
        label = self.label()
        return self.text if self.text == label else f"{self.text} ({label})"


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _ordinal(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# --- Korean ---------------------------------------------------------------------------------
_WD = r"(?:\s*\(([월화수목금토일])\))?"
# Optional range end after a date: "-14.", "~ 6. 2.", "-30", with an optional weekday.
_RANGE_END = r"(?:\s*[-~–〜]\s*(?:(\d{1,2})\.\s*)?(\d{1,2})\.?" + _WD + r")?"
# The year may be short with an apostrophe: "'26. 3. 18." is 2026.
# The day may end with 일 instead of the period ("6.2일", "3.16일"), not a duration
# ("1.5일간").
_KO_DOTTED = re.compile(
    r"(?<![\d.])(?:(\d{4}|['‘’]\d{2})\.\s*)?(\d{1,2})\.\s?(\d{1,2})(\.|일(?!\s*(?:간|동안|째)))?"
    + _WD + _RANGE_END + r"(?![\d%])")
_KO_WORDS = re.compile(
    r"(?<!\d)(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})(일)?" + _WD
    + r"(?:\s*(?:[-~–]|부터)\s*(?:(\d{1,2})월\s*)?(\d{1,2})일" + _WD + r")?")


# Days named by their date, written with a middle dot: "9·19 군사합의", "6·25 전쟁".
# "1·2차" (first and second) is no date: a counter after the numbers rules it out.
_KO_NAMED_DAY = re.compile(r"(?<![\d.·])(\d{1,2})\s?[·ㆍ]\s?(\d{1,2})(?![\d·ㆍ])"
                           r"(?!\s?[차호위급번층년개명단기회권])")


# A day named without its month, as releases write a date of the release month:
# "지난 4일(화)", "8일(토)부터 11일(일)까지", "11(일)" (日 in parentheses, no weekday), "오는
# 20일", and news style after the subject: "제1차관은 1일 ...", "외교부가 1일 밝혔다", or
# after a partner ("몽골 외교차관과 12일 면담하고": batch 17), or
# with the local-time note: "14일(현지시간)" (batch 6; "현지시각" too), as of a day ("26일
# 기준 사망자": the real Ethiopia copy's "as of July 26"), or after the copula 인 naming the day
# ("셋째날인 16일,", "현충일인 6일": batch 11, news copies), or the day of a decision or
# announcement ("지원을 제공하기로 6일 결정했다": batch 14). Not a duration ("3일간", "10일
# 동안", "30일 후", "30일 이상") nor "1일 2회".
# "6일 외교부에 따르면": the day the ministry spoke, as a news copy opens (batch 19).
_KO_ACCORDING = r"\s*(?:외교부|정부|당국|대변인)에\s*따르면"
_KO_NOT_A_DAY = r"(?!\s*(?:간|동안|째|이내|만에|후|뒤|전|이상|이하|미만|초과|이후|이전|\d))"
_KO_DAY_ONLY = re.compile(
    r"(?<![\d.월])(?:(\d{1,2})일\s*\(([월화수목금토일])\)|(\d{1,2})\(일\)"
    r"|(?:(?<=지난 )|(?<=지난달 )|(?<=지난 달 ))(\d{1,2})일(?!\s*(?:간|동안|째|이내|만에))"
    r"|(?<=오는 )(\d{1,2})일"
    r"|(\d{1,2})일(?=\s*(?:부터|까지|~|-))"
    r"|(?<=[은는이가과와] )(\d{1,2})일(?=\s)" + _KO_NOT_A_DAY
    + r"|(\d{1,2})일(?=\s*\(현지\s?시[간각]\)|\s*기준)"
    + r"|(?<=인 )(\d{1,2})일(?=[\s,])" + _KO_NOT_A_DAY
    + r"|(\d{1,2})일(?=\s*(?:결정|발표|개최|서명|채택)(?:했|하였|됐|되었))"
    + r"|(\d{1,2})일(?=" + _KO_ACCORDING + r"))")


def resolve_day(day: int, weekday: str, year: int | None, month: int | None
                ) -> tuple[int, int | None]:
    """The month (and year) of a day-only date: the release month, or the month before or
    after it when only there the written weekday fits ("지난 28일(금)" in an early-month
    release). (0, None) when the release month is unknown."""
    if not month:
        return 0, None
    if not weekday or not year:
        return month, year
    expected = KO_WEEKDAYS.index(weekday)
    for delta in (0, -1, 1):
        m, y = month + delta, year
        if m == 0:
            m, y = 12, year - 1
        elif m == 13:
            m, y = 1, year + 1
        try:
            if dt.date(y, m, day).weekday() == expected:
                return m, y
        except ValueError:
            continue
    return month, year


def _day_only_dates(text: str, taken: list[tuple[int, int]], year: int | None,
                    month: int | None) -> list[DateMention]:
    out = []
    for m in _KO_DAY_ONLY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        day = int(next(g for g in (m.group(1), m.group(3), m.group(4), m.group(5), m.group(6),
                                   m.group(7), m.group(8), m.group(9), m.group(10),
                                   m.group(11)) if g))
        weekday = m.group(2) or ""
        if not 1 <= day <= 31:
            continue
        # "지난달 30일" (batch 19): a day of the month before the release's.
        base_month, base_year = month, year
        if month and text[max(0, m.start() - 4):m.start()].replace(" ", "").endswith("지난달"):
            base_month, base_year = (month - 1, year) if month > 1 else (12, year and year - 1)
        mon, yr = resolve_day(day, weekday, base_year, base_month)
        out.append(DateMention(mon, day, yr, m.start(), m.end(), m.group(0), weekday))
        taken.append(m.span())
    return out


# "8.3" - month.day without the final period, followed by a space or punctuation (not
# "8.3%", "8.3배", "8.3 million"): a date when the English does not have the number 8.3.
_KO_BARE_MONTH_DAY = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})(?=[\s,)]|$)(?!\s*[%배])")


def bare_month_days(text: str, taken: list[tuple[int, int]]) -> list[DateMention]:
    """"8.3" read as August 3 (no year, no weekday); the caller decides whether the
    English reads it as a date or as the number 8.3."""
    out = []
    for m in _KO_BARE_MONTH_DAY.finditer(text):
        month, day = int(m.group(1)), int(m.group(2))
        if _valid(month, day) and not any(s <= m.start() < e for s, e in taken):
            out.append(DateMention(month, day, None, m.start(), m.end(), m.group(0)))
    return out


def korean_dates(text: str, release_year: int | None = None,
                 release_month: int | None = None) -> list[DateMention]:
    """Dates of a Korean text; a day-only date takes the release's month (checked against
    its weekday), or month 0 when the release month is unknown."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _KO_NAMED_DAY.finditer(text):
        month, day = int(m.group(1)), int(m.group(2))
        if _valid(month, day):
            out.append(DateMention(month, day, None, m.start(), m.end(), m.group(0)))
            taken.append(m.span())
    for m in _KO_WORDS.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        year_s, month_s, day_s, il, wd, end_m, end_d, end_wd = m.groups()
        if not il and end_d is None:
            continue
        year = int(year_s) if year_s else None
        month, day = int(month_s), int(day_s)
        if not _valid(month, day):
            continue
        out.append(DateMention(month, day, year, m.start(), m.end(), m.group(0), wd or ""))
        if end_d:
            m2 = int(end_m) if end_m else month
            if _valid(m2, int(end_d)):
                out.append(DateMention(m2, int(end_d), year, m.start(), m.end(), m.group(0),
                                       end_wd or ""))
        taken.append(m.span())
    for m in _KO_DOTTED.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        year_s, month_s, day_s, period, wd, end_m, end_d, end_wd = m.groups()
        # "3.5" alone is a decimal; a date ends with a period, a weekday, a range, or
        # has a year: 2026. 3. 18
        has_range = end_d is not None
        if not (period or wd or year_s or has_range or _KO_DATE_PARTICLE.match(text, m.end())):
            continue
        # A bare "1.5" followed by a range is more likely numbers ("1.5-2배"): need the period
        # or a parenthesis around it to read it as a date.
        if has_range and not (period or wd or year_s) and not _in_parentheses(text, m):
            continue
        month, day = int(month_s), int(day_s)
        if not _valid(month, day):
            continue
        year = _korean_year(year_s)
        out.append(DateMention(month, day, year, m.start(), m.end(), m.group(0), wd or ""))
        if has_range:
            m2 = int(end_m) if end_m else month
            d2 = int(end_d)
            if _valid(m2, d2) and (m2, d2) > (month, day):
                out.append(DateMention(m2, d2, year, m.start(), m.end(), m.group(0),
                                       end_wd or ""))
        taken.append(m.span())
    out += _day_only_dates(text, taken, release_year, release_month)
    out += _overnight(text, out)
    out.sort(key=lambda d: d.start)
    return [replace(d, said=True) if _said(text, d) else d for d in out]


# "11.30까지", "4.1부터": a dotted month and day with a range particle and no period is a
# date (batch 8: "운영 인력 총 28명을 11.30까지 파견"); a decimal takes no such particle.
_KO_DATE_PARTICLE = re.compile(r"까지|부터")


# A news copy's "...라고 12월 26일 밝혔다": the day the ministry spoke, which the release
# (that day's text) and its English do not restate. Also the day right after the speaker
# before the quote it reports ('외교부는 10일 "..."이라고 밝혔다'); not a day before a clause
# ("정부는 12월 26일 회의를 개최하고 ... 밝혔다": the meeting's day).
_SAID_AFTER = re.compile(r"\s*(?:밝혔|전했|발표했|말했|공개했)")
_SPEAKER_BEFORE = re.compile(r"(?:외교부|정부|대변인|당국자|관계자)[는가은이]\s*$")
# Quotes may run on, joined by "며" or "고": '외교부는 21일 "...연장했다"며 "...해제된다"고
# 밝혔다' (batch 18, a consular notice's news copy).
_QUOTE = r"[\"“‘'][^\"“”‘’'\n]{1,300}[\"”’']"
_SAID_LATER = re.compile(r"\s*(?:" + _QUOTE + r"(?:이)?라?(?:며|고)\s*,?\s*){0,3}" + _QUOTE
                         + r"(?:이)?라?고\s*(?:밝혔|전했|발표했|말했|공개했|설명했)")


def _said(text: str, d: DateMention) -> bool:
    return bool(_SAID_AFTER.match(text, d.end) or re.match(_KO_ACCORDING, text[d.end:])) or bool(
        _SPEAKER_BEFORE.search(text[max(0, d.start - 12):d.start])
        and _SAID_LATER.match(text, d.end))


# A time range after a date that runs past midnight, "6.2일 22:00-02:00(한국시간)": the
# English may name the next day too ("22:00, June 2 - 02:00, June 3"), which the Korean
# implies without writing it.
_OVERNIGHT = re.compile(r"\s*(?:\([^()]{0,8}\)\s*)?(?:오후\s*|밤\s*)?(\d{1,2}):(\d{2})\s*[-~–]"
                        r"\s*(?:새벽\s*|오전\s*)?(\d{1,2}):(\d{2})")


def _overnight(text: str, dates: list[DateMention]) -> list[DateMention]:
    out = []
    for d in dates:
        m = _OVERNIGHT.match(text, d.end)
        if not m or not d.month or int(m.group(3)) * 60 + int(m.group(4)) >= \
                int(m.group(1)) * 60 + int(m.group(2)):
            continue
        year = d.year or 2000  # a leap year: "2.29일" stays a date
        nxt = _next_day(year, d.month, d.day)
        if nxt is not None:
            out.append(DateMention(nxt.month, nxt.day, d.year if nxt.year == year else None,
                                   d.start, d.end, d.text, implied=True))
    return out


def _next_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) + dt.timedelta(days=1)
    except ValueError:
        return None


def _korean_year(written: str | None) -> int | None:
    if not written:
        return None
    if written[0] in "'‘’":  # '26 is 2026: releases are of this century
        return 2000 + int(written[1:])
    return int(written)


def _in_parentheses(text: str, m: re.Match[str]) -> bool:
    """Right after "(" and before ")" or the comma of a place: "(8.6-8, 필리핀 마닐라)"
    (batch 7)."""
    return text[max(0, m.start() - 1):m.start()] == "(" and text[m.end():m.end() + 1] in (
        ")", ",")


# Years named from the release's: 올해/금년 ("this year"), 지난해/작년 ("last year": "지난해
# 5월" = "May 2017" in a 2018 release, batch 6), 재작년, 내년/이듬해. Offsets in years.
_RELATIVE_YEARS = (("재작년", -2), ("지난해", -1), ("지난 해", -1), ("작년", -1), ("전년", -1),
                   ("올해", 0), ("금년", 0), ("올 한 해", 0), ("이번 해", 0), ("내년", 1),
                   ("이듬해", 1), ("다음 해", 1))


def relative_year_offsets(ko: str) -> set[int]:
    """The years a Korean text names from the release's year, as offsets (-1: 지난해)."""
    offsets = {offset for word, offset in _RELATIVE_YEARS if word in ko}
    if "재작년" in ko and "작년" not in ko.replace("재작년", ""):
        offsets.discard(-1)  # 재작년 holds 작년: two years back only
    return offsets


# A range of years with the second cut to two digits, as both languages write terms of
# office: "1996-97", "2013-14" (batch 6): the second is 1997, 2014, not the number 97.
_SHORT_YEAR_RANGE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})\s?[-–~]\s?(\d{2})(?![\d%]|[.,]\d)")


def short_year_ranges(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, first year, second year) of each "1996-97" in `text`."""
    out = []
    for m in _SHORT_YEAR_RANGE.finditer(text):
        first = int(m.group(1))
        second = first // 100 * 100 + int(m.group(2))
        if second <= first:
            second += 100  # 1999-00
        if second - first <= 10:
            out.append((m.start(), m.end(), first, second))
    return out


# --- English --------------------------------------------------------------------------------
_MONTH_RE = (r"(January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|"
             r"Nov\.?|Dec\.?)")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "till" too: "from October 8 till 26" (a MOFA English release, batch 8).
_TO = r"\s*(?:-|–|—|~|to|through|and|until|till)\s*"
_YEAR = r"(?:,?\s+(\d{4}))?"
# "May 12", "May 12-14", "May 30 to June 2", "March 17, 2026"
_EN_MDY = re.compile(r"\b" + _MONTH_RE + r"\s+" + _DAY + r"(?:" + _TO + r"(?:" + _MONTH_RE
                     + r"\s+)?" + _DAY + r")?" + _YEAR + r"(?![\d:])")
# "17 March", "12-14 May 2026", "30 May to 2 June"
_EN_DMY = re.compile(r"(?<![\d.:,])\b" + _DAY + r"(?:\s+" + _MONTH_RE + r")?(?:" + _TO + _DAY
                     + r")?\s+" + _MONTH_RE + r"(?:,?\s+(\d{4}))?\b")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# English headlines keep the Korean style date suffix: "... Dialogue (11.4.)".
_EN_DOTTED = re.compile(r"\((\d{1,2})\.\s?(\d{1,2})\.?\)")


_EN_WEEKDAY_NAME = "(" + "|".join(EN_WEEKDAYS) + ")"
_EN_WEEKDAY_BEFORE = re.compile(r"\b" + _EN_WEEKDAY_NAME + r",?\s+(?:the\s+)?$")
_EN_WEEKDAY_AFTER = re.compile(r"^\s*\(" + _EN_WEEKDAY_NAME + r"\)")


def _english_weekday(text: str, start: int, end: int) -> str:
    """The weekday written with an English date ("Friday, March 20", "March 20 (Friday)"),
    as the Korean marker, so that it is checked against the calendar like a Korean one."""
    m = _EN_WEEKDAY_BEFORE.search(text[max(0, start - 16):start]) \
        or _EN_WEEKDAY_AFTER.match(text[end:end + 14])
    return KO_WEEKDAYS[EN_WEEKDAYS.index(m.group(1))] if m else ""


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def english_dates(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _ISO.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(mo, d):
            out.append(DateMention(mo, d, y, m.start(), m.end(), m.group(0)))
            taken.append(m.span())
    for m in _EN_DOTTED.finditer(text):
        mo, d = int(m.group(1)), int(m.group(2))
        if _valid(mo, d):
            out.append(DateMention(mo, d, None, m.start(), m.end(), m.group(0)))
            taken.append(m.span())
    for m in _EN_MDY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        mon1, d1, mon2, d2, year_s = m.groups()
        # "May" as a verb: "Korea may 3 ..." is lower case, so only the capitalised
        # month is matched; "May 2" is still read as a date.
        year = int(year_s) if year_s else None
        month = _month(mon1)
        if not _valid(month, int(d1)):
            continue
        out.append(DateMention(month, int(d1), year, m.start(), m.end(), m.group(0),
                               _english_weekday(text, m.start(), m.end())))
        if d2:
            month2 = _month(mon2) if mon2 else month
            if _valid(month2, int(d2)) and (month2, int(d2)) > (month, int(d1)):
                out.append(DateMention(month2, int(d2), year, m.start(), m.end(), m.group(0)))
        taken.append(m.span())
    for m in _EN_DMY.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        d1, mon1, d2, mon2, year_s = m.groups()
        month2 = _month(mon2)
        month1 = _month(mon1) if mon1 else month2
        year = int(year_s) if year_s else None
        if not _valid(month1, int(d1)):
            continue
        out.append(DateMention(month1, int(d1), year, m.start(), m.end(), m.group(0),
                               _english_weekday(text, m.start(), m.end())))
        if d2 and _valid(month2, int(d2)):
            out.append(DateMention(month2, int(d2), year, m.start(), m.end(), m.group(0)))
        taken.append(m.span())
    out.sort(key=lambda d: d.start)
    return out


# "on the 18th": a day of the release month, named without its month. Not "the 18th
# meeting" (an ordinal before a noun); "the 18th and 19th", "the 18th in Seoul" are days.
_EN_DAY_ONLY = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+[A-Z])"
                          r"(?!\s+(?!and\b|to\b|through\b|until\b|in\b|at\b|on\b|of\b|"
                          r"with\b|from\b|when\b|as\b|for\b)[A-Za-z])")


def english_days_without_month(text: str) -> set[int]:
    return {int(m.group(1)) for m in _EN_DAY_ONLY.finditer(text) if 1 <= int(m.group(1)) <= 31}


# A day of the week or so named by its weekday alone, as news English does ("the ministry
# said Thursday", "hit on Sunday", "last Sunday"); not the weekday written with a date
# ("Friday, March 20", "March 20 (Friday)"), which `_english_weekday` reads.
_EN_WEEKDAY_ALONE = re.compile(r"\b" + _EN_WEEKDAY_NAME + r"\b(?!,?\s+(?:the\s+)?(?:\d|"
                               + _MONTH_RE[1:-1] + r"))")


_EN_DATE_BEFORE = re.compile(_MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$")


def english_weekdays_alone(text: str) -> set[int]:
    """The weekdays (Monday = 0) an English text names without a date."""
    return {EN_WEEKDAYS.index(m.group(1)) for m in _EN_WEEKDAY_ALONE.finditer(text)
            if not _EN_WEEKDAY_AFTER.match(text[max(0, m.start() - 2):m.end() + 1])
            and not _EN_DATE_BEFORE.search(text[max(0, m.start() - 20):m.start()])}


def named_by_weekday(d: DateMention, weekdays: set[int], release_year: int | None) -> bool:
    """A Korean date whose weekday the English names instead of the date ("10일" = "said
    Friday" in a release of a year where that 10th is a Friday; "6.24(월)" = "on Monday"
    whatever the year, the weekday being written)."""
    if d.weekday and weekdays:  # "6.24(월)" = "on Monday": the Korean writes the weekday
        return KO_WEEKDAYS.index(d.weekday) in weekdays
    year = d.year or release_year
    if not (weekdays and d.month and year):
        return False
    try:
        return dt.date(year, d.month, d.day).weekday() in weekdays
    except ValueError:
        return False


# --- Weekdays -------------------------------------------------------------------------------
def weekday_problem(mention: DateMention, release_year: int | None,
                    release_month: int | None = None) -> str | None:
    """A message when a Korean weekday marker does not fit the calendar, else None.

    Without a written year the release year is assumed; a date in an early month of a
    release issued late in the year may belong to the next year, so that is accepted too.
    """
    if not mention.weekday or not mention.month:
        return None
    years = [mention.year] if mention.year else []
    if not years and release_year:
        years = [release_year]
        if release_month and mention.month < release_month:
            years.append(release_year + 1)
        if release_month and mention.month > release_month:
            years.append(release_year - 1)
    expected = KO_WEEKDAYS.index(mention.weekday)
    fits = []
    for y in years:
        try:
            fits.append(dt.date(y, mention.month, mention.day).weekday())
        except ValueError:
            return f"{mention.text}: {mention.month}/{mention.day} is not a date in {y}"
    if not fits or expected in fits:
        return None
    actual = KO_WEEKDAYS[fits[0]]
    return (f"{mention.text}: {mention.label()} {years[0]} is a {EN_WEEKDAYS[fits[0]]} "
            f"({actual}), not {EN_WEEKDAYS[expected]} ({mention.weekday})")


def same_date(a: DateMention, b: DateMention) -> bool:
    """Same day and month (a day-only date of unknown month: the same day); years must
    agree only when both are written."""
    months = a.month == b.month or not a.month or not b.month
    return a.day == b.day and months and (a.year is None or b.year is None or a.year == b.year)
