"""Import an HTML page: our own exports exactly, other pages by paragraph analysis.

Parsed with lxml's HTML parser without network access and without huge-tree
mode; a parse that hit one of libxml2's resource limits is refused rather than
read half-way.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from pathlib import Path
from typing import Any

from mfa_desk.constants import LEVEL2_MARKER, LEVEL3_MARKER, Lang
from mfa_desk.errors import InputError
from mfa_desk.formats.importing import ImportResult

MAX_HTML_BYTES = 50 * 1024 * 1024
_LIMIT_MESSAGE = re.compile(r"huge|excessive depth|limit|too (large|long|deep)|maximum",
                            re.IGNORECASE)
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd",
              "blockquote", "pre", "figcaption", "caption", "div", "address", "header",
              "footer", "section", "article", "aside", "main", "nav", "ol", "ul", "dl",
              "table", "tr", "tbody", "thead", "tfoot", "figure", "hr", "br", "body", "html"}
SKIP_TAGS = {"script", "style", "template", "noscript", "head", "title", "meta", "link"}
SPACED_CLASSES = {"marker", "att-label"}  # our own marker spans: a space follows them


def parse_html(data: bytes, where: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(no_network=True, huge_tree=False, remove_comments=True,
                                  remove_pis=True, collect_ids=False)
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"not a readable HTML page ({str(exc).splitlines()[0]})",
                         where) from None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or _LIMIT_MESSAGE.search(entry.message or ""):
            reason = (entry.message or "").strip().split(",")[0]
            raise InputError(f"the page exceeds a parser limit (line {entry.line}: {reason})",
                             where)
    return root


def import_html(path: str | os.PathLike[str], lang: Lang | None = None) -> ImportResult:
    p = Path(path)
    where = str(p)
    try:
        size = p.stat().st_size
        if size > MAX_HTML_BYTES:
            raise InputError(f"the page is {size // 2**20} MB (at most "
                             f"{MAX_HTML_BYTES // 2**20} MB accepted)", where)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where) from None
    root = parse_html(data, where)
    warnings: list[str] = []
    restored = _restore_own_export(root, where, warnings)
    if restored is not None:
        return restored
    from mfa_desk.formats.foreign_import import import_lines_by_language

    return import_lines_by_language(html_columns(root), lang, where, warnings)


def _restore_own_export(root: Any, where: str, warnings: list[str]) -> ImportResult | None:
    from mfa_desk.formats.export_payload import read_payload, release_from_payload
    from mfa_desk.formats.foreign_import import EDITED_WARNING
    from mfa_desk.formats.html_export import PAYLOAD_ATTR, visible_digest

    articles = root.xpath(f"//article[@{PAYLOAD_ATTR}]")
    if not articles:
        return None
    article = articles[0]
    data, digest = read_payload(article.get(PAYLOAD_ATTR), where)
    if digest != visible_digest(article):
        warnings.append(EDITED_WARNING)
        return None
    photos = []
    for img in article.xpath(".//figure[contains(concat(' ', @class, ' '), ' photo ')]//img"):
        photos.append(_data_uri_bytes(img.get("src", ""), where))
    return ImportResult(release_from_payload(data, photos, where), warnings)


def _data_uri_bytes(uri: str, where: str) -> bytes:
    head, _, payload = uri.partition(",")
    if not head.startswith("data:") or not head.endswith(";base64"):
        raise InputError("a photo of the page is not an embedded image", where)
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise InputError("a photo of the page holds damaged image data", where) from None


# ---------------------------------------------------------------- foreign pages


def _is_block(el: Any) -> bool:
    # An element that names its own language (a Korean or English cell) is its own line.
    return el.tag in BLOCK_TAGS or el.get("lang") is not None


def _inline_text(el: Any) -> str:
    """The text of a block, without its nested blocks (they become their own lines)."""
    parts = [el.text or ""] if el.tag not in SKIP_TAGS else []
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if _is_block(child) or child.tag in SKIP_TAGS:
            if child.tag == "br":
                parts.append("\n")
        else:
            text = _inline_text(child)
            classes = set((child.get("class") or "").split())
            parts.append(text + (" " if text and classes & SPACED_CLASSES else ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _lang_of(el: Any) -> str | None:
    for node in (el, *el.iterancestors()):
        if node.get("lang"):
            return node.get("lang").split("-")[0].lower()
    return None


def _list_marker(li: Any, lang: str) -> str:
    parent = li.getparent()
    depth = sum(1 for a in li.iterancestors() if a.tag in ("ol", "ul"))
    if any(c.get("class") == "marker" for c in li.iter("span")):
        return ""  # our own pages write the marker as text
    if parent is not None and parent.tag == "ol":
        value = li.get("value")
        if value and value.strip().lstrip("-").isdigit():
            return f"{int(value)}."
        siblings = [s for s in parent if s.tag == "li"]
        return f"{siblings.index(li) + 1}."
    if depth >= 3:
        return LEVEL3_MARKER.get(lang, "-")
    return LEVEL2_MARKER.get(lang, "-") if depth == 2 else "-"


def _row_is_simple(tr: Any) -> bool:
    if tr is None or tr.tag != "tr":
        return False
    cells = [c for c in tr if c.tag in ("td", "th")]
    return len(cells) > 1 and not any(_is_block(d) for c in cells for d in c.iterdescendants()
                                      if isinstance(d.tag, str))


def html_columns(root: Any) -> list[str] | dict[str, list[str]]:
    """Block texts as lines; pages with Korean and English blocks give two columns."""
    body = root.find("body")
    if body is None:
        body = root
    lines: list[tuple[str | None, str]] = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or not _is_block(el):
            continue
        if any(a.tag in SKIP_TAGS for a in el.iterancestors()):
            continue
        if el.tag in ("td", "th") and _row_is_simple(el.getparent()):
            continue  # read with its row
        if el.tag == "tr" and _row_is_simple(el):
            # A row of plain cells (a header table: "보도일시 | 즉시") reads as one line.
            text = "  ".join(t for t in (_inline_text(c).strip() for c in el
                                         if c.tag in ("td", "th")) if t)
        else:
            text = _inline_text(el).strip()
        if not text:
            continue
        lang = _lang_of(el)
        if el.tag == "li":
            marker = _list_marker(el, lang or "en")
            text = f"{marker} {text}" if marker else text
        lines.append((lang, text))
    langs = {lang for lang, _ in lines}
    if {"ko", "en"} <= langs:
        return {"ko": [t for lang, t in lines if lang == "ko"],
                "en": [t for lang, t in lines if lang == "en"]}
    return [t for _, t in lines]
