"""Import an HTML page: our own exports exactly, other pages by paragraph analysis.

Parsed with lxml's HTML parser without network access and without huge-tree
mode; a parse that hit one of libxml2's resource limits is refused rather than
read half-way.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from mfa_desk.constants import Lang
from mfa_desk.errors import InputError
from mfa_desk.fileio import FileTooLarge, read_input_file
from mfa_desk.formats.import_result import ImportResult
from mfa_desk.formats.untrusted_text import (
    MAX_PAGE_TEXTS,
    MAX_RELEASE_LINES,
    Cleaned,
    clean,
    refuse_oversized,
    warn_if_cleaned,
)

MAX_HTML_BYTES = 50 * 1024 * 1024  # our own export embeds its photos: pages may be large
# ...but a release page has a few thousand tags (menus included); counting them costs
# 10 ms for 20 MB, parsing a page of 200,000 paragraphs 0.7 s before it is refused.
MAX_HTML_TAGS = 50_000
_LIMIT_MESSAGE = re.compile(r"huge|excessive depth|limit|too (large|long|deep)|maximum",
                            re.IGNORECASE)


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_ALIASES = {"euc-kr": "cp949", "ks_c_5601-1987": "cp949", "x-windows-949": "cp949",
                    "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}


def page_encoding(data: bytes) -> str:
    """How a saved page is encoded.

    A byte-order mark decides; then bytes that are valid UTF-8 are UTF-8 whatever
    the page declares (a page re-saved as UTF-8 keeps its old <meta charset>, and
    Korean in EUC-KR is practically never valid UTF-8); then the declared charset;
    then Korean Windows (CP949). Without this a page with no declaration was read
    as Latin-1 and its Korean became mojibake.
    """
    import codecs

    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return codec
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = _CHARSET_ALIASES.get(name, name)
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    try:
        data.decode("cp949")
        return "cp949"
    except UnicodeDecodeError:
        return "cp1252"


def parse_html(data: bytes, where: str, warnings: list[str] | None = None) -> Any:
    """The page's element tree; control, bidi and invalid characters are removed before
    lxml sees them (a control character after a <nav> made lxml raise ValueError)."""
    from lxml import etree
    from lxml import html as lxml_html

    text, cleaned = clean(data.decode(page_encoding(data), errors="replace"))
    data = text.encode("utf-8")
    parser = lxml_html.HTMLParser(no_network=True, huge_tree=False, remove_comments=True,
                                  remove_pis=True, collect_ids=False, encoding="utf-8")
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
    cleaned.add(_clean_tree(root))
    if warnings is not None:
        warn_if_cleaned(cleaned, where, warnings)
    return root


def _clean_tree(root: Any) -> Cleaned:
    """Character references ("&#1;", "&rlm;") bring back what was cleaned before parsing;
    lxml then raised ValueError when the tree was edited (found by fuzzing)."""
    from lxml import etree

    total = Cleaned()
    for el in root.iter(etree.Element):
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value:
                fixed, counts = clean(value)
                if counts:
                    setattr(el, attr, fixed)
                    total.add(counts)
        for name, value in el.attrib.items():
            fixed, counts = clean(value)
            if counts:
                el.set(name, fixed)
                total.add(counts)
    return total


def import_html(path: str | os.PathLike[str], lang: Lang | None = None) -> ImportResult:
    p = Path(path)
    where = str(p)
    try:
        data = read_input_file(p, MAX_HTML_BYTES)
    except FileTooLarge as exc:
        raise InputError(f"the page is {exc.size // 2**20} MB (at most "
                         f"{MAX_HTML_BYTES // 2**20} MB accepted)", where) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where) from None
    refuse_oversized(data.count(b"<"), MAX_HTML_TAGS, "tags", where)
    warnings: list[str] = []
    root = parse_html(data, where, warnings)
    restored = _restore_own_export(root, where, warnings)
    if restored is not None:
        return restored
    from mfa_desk.formats.html.html_text import html_lines
    from mfa_desk.formats.plaintext.foreign_import import import_lines_by_language

    texts = int(root.xpath("count(//body//text()[normalize-space()])"))
    refuse_oversized(texts, MAX_PAGE_TEXTS, "pieces of text on the page", where)
    columns = html_lines(root, warnings, where)
    refuse_oversized(_line_count(columns), MAX_RELEASE_LINES, "lines with text", where)
    page_notes = list(warnings)  # cleaned characters, left-out menus: true either way
    result = import_lines_by_language(columns, lang, where, warnings)
    from mfa_desk.formats.html.html_own_markup import apply_own_structure, own_structure

    found = own_structure(root)  # a page MFA Desk published: its markup has the structure
    if found is None or (lang is not None and lang not in found.langs):
        return result
    apply_own_structure(result.release, found, lang)
    # The text reading's notes on structure ("no headline found") no longer hold.
    return ImportResult(result.release, page_notes, result.left_out)


def _line_count(columns: list[str] | dict[str, list[str]]) -> int:
    lines = [x for c in columns.values() for x in c] if isinstance(columns, dict) else columns
    return sum(1 for line in lines if line.strip())


def _restore_own_export(root: Any, where: str, warnings: list[str]) -> ImportResult | None:
    from mfa_desk.formats.html.html_export import PAYLOAD_ATTR, visible_digest
    from mfa_desk.formats.native.export_payload import read_payload, release_from_payload
    from mfa_desk.formats.plaintext.foreign_import import EDITED_WARNING

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
    return ImportResult(release_from_payload(data, photos, where, warnings), warnings)


def _data_uri_bytes(uri: str, where: str) -> bytes:
    from mfa_desk.formats.html.html_own_markup import data_uri

    image = data_uri(uri)
    if image is None:
        raise InputError("a photo of the page is not an embedded image", where)
    if image[1] is None:
        raise InputError("a photo of the page holds damaged image data", where)
    return image[1]


# ---------------------------------------------------------------- foreign pages


def html_columns(root: Any) -> list[str] | dict[str, list[str]]:
    """The page's lines (see html_text); two columns for a Korean|English page."""
    from mfa_desk.formats.html.html_text import html_lines

    return html_lines(root, [])
