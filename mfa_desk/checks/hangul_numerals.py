"""Sino-Korean numerals written in Hangul before 만 or 억 and a counter: "일만 명" (10,000
people), "십만 달러", "삼백만 명". Batch 12: a news copy of the ministry's release wrote
"일만명에 육박하는 사망자" where the ministry's English says "nearly ten thousand people".
They are evidence for an English number, never a claim of their own, and only before a
counter, so 오만 (Oman), 이만 (this much) and 일만 (only work) are no numbers."""

from __future__ import annotations

import re
from decimal import Decimal

_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SMALL = {"십": 10, "백": 100, "천": 1000}
_SCALES = {"만": 10_000, "억": 100_000_000}
_NUMERAL = re.compile(r"(?<![가-힣])([일이삼사오육칠팔구])?([십백천])?([만억])\s?"
                      r"(?=(?:여\s?)?(?:명|개|달러|원|건|톤|가구))")


def hangul_numerals(text: str) -> list[tuple[Decimal, int, int]]:
    """(value, start, end) of every Hangul numeral before a counter."""
    out = []
    for m in _NUMERAL.finditer(text):
        digit, small, scale = m.groups()
        if digit or small:
            value = _DIGITS.get(digit or "", 1) * _SMALL.get(small or "", 1) * _SCALES[scale]
            out.append((Decimal(value), m.start(), m.end()))
    return out
