"""A photo block set inside a news story: the story's title repeated over the picture, then
the picture's slug, credit and caption ("…" / "Nuria to Provide $3 Million Aid to Soria" /
"NURIA-QUAKE" / "(Photo : Hong Gildong/Nuri)" / "This picture shows …" / "…"). The caption
lines are the classifier's (captions.py, page_chrome.py); the title over them had become a
point of its own and cut the story in two, so the body was looked for below it alone.
"""

from __future__ import annotations

import dataclasses

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind

_TITLE_WORDS = (3, 15)
_CAPITALISED = 0.6  # of its words: a title written in headline case
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at",
                          "by", "with", "from", "as"})


def titles_over_photos(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for i, line in enumerate(lines):
        if line.kind is not LineKind.TEXT or not _headline_case(line.whole or line.text):
            continue
        below, above = page.next_text(lines, i + 1), page.previous_text(lines, i)
        if below is None or lines[below].kind is not LineKind.CHROME or above is None \
                or lines[above].kind is not LineKind.TEXT \
                or not page.prose(lines[above].whole or lines[above].text):
            continue
        out[i] = dataclasses.replace(line, kind=LineKind.CHROME)
    return out


def _headline_case(text: str) -> bool:
    """"Nuria to Provide $3 Million Aid to Quake-Hit Soria": a title's words capitalised, no
    sentence. A sentence capitalises its first word and its names only."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] or page.ends_sentence(text):
        return False
    counted = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    return bool(counted) and sum(w[:1].isupper() for w in counted) / len(counted) >= _CAPITALISED
