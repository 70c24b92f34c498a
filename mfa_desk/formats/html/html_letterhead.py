"""The top of an exported page: the embargo stamp and the ministry's letterhead.

Kept apart from html_export so the page body and the letterhead change separately;
the PDF and print are the same page, so they carry the same top.
"""

from __future__ import annotations

import base64
from typing import Any

from mfa_desk.formats.release_walker import WalkedRelease

LETTERHEAD_CSS = """
.stamp { border: 2px solid #b00020; color: #b00020; font-weight: 700; font-size: 12pt;
  padding: 0.35rem 0.6rem; margin: 0 0 1rem; letter-spacing: 0.02em; }
.stamp p { margin: 0; }
.letterhead { display: flex; align-items: center; justify-content: center; gap: 0.8rem;
  margin: 0 0 0.8rem; }
.letterhead img.logo { max-height: 3.2rem; max-width: 10rem; }
.letterhead .ministry { margin: 0; text-align: center; color: #1b3a6b; font-weight: 700; }
.letterhead .ministry span { display: block; }
.letterhead .ministry [lang="ko"] { font-size: 15pt; letter-spacing: 0.3em; }
.letterhead .ministry [lang="en"] { font-size: 10.5pt; letter-spacing: 0.04em; }
h1.headline, .subheadline { text-align: center; }
.subheadline .cell { grid-template-columns: auto minmax(0, auto); justify-content: center;
  column-gap: 0.4em; }
"""


def top_elements(walked: WalkedRelease) -> list[Any]:
    """The stamp (when under embargo) and the letterhead, in page order."""
    from lxml.html import builder as E

    out: list[Any] = []
    if walked.stamp:
        stamp = E.DIV(E.CLASS("stamp row"), role="note")
        for lang in walked.langs:
            stamp.append(E.P(E.CLASS("embargo"), walked.stamp.get(lang, ""), lang=lang))
        out.append(stamp)
    head = walked.letterhead
    box = E.DIV(E.CLASS("letterhead"))
    if head.logo:
        uri = f"data:{head.logo_type};base64," + base64.b64encode(head.logo).decode("ascii")
        box.append(E.IMG(E.CLASS("logo"), src=uri, alt=head.name("en" if "en" in walked.langs
                                                                    else "ko")))
    box.append(E.P(E.CLASS("ministry"),
                   *(E.SPAN(head.name(lang), lang=lang) for lang in walked.langs)))
    out.append(box)
    return out
