"""Short forms a release defines for its own names (batch 18, docs/checks.md).

A report names a body in full once and gives the short form it uses from then on:
"해외문화홍보원(이하 해문홍)", "문화체육관광부(이하 '문체부')". The short form is a name of
the release, as a name in a title's company is (release_check makes every mention of it an
unknown name, not a misspelling). The guard against a typo: the short form's syllables are
drawn in order from the full name right before the parentheses (해문홍 from 해외문화홍보원), so
"(이하 해문흥)" defines nothing, and a slip in a later mention differs from the defined form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The full name (Hangul, solid) right before "(이하 SHORT)", the short form in quotes or not;
# other notes may come first in the parentheses: "해외문화홍보원(원장 김태훈, 이하 해문홍)".
_DEFINED = re.compile(
    r"([\uac00-\ud7a3]{3,20})\s?\((?:[^()\n]{0,40}?[,，]\s?)?\s?이하\s?[‘'\"“]?"
    r"([\uac00-\ud7a3]{2,8})[’'\"”]?\s?\)")


def _drawn_from(short: str, full: str) -> bool:
    """Every syllable of `short` found in `full`, in order (해문홍 in 해외문화홍보원)."""
    rest = iter(full)
    return all(syllable in rest for syllable in short)


def defined_short_forms(texts: Iterable[str]) -> frozenset[str]:
    """The short forms the texts define for a full name: {"해문홍"}."""
    return frozenset(short for text in texts for full, short in _DEFINED.findall(text)
                     if len(short) < len(full) and _drawn_from(short, full))
