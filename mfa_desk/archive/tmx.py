"""TMX 1.4b export and import (lxml).

Export: one <tu> per archived segment, srclang "ko", the release (headline), its date,
the segment's kind, level and status as <prop>s, a creationdate from the release
date; written whole to a temporary file and moved into place, so a failed export
leaves no half-written memory. Import: memoQ, Trados and OmegaT memories - any
xml:lang starting with ko/en (TMX 1.1's `lang` too), inline codes dropped and their
highlighted text kept; units are grouped into one archive release per x-release
property (or per file when the memory names none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from mfa_desk import __version__
from mfa_desk.archive.store import Archive, Unit
from mfa_desk.errors import InputError
from mfa_desk.fileio import atomic_write_bytes, check_regular_file

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# lxml holds the whole tree: about ten times the file in memory.
MAX_TMX_BYTES = 100 * 1024 * 1024
# Inline elements whose content is native code (markup of the source format), not text.
_CODE_TAGS = {"bpt", "ept", "it", "ph", "ut"}
_PROPS = ("x-release", "x-date", "x-kind", "x-level", "x-status")


def _tmx_date(iso: str) -> str:
    return iso.replace("-", "") + "T000000Z" if iso else ""


def export_tmx(archive: Archive, out: str | Path) -> int:
    target = Path(out)
    if target.is_dir():
        raise InputError("is a folder; name a .tmx file", str(target))
    now = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "MFA Desk", "creationtoolversion": __version__,
        "segtype": "sentence", "o-tmf": "mfa-desk-archive", "adminlang": "en",
        "srclang": "ko", "datatype": "plaintext", "creationdate": now})
    body = etree.SubElement(root, "body")
    count = 0
    for seg in archive.iter_segments():
        tu = etree.SubElement(body, "tu", tuid=str(seg.id))
        if seg.date:
            tu.set("creationdate", _tmx_date(seg.date))
        for name, value in zip(_PROPS, (seg.release, seg.date, seg.kind, str(seg.level),
                                        seg.status), strict=True):
            if value:
                etree.SubElement(tu, "prop", type=name).text = value
        for lang, text in (("ko", seg.ko), ("en", seg.en)):
            if text:
                tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
                etree.SubElement(tuv, "seg").text = text
        count += 1
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
    atomic_write_bytes(target, data)  # a SaveError says what and where, in one line
    return count


def read_tmx(path: str | Path) -> list[Unit]:
    source = Path(path)
    try:
        size = check_regular_file(source)  # lxml would open a pipe and wait
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", str(source)) from exc
    if size > MAX_TMX_BYTES:
        raise InputError(f"larger than {MAX_TMX_BYTES // 2**20} MB", str(source))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             remove_comments=True, huge_tree=False)
    try:
        root = etree.parse(str(source), parser).getroot()
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else 0)
        raise InputError(f"line {line}: not well-formed XML ({exc.msg})", str(source)) from exc
    except OSError as exc:
        raise InputError(f"cannot read ({exc})", str(source)) from exc
    if not isinstance(root.tag, str) or etree.QName(root).localname != "tmx":
        raise InputError("not a TMX memory (the root element is not <tmx>)", str(source))
    return list(_units(root))


def _units(root: etree._Element) -> Iterator[Unit]:
    for tu in root.iter("tu"):
        props = {p.get("type"): (p.text or "").strip() for p in tu.findall("prop")}
        texts: dict[str, str] = {}
        for tuv in tu.findall("tuv"):
            lang = (tuv.get(XML_LANG) or tuv.get("lang") or "").lower()
            seg = tuv.find("seg")
            if seg is None:
                continue
            for code in ("ko", "en"):
                if lang.split("-")[0].split("_")[0] == code and code not in texts:
                    texts[code] = _seg_text(seg)
        if not (texts.get("ko", "").strip() or texts.get("en", "").strip()):
            continue
        date = props.get("x-date", "")
        level = props.get("x-level", "0")
        yield Unit(texts.get("ko", ""), texts.get("en", ""), props.get("x-release", ""),
                   date if _is_iso_date(date) else "", props.get("x-kind") or "segment",
                   int(level) if level.isdigit() and len(level) < 3 else 0,
                   props.get("x-status") or "translated")


def _seg_text(seg: etree._Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if isinstance(child.tag, str) and etree.QName(child).localname not in _CODE_TAGS:
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def import_tmx(archive: Archive, path: str | Path) -> int:
    units = read_tmx(path)
    return archive.add_units(units, source=str(Path(path).resolve()))
