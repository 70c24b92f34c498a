"""A news photo's caption printed twice in a row, once as the image's text and once under it
("24일 홍길동 대변인이 … 발표하고 있다. 누리브리핑 갈무리." / the same line again), right
above a paper's story or between its paragraphs. Read as they are, both lines were glued into
paragraph 1.

Two lines of text alike, one right under the other, each a sentence closed by its credit ("…
있다. 누리브리핑 갈무리.", "… 규정했다. 누리통신 연합뉴스") are a caption and its copy: the
page's. A title printed twice ends no sentence and stays (the importer takes one as the
headline); a paragraph printed twice ends on its own sentence and stays too.
"""

from __future__ import annotations

import dataclasses
import re

from mfa_desk.formats.plaintext.text_lines import Line, LineKind

_CAPTION_MIN = 20  # characters: a caption says who does what
# The caption's sentence, then where the picture came from, a few words that end no sentence:
# "… 발표하고 있다. 누리브리핑 갈무리.", "… 규정했다. 누리통신 연합뉴스". A paragraph printed
# twice (a copy's fault) or a site's note ("… 권장합니다.") ends on its own sentence.
_CREDITED = re.compile(r"다\.\s(?P<credit>\S{1,15}(?:\s\S{1,15}){0,2})$")


def captions_printed_twice(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        text = (a.whole or a.text).strip()
        if a.kind is LineKind.TEXT and b.kind is LineKind.TEXT and len(text) >= _CAPTION_MIN \
                and text == (b.whole or b.text).strip() and _says_something(text):
            out[i] = dataclasses.replace(a, kind=LineKind.CHROME)
            out[i + 1] = dataclasses.replace(b, kind=LineKind.CHROME)
    return out


def _says_something(text: str) -> bool:
    m = _CREDITED.search(text)
    return m is not None and not m.group("credit").endswith(("다.", "다", "요.", "?"))
