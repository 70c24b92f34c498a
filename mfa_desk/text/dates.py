"""Dates in Korean and English: the names, reading a date written in either
language (with a Korean weekday and a time), and writing one in the styles
releases use. One stack for the importers and the checks.

Read: "2026. 3. 18.(수) 10:00", "2026.3.18(수)", "2026년 3월 18일(수) 오전 10시",
"2026-03-18 10:00", "September 26, 2026", "26 Sep 2026".
Write: `format_date_ko` ("2026. 3. 18.", "3.18.(수)", "2026년 3월 18일" ...) and
`format_date_en` ("March 18, 2026", "18 March" ...).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

KO_WEEKDAYS = "월화수목금토일"  # Monday first, as datetime.weekday()
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
                       "Oct.", "Nov.", "Dec.")
# Every English spelling of a month a release uses, lower case, to its number.
MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name.lower()[:3]: i for i, name in enumerate(MONTH_NAMES, start=1)})
MONTHS["sept"] = 9

# Pattern pieces (no groups) for the line classifier: a date as written in either
# language, a time after it may follow. Bounded repetitions only: a line of any
# length is matched in linear time.
KO_WEEKDAY_TEXT = r"(?:\s*\(\s*[월화수목금토일]\s*\))"
EN_MONTH_TEXT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
DATE_TEXT = (
    r"(?:\d{4}\s*(?:[-./]|년)\s*\d{1,2}\s*(?:[-./]|월)\s*\d{1,2}\s*(?:\.|일)?" + KO_WEEKDAY_TEXT
    + r"?(?:\s*(?:오전|오후)?\s*\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?)?"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?" + EN_MONTH_TEXT
    + r"\s+\d{1,2}(?:,\s*|\s+)\d{4}"
    r"|\d{1,2}\s+" + EN_MONTH_TEXT + r"(?:,\s*|\s+)\d{4})"
)


@dataclass(frozen=True)
class WrittenDate:
    """A date read from a text, with the time and the Korean weekday written with it."""

    date: dt.date
    time: dt.time | None
    weekday_written: str  # "" when the text gives no weekday


_KO_DATE = re.compile(
    r"(\d{4})\s{0,3}(?:[.\-/]|년)\s{0,3}(\d{1,2})\s{0,3}(?:[.\-/]|월)\s{0,3}(\d{1,2})"
    r"\s{0,3}(?:\.|일)?\s{0,3}(?:\(\s{0,3}([월화수목금토일])\s{0,3}\))?"
)
# Bounded spaces: a run of spaces must not make the search quadratic.
_TIME = re.compile(r"(?:(오전|오후)\s{0,3})?(\d{1,2})\s{0,3}(?::\s{0,3}(\d{2})"
                   r"|시(?:\s{0,3}(\d{1,2})\s{0,3}분)?)")
_EN_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
# Starting at a word's start: inside a long word every position fails at once.
# The comma may lose its space on a portal ("May 22,2025").
_EN_YEAR = r"(?:,\s{0,3}|\s{1,3})(\d{4})"
_EN_MONTH_FIRST = re.compile(r"\b" + _EN_MONTH + r"\s{1,3}(\d{1,2})" + _EN_YEAR, re.I)
_EN_DAY_FIRST = re.compile(r"\b(\d{1,2})\s{1,3}" + _EN_MONTH + _EN_YEAR, re.I)


def parse_korean_date(text: str) -> WrittenDate | None:
    """The first numeric date (year first) in `text` and a time after it, or None
    when there is none or it does not exist (2026-02-30)."""
    m = _KO_DATE.search(text)
    if not m:
        return None
    try:
        date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    time = None
    t = _TIME.search(text, m.end())
    if t:
        hour = int(t.group(2))
        minute = int(t.group(3) or t.group(4) or 0)
        if t.group(1) == "오후" and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            time = dt.time(hour, minute)
    return WrittenDate(date, time, m.group(4) or "")


def parse_any_date(text: str) -> WrittenDate | None:
    """The first date in `text` in either language, or None."""
    found = parse_korean_date(text)
    if found is not None:
        return found
    for pattern, order in ((_EN_MONTH_FIRST, (3, 1, 2)), (_EN_DAY_FIRST, (3, 2, 1))):
        m = pattern.search(text)
        if m:
            year, month, day = (m.group(i) for i in order)
            try:
                return WrittenDate(dt.date(int(year), MONTHS[month[:3].lower()], int(day)),
                                   None, "")
            except ValueError:
                return None
    return None


def weekday_mismatch(date: dt.date, written: str) -> str | None:
    """A message when the Korean weekday `written` is not `date`'s weekday, else None."""
    if not written:
        return None
    actual = KO_WEEKDAYS[date.weekday()]
    if written == actual:
        return None
    return (f"{date.year}. {date.month}. {date.day}. is a {EN_WEEKDAYS[date.weekday()]} "
            f"({actual}), not ({written})")


def written_weekday_problem(text: str) -> str | None:
    """The weekday written after the first Korean date of `text` does not fit it."""
    found = parse_korean_date(text)
    return None if found is None else weekday_mismatch(found.date, found.weekday_written)


KO_DATE_STYLES = ("full", "full_weekday", "short", "short_weekday", "spaced", "words",
                  "words_no_year")
EN_DATE_STYLES = ("month_day", "month_day_year", "day_month", "day_month_year", "abbrev")


def format_date_ko(date: dt.date, style: str = "full") -> str:
    """"2026. 3. 18." and the other Korean styles in `KO_DATE_STYLES`."""
    wd = f"({KO_WEEKDAYS[date.weekday()]})"
    return {
        "full": f"{date.year}. {date.month}. {date.day}.",
        "full_weekday": f"{date.year}. {date.month}. {date.day}.{wd}",
        "short": f"{date.month}.{date.day}.",
        "short_weekday": f"{date.month}.{date.day}.{wd}",
        "spaced": f"{date.month}. {date.day}.",
        "words": f"{date.year}년 {date.month}월 {date.day}일",
        "words_no_year": f"{date.month}월 {date.day}일",
    }[style]


def format_datetime_ko(moment: dt.datetime) -> str:
    """"2026. 3. 18.(수) 10:00": a 배포일시 value."""
    return f"{format_date_ko(moment.date(), 'full_weekday')} {moment:%H:%M}"


def format_date_en(date: dt.date, style: str = "month_day_year") -> str:
    """"March 18, 2026" and the other English styles in `EN_DATE_STYLES`."""
    month = MONTH_NAMES[date.month - 1]
    return {
        "month_day": f"{month} {date.day}",
        "month_day_year": f"{month} {date.day}, {date.year}",
        "day_month": f"{date.day} {month}",
        "day_month_year": f"{date.day} {month} {date.year}",
        "abbrev": f"{MONTH_ABBREVIATIONS[date.month - 1]} {date.day}",
    }[style]
