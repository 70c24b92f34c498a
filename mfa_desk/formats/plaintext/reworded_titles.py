"""A board page's title printed again over the body in other words: a speech's page titles it
"제2차관, 「외교부 ODA 독립패널」 출범식 인사말씀" over its rows and "조태열 제2차관 ODA 독립패널
출범식 인사말씀" over the speech (the speaker's name for the board's lead). The lower line had
become the headline and the title over the rows, the date and the counter were left out.

Kept apart from text_region_head.py (at its size limit), which asks this beside its own test
of a title printed twice.
"""

from __future__ import annotations

import re

_WORD_EDGES = "「」『』“”‘’\"'()[]<>,.:·"
_MIN_WORDS = 4  # a title of a few words reworded is another title
_WORDS_CHANGED = 1  # each copy has at most one word the other lacks


def _words(text: str) -> list[str]:
    return [w for w in (w.strip(_WORD_EDGES) for w in re.split(r"\s+", text)) if w]


def reworded_copy(one: str, other: str) -> bool:
    """The same title with one word swapped or dropped, its last word kept ("… 인사말씀")."""
    a, b = _words(one), _words(other)
    if min(len(a), len(b)) < _MIN_WORDS or a[-1] != b[-1] or a == b:
        return False
    return len(set(a) - set(b)) <= _WORDS_CHANGED and len(set(b) - set(a)) <= _WORDS_CHANGED
