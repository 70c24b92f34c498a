"""A Word document's paragraphs as text lines, list numbers written out.

Word keeps list numbers and bullets in numbering.xml, not in the text; the
text importer recognises points by their markers, so each numbered paragraph
gets its rendered label ("1.", "□", "ㅇ", "-", "가.") in front.
"""

from __future__ import annotations

import re
from typing import Any

from mfa_desk.formats.plaintext.foreign_import import script_of
from mfa_desk.formats.plaintext.foreign_lines import (
    STRUCTURE_KINDS,
    contact_table_lines,
    data_row_line,
    is_point,
    kind_of,
    merge_block,
    row_lines,
)
from mfa_desk.formats.plaintext.list_labels import (
    format_number,
    marker_for,
    resolve_top_bullets,
    with_footnotes,
)
from mfa_desk.formats.plaintext.text_lines import LineKind
from mfa_desk.formats.table_rows import TableColumns, add_table_row, by_language
from mfa_desk.text.script import SYLLABLE

# Word's own limits: list levels 0-8, a start value of at most 32767. A hostile
# numbering.xml must not make rendering slow (a start of 100,000,000 took over 100 s
# in roman numerals) or crash it (level 12, a start that is not a number).
MAX_LEVEL = 8
MAX_START = 32767


def xml_int(value: str | None, default: int, low: int, high: int) -> int:
    """An integer attribute of untrusted XML, clamped to [low, high]; `default` if none."""
    try:
        number = int(str(value).strip()) if value is not None else default
    except ValueError:
        return default
    return min(max(number, low), high)


class NumberingRenderer:
    """Counts list items as Word does and renders each paragraph's label."""

    def __init__(self, doc: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> def
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        self.style_numpr: dict[str, tuple[str, int]] = {}
        self._read(doc)

    def _read(self, doc: Any) -> None:
        from docx.oxml.ns import qn

        w = qn("w:val")
        try:
            numbering = doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        abstracts: dict[str, dict[int, tuple[str, str, int]]] = {}
        if numbering is not None:
            for abstract in numbering.findall(qn("w:abstractNum")):
                lvls = {}
                for lvl in abstract.findall(qn("w:lvl")):
                    fmt = lvl.find(qn("w:numFmt"))
                    text = lvl.find(qn("w:lvlText"))
                    start = lvl.find(qn("w:start"))
                    lvls[xml_int(lvl.get(qn("w:ilvl")), 0, 0, MAX_LEVEL)] = (
                        fmt.get(w, "decimal") if fmt is not None else "decimal",
                        text.get(w, "") if text is not None else "",
                        xml_int(start.get(w) if start is not None else None, 1, 0, MAX_START))
                abstracts[abstract.get(qn("w:abstractNumId"), "")] = lvls
            for num in numbering.findall(qn("w:num")):
                ref = num.find(qn("w:abstractNumId"))
                abstract_id = ref.get(w, "") if ref is not None else ""
                self.levels[num.get(qn("w:numId"), "")] = abstracts.get(abstract_id, {})
                self.abstract_of[num.get(qn("w:numId"), "")] = abstract_id
        for style in doc.styles.element.findall(qn("w:style")):
            num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            ilvl = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}")
            if num_id is not None:
                self.style_numpr[style.get(qn("w:styleId"), "")] = (
                    num_id.get(w, ""),
                    xml_int(ilvl.get(w) if ilvl is not None else None, 0, 0, MAX_LEVEL))

    def label(self, p: Any) -> str:
        item = self.item(p)
        return item[0] if item is not None else ""

    def item(self, p: Any) -> tuple[str, int] | None:
        """The rendered label of a list paragraph and its list level (0-based)."""
        from docx.oxml.ns import qn

        w = qn("w:val")
        ppr = p.find(qn("w:pPr"))
        num_id, ilvl = "", 0
        if ppr is not None:
            style = ppr.find(qn("w:pStyle"))
            if style is not None and style.get(w, "") in self.style_numpr:
                num_id, ilvl = self.style_numpr[style.get(w, "")]
            numpr = ppr.find(qn("w:numPr"))
            if numpr is not None:
                nid, lvl = numpr.find(qn("w:numId")), numpr.find(qn("w:ilvl"))
                num_id = nid.get(w, num_id) if nid is not None else num_id
                ilvl = xml_int(lvl.get(w), 0, 0, MAX_LEVEL) if lvl is not None else ilvl
        levels = self.levels.get(num_id)
        if not levels or num_id == "0" or ilvl not in levels:
            return None
        # Lists sharing an abstract definition share counters, as in Word.
        key = self.abstract_of.get(num_id, num_id) + "/" + num_id
        counters = self.counters.setdefault(key, [0] * (MAX_LEVEL + 1))
        counters[ilvl] = min(counters[ilvl] + 1, MAX_START)
        for deeper in range(ilvl + 1, MAX_LEVEL + 1):
            counters[deeper] = 0
        fmt, text, _start = levels[ilvl]
        if fmt == "bullet":
            return _bullet(text), ilvl
        out = text
        for i in range(ilvl + 1):
            lvl_fmt, _t, start = levels.get(i, ("decimal", "", 1))
            out = out.replace(f"%{i + 1}", format_number(lvl_fmt, counters[i] + start - 1))
        if fmt == "none" or not out.strip():
            return None
        return out, ilvl


def _bullet(glyph: str) -> str:
    # Symbol-font bullets live in the private use area: no glyph the importer knows,
    # the list level decides.
    if not glyph or "\ue000" <= glyph[0] <= "\uf8ff":
        return ""
    return glyph


# ---------------------------------------------------------------- paragraph text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_BOX = f"{_W}txbxContent"
_NOT_TEXT = {f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", _TEXT_BOX, _MC_FALLBACK,
             f"{_W}instrText", f"{_W}fldChar"}


def _paragraph_text(el: Any, lines: list[str]) -> None:
    """The visible text of a paragraph, a soft line break starting a new line."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            continue
        if tag == f"{_W}t":
            lines[-1] += child.text or ""
        elif tag == f"{_W}tab":
            lines[-1] += "\t"
        elif tag == f"{_W}br":
            if child.get(f"{_W}type") in (None, "textWrapping"):
                lines.append("")
        elif tag == f"{_W}cr":
            lines.append("")
        elif tag == f"{_W}noBreakHyphen":
            lines[-1] += "-"
        else:
            _paragraph_text(child, lines)


def _paragraph_lines(p: Any, renderer: NumberingRenderer) -> list[str]:
    lines = [""]
    _paragraph_text(p, lines)
    item = renderer.item(p)
    if item is not None:
        label, ilvl = item
        first = lines[0].strip()
        if not first or kind_of(first) not in STRUCTURE_KINDS | {LineKind.NOTE, LineKind.CHROME}:
            lines[0] = f"{marker_for(label, ilvl)} {first}"
    return lines


# ---------------------------------------------------------------- body and tables


def _block_lines(container: Any, renderer: NumberingRenderer, lines: list[str]) -> None:
    """Paragraphs and tables of a body, cell or text box, in order, as lines."""
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            for box in _own_text_boxes(child):
                _block_lines(box, renderer, lines)
            lines.extend(merge_block(_paragraph_lines(child, renderer)))
        elif tag == f"{_W}tbl":
            _table_lines(child, renderer, lines)
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            _block_lines(child, renderer, lines)  # content controls hold paragraphs too


def _own_text_boxes(p: Any) -> list[Any]:
    boxes = []
    for box in p.iter(_TEXT_BOX):
        ancestors = list(box.iterancestors())
        inner = ancestors[: ancestors.index(p)] if p in ancestors else ancestors
        if any(a.tag in (_MC_FALLBACK, _TEXT_BOX) for a in inner):
            continue  # the VML copy of a box, or a box inside a box (read with it)
        boxes.append(box)
    return boxes


def _cell_lines(tc: Any, renderer: NumberingRenderer) -> list[str]:
    lines: list[str] = []
    _block_lines(tc, renderer, lines)
    return [line for line in lines if line.strip()]


def _table_lines(tbl: Any, renderer: NumberingRenderer, lines: list[str]) -> None:
    after_point = any(is_point(x) for x in lines)
    contacts = contact_table_lines([_cell_lines(tc, renderer) for tc in tr.iterchildren(f"{_W}tc")]
                                   for tr in tbl.iterchildren(f"{_W}tr"))
    if contacts is not None:
        lines.extend(contacts)  # "구분 | 성명 | 연락처": read into the contacts
        return
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells = list(tr.iterchildren(f"{_W}tc"))
        simple = len(cells) > 1 and all(
            tc.find(f"{_W}tbl") is None and len(tc.findall(f"{_W}p")) <= 3 for tc in cells)
        if not simple:
            for tc in cells:
                _block_lines(tc, renderer, lines)  # a layout cell holding a part of the text
            continue
        texts = [_cell_lines(tc, renderer) for tc in cells]
        # A header table row ("보도일시 | 즉시 | 배포일시 | ...") gives "label value" lines.
        labelled = row_lines([(False, t) for t in texts])
        if labelled is not None:
            lines.extend(labelled)
        else:
            line = data_row_line(texts, after_point)
            if line:
                lines.append(line)


def docx_columns(doc: Any) -> list[str] | TableColumns:
    """All lines in order; or, with a Korean|English side-by-side table, two columns."""
    body = doc.element.body
    renderer = NumberingRenderer(doc)
    side_by_side = _side_by_side_table(body)
    if side_by_side is None:
        lines = _page_header_lines(doc, renderer)
        _block_lines(body, renderer, lines)
        return resolve_top_bullets(with_footnotes(lines, _footnote_lines(doc, renderer)))
    columns: dict[str, list[str]] = {"ko": [], "en": []}
    rows: dict[str, list[tuple[int, str]]] = {"ko": [], "en": []}  # (table row, line)
    for child in body:
        if child is not side_by_side:
            # Text around the table (a title, a closing line) goes to its language's
            # column; a line without letters (a date) to both.
            around: list[str] = []
            _block_lines([child], renderer, around)
            for line in around:
                for lang, part in by_language(line):
                    columns[lang].append(part)
            continue
        for r, tr in enumerate(child.iterchildren(f"{_W}tr")):
            add_table_row(r, [_cell_lines(tc, renderer) for tc in tr.iterchildren(f"{_W}tc")],
                          columns, rows)
    return TableColumns(resolve_top_bullets(columns["ko"]), resolve_top_bullets(columns["en"]),
                        rows)


_HEADER_KINDS = frozenset({LineKind.DOCTYPE, LineKind.HEADER, LineKind.CONTACT, LineKind.DATE,
                           LineKind.CATEGORY})


def _page_header_lines(doc: Any, renderer: NumberingRenderer) -> list[str]:
    """보도자료 fields that a converted document keeps in its page header.

    Only lines naming the document type or a header field are taken (once, though
    first-page and default headers repeat them); page numbers and logos are not text
    of the release.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    found: list[str] = []
    for rel in doc.part.rels.values():
        if rel.reltype != RT.HEADER or rel.is_external:
            continue
        lines: list[str] = []
        try:
            _block_lines(rel.target_part.element, renderer, lines)
        except AttributeError:
            continue  # a header part python-docx could not load as XML
        for line in lines:
            if line not in found and kind_of(line) in _HEADER_KINDS:
                found.append(line)
    return found


def _footnote_lines(doc: Any, renderer: NumberingRenderer) -> list[str]:
    """Word footnotes and endnotes, each a "※" note (their text lives outside the body)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    notes: list[str] = []
    for rel in doc.part.rels.values():
        if rel.reltype not in (RT.FOOTNOTES, RT.ENDNOTES) or rel.is_external:
            continue
        try:
            from lxml import etree

            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            root = etree.fromstring(rel.target_part.blob, parser)
        except (etree.XMLSyntaxError, AttributeError):
            continue
        for note in root:
            if note.get(f"{_W}type") in ("separator", "continuationSeparator",
                                         "continuationNotice"):
                continue
            lines: list[str] = []
            _block_lines(note, renderer, lines)
            text = " ".join(x.strip() for x in lines if x.strip())
            if text:
                notes.append(text if kind_of(text) is LineKind.NOTE else f"※ {text}")
    return notes


_LETTER = re.compile("[A-Za-z\uac00-\ud7a3]")


def _side_by_side_table(body: Any) -> Any:
    """The body's main table when most of its two-cell rows are Korean left, English right."""
    best, best_rows = None, 0
    for tbl in body.iterchildren(f"{_W}tbl"):
        pairs = 0
        rows = list(tbl.iterchildren(f"{_W}tr"))
        for tr in rows:
            cells = list(tr.iterchildren(f"{_W}tc"))
            if len(cells) == 2:
                left = "".join(cells[0].itertext())
                right = "".join(cells[1].itertext())
                if _HANGUL.search(left) and script_of([left]) == "ko" and \
                        script_of([right]) == "en" and _LETTER.search(right):
                    pairs += 1
        if pairs >= 3 and pairs * 2 >= len(rows) and pairs > best_rows:
            best, best_rows = tbl, pairs
    return best


_HANGUL = SYLLABLE
