"""Adapting a match's English when the Korean differs only in numbers and dates.

The archive's Korean and ours are read into values - amounts with 만 (10^4), 억 (10^8),
조 (10^12), months (3월, the 3 of "3. 17."), plain numbers and ordinals - and compared
with their digits masked. When the masked texts are equal, each changed value is
found in the English by value (142억 = 14.2 billion) and rewritten in the English's
own scale: "12 billion dollars" becomes "14.2 billion dollars", "March" becomes
"April", "3rd" becomes "4th". If any changed value cannot be found in the English,
no adaptation is offered: a wrong number is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from mfa_desk.text.dates import EN_WEEKDAYS, KO_WEEKDAYS, MONTH_NAMES
from mfa_desk.text.numerals import EN_SCALES, KO_SCALES, KO_SMALL_SCALES, NUMBER_PATTERN, to_decimal

NUMBER, MONTH, WEEKDAY = "number", "month", "weekday"
# A weekday changes with its date; the English often leaves it out, so it is optional.
_OPTIONAL = {WEEKDAY}
_NUM = NUMBER_PATTERN  # short: it is spliced into the patterns below
_KO_UNITS = {**KO_SCALES, "천": KO_SMALL_SCALES["천"]}
_KO_PART = rf"(?:{_NUM})\s?[조억만천]"
# A number glued to Latin letters (G20, G-20, COVID-19) is part of a name, not a value:
# neither token pattern reads it.
_KO_TOKEN = re.compile(
    rf"(?P<date>(?<![\d.,])(?P<dm>\d{{1,2}})\.\s?(?P<dd>\d{{1,2}})\.(?!\d))"
    rf"|(?P<month>(?<![\d.,])(?P<mn>\d{{1,2}})\s?월)"
    rf"|\((?P<wd>[{KO_WEEKDAYS}])\)"
    rf"|(?P<amount>(?<![\d.,])(?:{_KO_PART}\s?)+(?:(?:{_NUM})(?![\d.,]))?)"
    rf"|(?P<plain>(?<![\d.,A-Za-z])(?<![A-Za-z]-)(?:{_NUM})(?![\d,]|\.\d))")
_EN_TOKEN = re.compile(
    rf"(?P<num>(?<![\w.,])(?<![A-Za-z]-)(?:{_NUM}))(?P<ord>st|nd|rd|th)?"
    rf"(?:\s(?P<scale>{'|'.join(EN_SCALES)})\b)?(?![\w]|[.,]\d)"
    rf"|\b(?P<month>{'|'.join(MONTH_NAMES)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    rf"\.)(?!\w)"
    rf"|\b(?P<weekday>{'|'.join(EN_WEEKDAYS)})\b")
_DIGITS = re.compile(rf"\d[\d,]*(?:\.\d+)?|(?<=\()[{KO_WEEKDAYS}](?=\))")


@dataclass(frozen=True)
class Value:
    kind: str
    value: Decimal
    start: int = 0
    end: int = 0


def _dec(text: str) -> Decimal:
    value = to_decimal(text)
    return Decimal(0) if value is None else value  # the patterns admit only digits


def korean_values(text: str) -> list[Value]:
    out = []
    for m in _KO_TOKEN.finditer(text):
        if m.group("date"):
            out.append(Value(MONTH, _dec(m.group("dm")), m.start("dm"), m.end("dm")))
            out.append(Value(NUMBER, _dec(m.group("dd")), m.start("dd"), m.end("dd")))
        elif m.group("month"):
            out.append(Value(MONTH, _dec(m.group("mn")), m.start(), m.end()))
        elif m.group("wd"):
            out.append(Value(WEEKDAY, Decimal(KO_WEEKDAYS.index(m.group("wd"))), m.start(),
                             m.end()))
        elif m.group("amount"):
            out.append(Value(NUMBER, _korean_amount(m.group("amount")), m.start(), m.end()))
        else:
            out.append(Value(NUMBER, _dec(m.group("plain")), m.start(), m.end()))
    return out


def _korean_amount(text: str) -> Decimal:
    total = Decimal(0)
    rest = text
    for m in re.finditer(rf"({_NUM})\s?([조억만천])", text):
        total += _dec(m.group(1)) * _KO_UNITS[m.group(2)]
        rest = text[m.end():]
    tail = re.search(_NUM, rest)
    return total + (_dec(tail.group(0)) if tail else 0)


def english_values(text: str) -> list[tuple[Value, re.Match[str]]]:
    out = []
    for m in _EN_TOKEN.finditer(text):
        if m.group("month"):
            name = m.group("month").rstrip(".")
            month = next(i for i, full in enumerate(MONTH_NAMES, 1) if full.startswith(name))
            out.append((Value(MONTH, Decimal(month), m.start(), m.end()), m))
        elif m.group("weekday"):
            day = Decimal(EN_WEEKDAYS.index(m.group("weekday")))
            out.append((Value(WEEKDAY, day, m.start(), m.end()), m))
        else:
            scale = EN_SCALES[m.group("scale")] if m.group("scale") else Decimal(1)
            out.append((Value(NUMBER, _dec(m.group("num")) * scale, m.start(), m.end()), m))
    return out


def _masked(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()))


def value_changes(old_ko: str, new_ko: str
                  ) -> tuple[list[Value], list[tuple[Value, Value]]] | None:
    """The old text's values, and those that changed, in order, when the two texts
    differ only in values."""
    if _masked(old_ko) != _masked(new_ko):
        return None
    old, new = korean_values(old_ko), korean_values(new_ko)
    if len(old) != len(new) or any(a.kind != b.kind for a, b in zip(old, new, strict=True)):
        return None
    return old, [(a, b) for a, b in zip(old, new, strict=True) if a.value != b.value]


def adapt_english(old_ko: str, new_ko: str, en: str) -> str | None:
    """The English rewritten for `new_ko`, or None when it cannot be adapted safely."""
    compared = value_changes(old_ko, new_ko)
    if compared is None or not compared[1]:
        return None
    old, changes = compared
    wanted: dict[tuple[str, Decimal], Decimal] = {}
    for a, b in changes:
        if wanted.setdefault((a.kind, a.value), b.value) != b.value:
            return None  # one old value becoming two new ones: ambiguous
    in_korean = Counter((v.kind, v.value) for v in old)
    changed = Counter((a.kind, a.value) for a, _ in changes)
    if any(in_korean[key] != count for key, count in changed.items()):
        # The value also stays somewhere (코로나19 beside 19일 -> 20일): which of the
        # English's 19s is the day cannot be told.
        return None
    tokens = english_values(en)
    in_english = Counter((v.kind, v.value) for v, _ in tokens)
    if not all(in_english[key] for key in wanted if key[0] not in _OPTIONAL):
        return None
    if any(in_english[key] > in_korean[key] for key in wanted):
        # The English says the value more often than the Korean (April 20 and another
        # May 20 of its own): the one to change cannot be told.
        return None
    pieces, last = [], 0
    for v, m in tokens:
        new = wanted.get((v.kind, v.value))
        if new is None:
            continue
        pieces += [en[last:v.start], _render(m, v.kind, new)]
        last = v.end
    return "".join(pieces) + en[last:]


def _render(m: re.Match[str], kind: str, value: Decimal) -> str:
    if kind == WEEKDAY:
        return EN_WEEKDAYS[int(value)]
    if kind == MONTH:
        if not 1 <= value <= 12:
            return m.group(0)
        full = MONTH_NAMES[int(value) - 1]
        return full[:3] + "." if m.group(0).endswith(".") and len(full) > 4 else full
    scale_word = m.group("scale")
    scale = EN_SCALES[scale_word] if scale_word else Decimal(1)
    if scale_word and value < scale:  # 1,200억 -> 0.12 trillion: step down a scale
        smaller = [w for w, s in EN_SCALES.items() if s <= value]
        scale_word = smaller[-1] if smaller else None
        scale = EN_SCALES[scale_word] if scale_word else Decimal(1)
    number = _format(value / scale, "," in m.group("num"))
    digits = m.group("num")
    if not scale_word and len(digits) > 1 and digits[0] == "0" and digits.isdigit():
        number = number.zfill(len(digits))  # a clock's 02:00 -> 03:00, not 3:00
    suffix = _ordinal(value) if m.group("ord") else ""
    return number + suffix + (f" {scale_word}" if scale_word else "")


def _format(value: Decimal, commas: bool) -> str:
    value = value.normalize()
    if value == value.to_integral():
        return f"{int(value):,}" if commas else str(int(value))
    return f"{value:f}"


def _ordinal(value: Decimal) -> str:
    n = int(value)
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
