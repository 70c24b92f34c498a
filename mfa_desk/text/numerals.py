"""How numbers are written in both languages, once: the digits of an amount, the Korean
scale syllables and the English scale words, and reading digits as an exact Decimal.

Three readers build on these: the aligner's facts (text/values.py), the translation
checks (checks/numbers.py, which compare values closely) and the archive's adaptation of a
match (archive/adapt.py). Each keeps its own token patterns, because each reads numbers in
its own context; what a number and a scale are does not differ between them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Digits of an amount: 1,000,000 / 1000000 / 14.2 (no sign, no group separator but ",").
NUMBER_PATTERN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# 3억 = 300,000,000; 2조 5천억 = 2.5 x 10^12: the large scales, and the small ones that
# multiply a number before a large scale (5천억) or stand alone (5천).
KO_SCALES = {"만": Decimal(10) ** 4, "억": Decimal(10) ** 8, "조": Decimal(10) ** 12}
KO_SMALL_SCALES = {"천": Decimal(1000), "백": Decimal(100), "십": Decimal(10)}
EN_SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
             "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
# As the wire copy and financial pages write them ("$3bn", a headline's "$2 Mln").
EN_SCALE_ABBREVIATIONS = {"mn": Decimal(10) ** 6, "bn": Decimal(10) ** 9,
                          "tn": Decimal(10) ** 12, "mln": Decimal(10) ** 6,
                          "bln": Decimal(10) ** 9}


def to_decimal(digits: str) -> Decimal | None:
    """"1,234.5" -> Decimal("1234.5"); None for what is not a number."""
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None


# The counter written after a number ("5개국", "65주년"), up to three syllables, without
# the particle that may follow it: "65주년을" is shown as "65주년", "3명에게" as "3명".
_COUNTER = re.compile(r"[가-힣%]{0,3}")
_PARTICLE_END = re.compile(r"(?:에게|에서|까지|부터|으로|보다|[을를이가은는의에와과로])$")


def counter_after(text: str, pos: int) -> str:
    """The counter at `pos` in `text`; a lone syllable is kept as it is ("2과")."""
    counter = _COUNTER.match(text, pos)
    word = counter.group(0) if counter else ""
    bare = _PARTICLE_END.sub("", word)
    return bare if bare else word
