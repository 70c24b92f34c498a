"""Lines that are a story's title though they read as a sentence.

Kept apart from text_region.py (at its size limit), which asks these when it looks for the
body's first paragraph.
"""

from __future__ import annotations

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.captions import photo_caption
from mfa_desk.formats.plaintext.text_lines import Line, LineKind
from mfa_desk.text.script import letter_counts

_TITLE_MAX = 80  # characters: a title, not a paragraph
_KOREAN_STOP = ("다.", "다.”", "다.\"", "다.’")


def title_over(lines: list[Line], start: int, below: int) -> bool:
    """Is the paragraph at `start`, right over the paragraph at `below` (a photo's caption
    between them aside), a title rather than the body's first paragraph? It ends no
    sentence; or, Korean and the copy's first line of text, it closes on a verb without the
    full stop every paragraph of the copy puts after one ("베트남과 더 가까워진다! … 혜택
    늘린다" over "대한민국과 … 깊어진다. …"): a Korean title drops its full stop, a paragraph
    keeps it. (Under a title, such a line is the story's: a caption's "… 소개 하고 있다".)"""
    above = page.previous_text(lines, below)
    while above is not None and lines[above].kind is LineKind.CHROME \
            and photo_caption(lines[above].whole or lines[above].text):
        above = page.previous_text(lines, above)
    if above != start:
        return False
    first = page.paragraph_lines(lines, start).rstrip()
    if page.address(first):
        return False  # "Your Excellency, … Ladies and gentlemen,": the speech's own
    if not page.ends_sentence(first):
        return True
    if any(line.kind is LineKind.TEXT for line in lines[:start]):
        return False
    text = (lines[below].whole or lines[below].text).rstrip()
    hangul, latin = letter_counts(first)
    return hangul > latin and first.endswith("다") and len(first) <= _TITLE_MAX \
        and page.words(first) >= 2 and text.endswith(_KOREAN_STOP)
