"""A Word document's paragraphs as text lines, list numbers written out.

Word keeps list numbers and bullets in numbering.xml, not in the text; the
text importer recognises points by their markers, so each numbered paragraph
gets its rendered label ("1.", "□", "ㅇ", "-", "가.") in front.
"""

from __future__ import annotations

from typing import Any

from mfa_desk.formats.foreign_import import script_of

_GANADA = "가나다라마바사아자차카타파하"
_CHOSUNG = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def format_number(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("ganada", "koreanDigital"):
        return _GANADA[(n - 1) % len(_GANADA)]
    if fmt == "chosung":
        return _CHOSUNG[(n - 1) % len(_CHOSUNG)]
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


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
                    lvls[int(lvl.get(qn("w:ilvl"), "0"))] = (
                        fmt.get(w, "decimal") if fmt is not None else "decimal",
                        text.get(w, "") if text is not None else "",
                        int(start.get(w, "1")) if start is not None else 1)
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
                    num_id.get(w, ""), int(ilvl.get(w, "0")) if ilvl is not None else 0)

    def label(self, p: Any) -> str:
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
                ilvl = int(lvl.get(w, "0")) if lvl is not None else ilvl
        levels = self.levels.get(num_id)
        if not levels or num_id == "0" or ilvl not in levels:
            return ""
        # Lists sharing an abstract definition share counters, as in Word.
        key = self.abstract_of.get(num_id, num_id) + "/" + num_id
        counters = self.counters.setdefault(key, [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, _start = levels[ilvl]
        if fmt == "bullet":
            return _bullet(text)
        out = text
        for i in range(ilvl + 1):
            lvl_fmt, _t, start = levels.get(i, ("decimal", "", 1))
            out = out.replace(f"%{i + 1}", format_number(lvl_fmt, counters[i] + start - 1))
        return out


def _bullet(glyph: str) -> str:
    # Symbol-font bullets live in the private use area; the text importer knows "-".
    if not glyph or "\ue000" <= glyph[0] <= "\uf8ff":
        return "-"
    return glyph


def _paragraph_line(p: Any, parent: Any, renderer: NumberingRenderer) -> str:
    from docx.text.paragraph import Paragraph

    text = Paragraph(p, parent).text
    label = renderer.label(p)
    return f"{label} {text}" if label else text


def _block_lines(container: Any, parent: Any, renderer: NumberingRenderer,
                 lines: list[str]) -> None:
    from docx.oxml.ns import qn

    for child in container.iterchildren(qn("w:p"), qn("w:tbl")):
        if child.tag == qn("w:p"):
            lines.append(_paragraph_line(child, parent, renderer))
        else:
            for tr in child.iterchildren(qn("w:tr")):
                cells = list(tr.iterchildren(qn("w:tc")))
                simple = all(len(tc.findall(qn("w:p"))) == 1 and tc.find(qn("w:tbl")) is None
                             for tc in cells)
                if simple and len(cells) > 1:
                    # A row of single-paragraph cells (a header table: "보도일시 | 즉시")
                    # reads as one line, as when a table row is pasted as text.
                    texts = [_paragraph_line(tc.find(qn("w:p")), parent, renderer)
                             for tc in cells]
                    lines.append("  ".join(t for t in texts if t))
                    continue
                for tc in cells:
                    _block_lines(tc, parent, renderer, lines)


def docx_columns(doc: Any) -> list[str] | dict[str, list[str]]:
    """All lines in order; or, for a Korean|English side-by-side table, two columns."""
    from docx.oxml.ns import qn

    body = doc.element.body
    renderer = NumberingRenderer(doc)
    side_by_side = _side_by_side_table(body)
    if side_by_side is None:
        lines: list[str] = []
        _block_lines(body, doc.part, renderer, lines)
        return lines
    columns: dict[str, list[str]] = {"ko": [], "en": []}
    for tr in side_by_side.iterchildren(qn("w:tr")):
        cells = list(tr.iterchildren(qn("w:tc")))
        if len(cells) == 2:
            _block_lines(cells[0], doc.part, renderer, columns["ko"])
            _block_lines(cells[1], doc.part, renderer, columns["en"])
    return columns


def _side_by_side_table(body: Any) -> Any:
    """The body's main two-column table when its left column is Korean and right English."""
    from docx.oxml.ns import qn

    tables = list(body.iterchildren(qn("w:tbl")))
    if len(tables) != 1 or len(list(body.iterchildren(qn("w:p")))) > 3:
        return None
    left: list[str] = []
    right: list[str] = []
    for tr in tables[0].iterchildren(qn("w:tr")):
        cells = list(tr.iterchildren(qn("w:tc")))
        if len(cells) == 2:
            left.append("".join(cells[0].itertext()))
            right.append("".join(cells[1].itertext()))
    if not left or script_of(left) != "ko" or script_of(right) != "en":
        return None
    return tables[0]
