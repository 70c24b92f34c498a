"""A speech's own title block over its first address: "Congratulatory Remarks by H.E. Choi
Youngsam" / "Deputy Minister for Political Affairs," / "Ministry of Foreign Affairs" / "At the
Reception in Commemoration of the …" / "8 June 2023" / "Your Excellency, …". The head walk
read the occasion as a sentence of the release and the speaker's office as the headline: the
title was lost and the occasion and the date became points 1 and 2.

The title is the line that names the speech ("Remarks", "Speech", "Address", "Statement",
"Keynote" … by or of someone, or alone); when the lines between it and the body are no
sentence (the speaker, the occasion, a date), it is the headline, the speaker's and the
occasion's paragraphs are sub-headlines and a date line stays the date.
"""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind
from mfa_desk.formats.plaintext.text_region_head import Head

_SPEECH_TITLE = re.compile(r"^(?:(?:congratulatory|opening|closing|welcoming|keynote|special|"
                           r"dinner|luncheon)\s)?(?:remarks|speech|address|statement|toast)"
                           r"(?:\s(?:by|of|at|delivered)\b.*)?$", re.I)
_TITLE_MAX = 120  # characters
_BLOCK_MAX = 12  # lines between the title and the body
_KEPT = (LineKind.TEXT, LineKind.ISSUER, LineKind.BARE_DATE, LineKind.BLANK)


def speech_head(head: Head, body: int, top: int) -> int:
    """The head's first line, the speech's title taken for the headline when it stands over
    the body with only its speaker, occasion and date between."""
    lines = head.lines
    if not page.address(_text(lines[body])):
        return top
    for i in range(body - 1, max(-1, body - _BLOCK_MAX), -1):
        line = lines[i]
        if line.kind not in _KEPT:
            return top
        text = _text(line)
        if line.kind is LineKind.TEXT and len(text) <= _TITLE_MAX and _SPEECH_TITLE.match(text):
            _take(head, i, body)
            return min(top, i)
        if line.kind is LineKind.TEXT and page.ends_sentence(text):
            return top
    return top


def _take(head: Head, title: int, body: int) -> None:
    """The title is the headline; each paragraph between it and the body (the speaker's office
    on two lines, the occasion) one sub-headline, its lines joined; a date line stays."""
    lines = head.lines
    head.headline = title
    head.out.difference_update(range(title, body))
    first: int | None = None
    for k in range(title + 1, body):
        line = lines[k]
        text = _text(line)
        if line.kind not in (LineKind.TEXT, LineKind.ISSUER) or not text:
            first = None
            continue
        if first is None:
            first = k
            lines[k] = Line(LineKind.DASH, text, line.lineno, whole=text)
            continue
        joined = f"{lines[first].text} {text}"
        lines[first] = Line(LineKind.DASH, joined, lines[first].lineno, whole=joined)
        lines[k] = Line(LineKind.BLANK, "", line.lineno)  # its text is in the line above


def _text(line: Line) -> str:
    return (line.whole or line.text).strip()
