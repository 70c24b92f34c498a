"""A release date as written on a line of either language: "2026-09-26",
"2026. 11. 4.(수) 10:00", "2026년 11월 4일", "September 26, 2026", "26 Sep 2026"."""

from __future__ import annotations

import datetime as dt
import re

from mfa_desk.formats.korean_header import HeaderDate, parse_header_date

_MONTH_NUMBER = {name: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_FIRST = re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})", re.I)
_DAY_FIRST = re.compile(r"(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})", re.I)


def parse_any_date(text: str) -> HeaderDate | None:
    """The first date in `text` (with a Korean weekday and time if written), or None
    when there is none or it does not exist (2026-02-30)."""
    found = parse_header_date(text)
    if found is not None:
        return found
    for pattern, order in ((_MONTH_FIRST, (3, 1, 2)), (_DAY_FIRST, (3, 2, 1))):
        m = pattern.search(text)
        if m:
            year, month, day = (m.group(i) for i in order)
            try:
                return HeaderDate(dt.date(int(year), _MONTH_NUMBER[month[:3].lower()],
                                          int(day)), None, "")
            except ValueError:
                return None
    return None
