"""Export a release as one standalone, inert HTML5 page (lxml tree, never string pasting).

Every text goes through the tree builder, so it is escaped whatever it holds;
the page has no script, no external resource (photos are data: URIs) and a
Content-Security-Policy <meta> first in <head>. The release itself is embedded
in a data-* attribute of the <article> so that `import_html` restores it.
"""

from __future__ import annotations

import base64
from itertools import groupby
from typing import Any

from mfa_desk.constants import Lang
from mfa_desk.formats.letterhead import Letterhead
from mfa_desk.formats.release_walker import Block, Variant, WalkedRelease, walk_release
from mfa_desk.model.release import Release

DOCTYPE = "<!DOCTYPE html>"
PAYLOAD_ATTR = "data-mfadesk-export"
GENERATOR = "MFA Desk"


def export_html(release: Release, lang: Variant, warnings: list[str] | None = None,
                publish: bool = False, letterhead: Letterhead | None = None,
                extra_css: str = "") -> bytes:
    """The page as UTF-8 bytes; dropped characters are reported in `warnings`.

    `publish`: for the public, without the embedded round-trip data (contacts'
    phones, statuses, fingerprints, sign-offs); such a page imports as text.
    `extra_css` follows the page's own style (the PDF's fonts and page box)."""
    from lxml import html as lxml_html

    from mfa_desk.formats.native.export_payload import payload_json, text_digest

    walked = walk_release(release, lang, letterhead)
    if warnings is not None:
        warnings.extend(walked.warnings)
    root, article = _build(walked, extra_css)
    if not publish:
        digest = text_digest(article.itertext())
        article.set(PAYLOAD_ATTR, payload_json(release, walked.langs, digest))
    # With an encoding lxml returns bytes; its stubs say Any.
    page: bytes = lxml_html.tostring(root, doctype=DOCTYPE, encoding="utf-8", method="html")
    return page


def visible_digest(article: Any) -> str:
    from mfa_desk.formats.native.export_payload import text_digest

    return text_digest(article.itertext())


def _build(walked: WalkedRelease, extra_css: str = "") -> tuple[Any, Any]:
    from lxml.html import builder as E

    from mfa_desk.formats.html.html_letterhead import LETTERHEAD_CSS, top_elements
    from mfa_desk.formats.html.html_style import CONTENT_SECURITY_POLICY, STYLE

    head = E.HEAD(
        E.META(**{"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY}),
        E.META(charset="utf-8"),
        E.META(name="viewport", content="width=device-width, initial-scale=1"),
        E.META(name="generator", content=GENERATOR),
        E.TITLE(walked.title or walked.banner[walked.langs[0]]),
        E.STYLE(STYLE + LETTERHEAD_CSS + extra_css),
    )
    article = E.ARTICLE(E.CLASS(f"release {walked.variant}"))
    article.extend(top_elements(walked))
    article.append(_header(walked))
    body = E.DIV(E.CLASS("body"))
    # Runs of blocks of one kind become one element: a list, the notes, the 붙임 list.
    for kind, run in groupby(walked.blocks, key=lambda b: b.kind):
        group = list(run)
        if kind == "headline":
            article.extend(_row(walked, b, "h1", "headline", with_marker=False) for b in group)
        elif kind == "subheadline":
            article.extend(_row(walked, b, "div", "subheadline") for b in group)
        elif kind == "point":
            body.append(_points(walked, group))
        elif kind == "note":
            body.append(E.ASIDE(E.CLASS("notes"),
                                *(_row(walked, b, "div", "seg note") for b in group)))
        elif kind == "attachments":
            body.append(E.DIV(E.CLASS("attachments"), *(
                _attachment_row(walked, b, first=(k == 0)) for k, b in enumerate(group))))
        elif kind == "photo":
            body.extend(_figure(walked, b) for b in group)
        else:  # end mark, unofficial-translation line
            css = "end-mark" if kind == "end_mark" else "unofficial"
            body.extend(_row(walked, b, "div", css, with_marker=False) for b in group)
    article.append(body)
    root = E.HTML(head, E.BODY(article), lang=walked.langs[0])
    return root, article


def _header(walked: WalkedRelease) -> Any:
    from lxml.html import builder as E

    row = E.DIV(E.CLASS("row"))
    for lang in walked.langs:
        table = E.TABLE(E.CLASS("meta"))
        for r in walked.header[lang]:
            table.append(E.TR(E.TH(r.label, scope="row"), E.TD(r.value)))
        cell = E.DIV(E.CLASS("cell-block"), E.P(E.CLASS("banner"), walked.banner[lang]),
                     lang=lang)
        if len(table):
            cell.append(table)
        row.append(cell)
    return E.HEADER(E.CLASS("release-header"), row)


def _cell(block: Block, lang: Lang, with_marker: bool = True) -> Any:
    from lxml.html import builder as E

    cell = E.DIV(E.CLASS("cell" if with_marker else "cell plain"), lang=lang)
    if with_marker:
        cell.append(E.SPAN(E.CLASS("marker"), block.markers.get(lang, "")))
    cell.append(E.SPAN(E.CLASS("text"), block.texts.get(lang, "")))
    return cell


def _row(walked: WalkedRelease, block: Block, tag: str, css: str,
         with_marker: bool = True) -> Any:
    from lxml.html import builder as E

    row = E.E(tag, E.CLASS(f"row {css}"))
    if block.segment_id:
        row.set("data-id", block.segment_id)
    for lang in walked.langs:
        cell = _cell(block, lang, with_marker)
        if tag == "h1":
            cell.tag = "span"
        row.append(cell)
    return row


def _points(walked: WalkedRelease, points: list[Block]) -> Any:
    """Level-1 points as <ol> with values; levels 2-3 as nested <ul> inside their parent."""
    from lxml.html import builder as E

    top = E.OL(E.CLASS("points"))
    parents: list[Any] = [top]  # parents[k]: the list receiving level k+1 items
    last_item: list[Any] = []  # last_item[k]: the latest <li> at level k+1
    for block in points:
        depth = block.level - 1
        del parents[depth + 1:]
        del last_item[depth:]
        if depth >= len(parents):  # first child of the previous item: open a nested list
            nested = E.UL(E.CLASS("points"))
            last_item[-1].append(nested)
            parents.append(nested)
        item = E.LI(E.CLASS(f"seg lvl-{block.level}"))
        item.set("data-id", block.segment_id)
        if block.level == 1:
            item.set("value", str(block.number))
        row = E.DIV(E.CLASS("row"))
        for lang in walked.langs:
            row.append(_cell(block, lang))
        item.append(row)
        parents[depth].append(item)
        last_item.append(item)
    return top


def _attachment_row(walked: WalkedRelease, block: Block, first: bool) -> Any:
    from lxml.html import builder as E

    from mfa_desk.formats.release_walker import ATTACHMENTS_LABEL

    row = E.DIV(E.CLASS("row seg attachment"))
    row.set("data-id", block.segment_id)
    for lang in walked.langs:
        label = ATTACHMENTS_LABEL[lang] if first else ""
        row.append(E.DIV(E.CLASS("cell"), E.SPAN(E.CLASS("att-label"), label),
                         E.SPAN(E.CLASS("marker"), block.markers.get(lang, "")),
                         E.SPAN(E.CLASS("text"), block.texts.get(lang, "")), lang=lang))
    return row


def _figure(walked: WalkedRelease, block: Block) -> Any:
    from lxml.html import builder as E

    assert block.photo is not None
    uri = (f"data:{block.photo.media_type};base64,"
           + base64.b64encode(block.photo.data).decode("ascii"))
    alt = " / ".join(t for t in (block.texts.get(lang, "") for lang in walked.langs) if t)
    caption = E.DIV(E.CLASS("row"))
    for lang in walked.langs:
        caption.append(E.SPAN(E.CLASS("cell-block"), E.SPAN(E.CLASS("text"),
                                                            block.texts.get(lang, "")),
                              lang=lang))
    figure = E.FIGURE(E.CLASS("photo"), E.IMG(src=uri, alt=alt or "photo"),
                      E.FIGCAPTION(caption))
    figure.set("data-id", block.segment_id)
    return figure
