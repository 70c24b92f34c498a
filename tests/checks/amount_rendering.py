"""Render amounts in Korean and English, in the styles releases use: the property
tests render one value both ways and expect the checks to find no difference.

A test helper (it lived in mfa_desk/checks but only tests used it, issue 17); dates
come from the one date stack, mfa_desk.text.dates.
"""

from __future__ import annotations

from decimal import Decimal

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
