"""Korean words kept whole on a line in the PDF.

Korean text breaks between words (`word-break: keep-all` in the HTML), but WeasyPrint
ignores keep-all and Pango breaks between any two syllables ("하였" / "다."). For the
PDF, each Korean word becomes a `<span class="kw">` that does not wrap; the spaces
between words stay where lines break. A word longer than MAX_KEPT characters is left
breakable, so it can never overflow its column.
"""

from __future__ import annotations

import re
from typing import Any

MAX_KEPT = 14
KEEP_CSS = ".kw { white-space: nowrap; }\n"
_PIECES = re.compile(r"(\s+)")
_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")


def keep_korean_words(html: bytes) -> bytes:
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(html.decode("utf-8"))
    for element in list(root.iter()):  # the spans added on the way are not walked again
        if not isinstance(element.tag, str) or element.tag in ("style", "title", "script"):
            continue
        if _lang(element) != "ko":
            continue
        _wrap_text(element)
    # With an encoding lxml returns bytes; its stubs say Any.
    out: bytes = lxml_html.tostring(root, doctype="<!DOCTYPE html>", encoding="utf-8",
                                    method="html")
    return out


def _lang(element: Any) -> str:
    found = element.xpath("ancestor-or-self::*[@lang][1]/@lang")
    return str(found[0]) if found else ""


def _wrap_text(element: Any) -> None:
    """Wrap the words of `element.text` (its children wrap their own text and tails)."""
    spans = _spans(element.text or "")
    if spans is None:
        return
    element.text = spans[0]
    for index, node in enumerate(spans[1:]):
        element.insert(index, node)
    # The children's tails are text of this element too: the walk reaches each child
    # with its own language, so tails are handled here, after the new spans.
    for child in list(element)[len(spans) - 1:]:
        tail = _spans(child.tail or "")
        if tail is None:
            continue
        child.tail = tail[0]
        position = element.index(child) + 1
        for offset, node in enumerate(tail[1:]):
            element.insert(position + offset, node)


def _spans(text: str) -> list[Any] | None:
    """[leading text, span, span...] with each span's tail the space after it; None when
    there is no Korean word to keep."""
    from lxml.html import builder as E

    if not _HANGUL.search(text):
        return None
    pieces = _PIECES.split(text)
    out: list[Any] = [""]
    for piece in pieces:
        if not piece:
            continue
        keep = not piece.isspace() and _HANGUL.search(piece) and len(piece) <= MAX_KEPT
        if keep:
            span = E.SPAN(piece, E.CLASS("kw"))
            span.tail = ""
            out.append(span)
        elif len(out) == 1:
            out[0] += piece
        else:
            out[-1].tail += piece
    return out
