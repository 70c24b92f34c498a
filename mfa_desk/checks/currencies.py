"""Currencies of amounts: which currency an amount is written in, and which amounts are a
writer's conversion for the reader ("(approximately USD 900 million)", "10만 달러(1억
2650만원)"), which confirm nothing and demand nothing of the other language."""

from __future__ import annotations

import re
from decimal import Decimal

from mfa_desk.checks.numbers import NUMBER, Quantity

# "원" counts only as a word of its own ("12억 원을"), not as the start of 원조 (aid) or 원칙.
_KO_CURRENCY = re.compile(r"\s?(달러|유로|엔화|위안|파운드)|"
                          r"\s?(원|엔)(?![가-힣])|\s?(원|엔)(?=[을를이가의은는에으과와도로씩])")
_KO_CURRENCY_CODE = {"달러": "USD", "유로": "EUR", "엔": "JPY", "엔화": "JPY", "위안": "CNY",
                     "파운드": "GBP", "원": "KRW"}
_EN_CURRENCY_BEFORE = re.compile(r"(US\$|USD|\$|KRW|₩|EUR|€|JPY|¥|CNY|GBP|£)\s?$")
_EN_CURRENCY_AFTER = re.compile(r"^\s?(?:(?:US|U\.S\.)\s)?(dollars?|won|euros?|yen|yuan|pounds?)\b",
                                re.IGNORECASE)
_EN_CURRENCY_CODE = {"us$": "USD", "usd": "USD", "$": "USD", "krw": "KRW", "₩": "KRW",
                     "eur": "EUR", "€": "EUR", "jpy": "JPY", "¥": "JPY", "cny": "CNY",
                     "gbp": "GBP", "£": "GBP", "dollar": "USD", "dollars": "USD", "won": "KRW",
                     "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "pound": "GBP",
                     "pounds": "GBP"}


def currency_of(text: str, q: Quantity, korean: bool) -> str:
    """The currency written with an amount ("USD", "KRW", ...), "" when none is."""
    if q.kind != NUMBER or not q.claim:
        return ""
    if korean:
        m = _KO_CURRENCY.match(text, q.end)
        return _KO_CURRENCY_CODE[m.group(1) or m.group(2) or m.group(3)] if m else ""
    before = _EN_CURRENCY_BEFORE.search(text[max(0, q.start - 4):q.start])
    if before:
        return _EN_CURRENCY_CODE[before.group(1).lower()]
    after = _EN_CURRENCY_AFTER.match(text[q.end:q.end + 16])
    return _EN_CURRENCY_CODE[after.group(1).lower()] if after else ""


# An English amount converted for the reader, "(approximately USD 900 million)", is the
# translator's addition: it confirms nothing and demands nothing of the Korean.
_CONVERSION_OPENING = re.compile(
    r"\(\s*(?:approximately|approx\.|about|around|roughly|some|nearly|almost|equivalent to|"
    r"or about|~|≈)\s*(?:US\$|USD|\$|KRW|₩|EUR|€|JPY|¥|CNY|GBP|£)?\s?$", re.IGNORECASE)


# A Korean copy converts the same way: "10만 달러(1억 2650만원)", "(약 1억 원)".
_KO_CONVERTED = re.compile(r"(?:달러|불|유로|엔|위안|파운드)\s*\(\s*"
                           r"(?:약|한화\s*약?|원화\s*약?)?\s*$")


def mark_korean_conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A won amount in parentheses right after an amount in another currency is the
    writer's conversion: it confirms nothing and demands nothing of the English."""
    return [Quantity(q.kind, q.value, q.start, q.end, q.text, claim=False)
            if q.kind == NUMBER and q.claim and currency_of(text, q, True) == "KRW"
            and _KO_CONVERTED.search(text[max(0, q.start - 16):q.start]) else q
            for q in quantities]


# The same conversion set off by a comma right after the amount it converts: "USD 300,000
# worth of humanitarian aid, around KRW 340 million, to Colombia" (korea.net, batch 14).
_CONVERSION_APPOSITION = re.compile(
    r",\s*(?:approximately|approx\.|about|around|roughly|or about|equivalent to)\s*"
    r"(?:US\$|USD|\$|KRW|₩|EUR|€|JPY|¥|CNY|GBP|£)?\s?$", re.IGNORECASE)


def _apposition(text: str, q: Quantity, earlier: list[Quantity]) -> bool:
    """`q` converts an amount in another currency written just before it, after a comma."""
    cur = currency_of(text, q, False)
    return bool(cur) and bool(_CONVERSION_APPOSITION.search(text[max(0, q.start - 24):q.start])) \
        and any(0 < q.start - e.end <= 60 and currency_of(text, e, False) not in ("", cur)
                for e in earlier)


def mark_conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in quantities:
        opening = text.rfind("(", 0, q.start)
        if q.kind == NUMBER and q.claim and (
                opening >= 0 and ")" not in text[opening:q.start]
                and _CONVERSION_OPENING.search(text[opening:q.start])
                and (currency_of(text, q, False)
                     or isinstance(q.value, Decimal) and q.value >= 1000)
                or _apposition(text, q, out)):
            q = Quantity(q.kind, q.value, q.start, q.end, q.text, claim=False)
        out.append(q)
    return out

