"""A small news site that lays its story out as list items: "• 외교부, … 대책" (the title),
then "• [누리뉴스, 홍길동기자] 외교부는 … 개최했다." (the first paragraph, the reporter's
byline glued in front). Read as they are, both were level-2 items above any point and
were left out with the page: the story lost its title and its first paragraph.

A bulleted paragraph that opens on a reporter's byline is a news story's first
paragraph (a release's items name no reporter), so its bullet is layout; so is the bullet
of the title-shaped item right above it.
"""

from __future__ import annotations

import dataclasses

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind


def unbullet_story(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for i, line in enumerate(out):
        if line.kind is not LineKind.LEVEL2 or not page.BYLINE.match(line.text) \
                or not page.ends_sentence(line.text):
            continue
        out[i] = _unbulleted(line)
        above = page.previous_text(out, i)
        if above is not None and out[above].kind is LineKind.LEVEL2 \
                and not page.ends_sentence(out[above].text):
            out[above] = _unbulleted(out[above])
        break  # the first paragraph only: the story's own items stay items
    return out


def _unbulleted(line: Line) -> Line:
    return dataclasses.replace(line, kind=LineKind.TEXT, marker="", whole=line.text, indent=0)
