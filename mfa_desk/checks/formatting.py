"""Render dates and amounts in Korean and English, in the styles releases use.

The property tests render one value both ways and expect the checks to find no
difference; the editor may use it to suggest an English rendering.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from mfa_desk.checks.dates import KO_WEEKDAYS, MONTH_NAMES

KO_DATE_STYLES = ("full", "full_weekday", "short", "short_weekday", "spaced", "words",
                  "words_no_year")
EN_DATE_STYLES = ("month_day", "month_day_year", "day_month", "day_month_year", "abbrev")
_ABBREV = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec.")


def format_date_ko(date: dt.date, style: str = "full") -> str:
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


def format_date_en(date: dt.date, style: str = "month_day_year") -> str:
    month = MONTH_NAMES[date.month - 1]
    return {
        "month_day": f"{month} {date.day}",
        "month_day_year": f"{month} {date.day}, {date.year}",
        "day_month": f"{date.day} {month}",
        "day_month_year": f"{date.day} {month} {date.year}",
        "abbrev": f"{_ABBREV[date.month - 1]} {date.day}",
    }[style]


_KO_UNITS = ((Decimal(10) ** 12, "조"), (Decimal(10) ** 8, "억"), (Decimal(10) ** 4, "만"))
_EN_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
              (Decimal(10) ** 6, "million"))
CURRENCIES = {"won": ("원", "won"), "dollar": ("달러", "dollars")}


def format_amount_ko(value: int, currency: str = "won") -> str:
    """`1조 2,000억 원`: each 만/억/조 group written with digits and thousands separators."""
    parts = []
    rest = value
    for unit, name in _KO_UNITS:
        if rest >= unit:
            parts.append(f"{int(rest // unit):,}{name}")
            rest %= unit
    if rest or not parts:
        parts.append(f"{int(rest):,}")
    return " ".join(parts) + " " + CURRENCIES[currency][0]


def format_amount_en(value: int, currency: str = "won") -> str:
    """`1.2 trillion won`, `14.2 billion dollars`, or `3,500 won` below a million."""
    for scale, name in _EN_SCALES:
        if value >= scale:
            number = (Decimal(value) / scale).normalize()
            return f"{number:,f} {name} {CURRENCIES[currency][1]}"
    return f"{value:,} {CURRENCIES[currency][1]}"
