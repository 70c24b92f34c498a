"""A paragraph broken by a stray line end in a copy that puts each paragraph on a line.

Kept apart from text_region.py (at its size limit), which asks this before it parts such a
copy line by line.
"""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind

_LOWER_START = re.compile(r"^[a-z]")
_BROKEN_MIN = 40  # characters: the line above is a paragraph's, not a title or a label


def continued_lines(lines: list[Line]) -> set[int]:
    """The lines that go on the paragraph right above them: an English line opening on a
    lower-case word ("and the world.") under a paragraph-long line that ends no sentence
    ("… on the Korean Peninsula"). No paragraph opens in lower case."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        above, line = lines[i - 1], lines[i]
        if line.kind is not LineKind.TEXT or above.kind is not LineKind.TEXT:
            continue
        text, before = line.whole or line.text, above.whole or above.text
        if _LOWER_START.match(text) and len(before) >= _BROKEN_MIN \
                and not page.ends_sentence(before):
            found.add(i)
    return found
