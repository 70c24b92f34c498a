"""An HWPX (OWPML) document's paragraphs as text lines, Hangul's numbering written out.

Hangul keeps paragraph numbers and bullets in header.xml (hh:numbering,
hh:bullet), referred to by a paragraph shape's hh:heading, not in the text;
the text importer recognises points by their markers, so each numbered
paragraph gets its rendered label ("1.", "□", "ㅇ", "가.") in front, read the
same way as Word's list labels (plaintext/list_labels.py). Tables, text boxes,
page headers and footnotes are read as the DOCX reader reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
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
)
from mfa_desk.formats.plaintext.list_labels import with_footnotes as with_notes
from mfa_desk.formats.plaintext.text_lines import LineKind
from mfa_desk.formats.table_rows import TableColumns, add_table_row, by_language

HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
HC = "{http://www.hancom.co.kr/hwpml/2011/core}"

# OWPML number formats (hh:paraHead@numFormat) in the names list_labels.format_number knows.
_FORMATS = {
    "DIGIT": "decimal", "CIRCLED_DIGIT": "decimalEnclosedCircle",
    "ROMAN_CAPITAL": "upperRoman", "ROMAN_SMALL": "lowerRoman",
    "LATIN_CAPITAL": "upperLetter", "LATIN_SMALL": "lowerLetter",
    "HANGUL_SYLLABLE": "ganada", "HANGUL_JAMO": "chosung",
}
_CIRCLED = {"CIRCLED_HANGUL_SYLLABLE": (0x326E, 14), "CIRCLED_HANGUL_JAMO": (0x3260, 14),
            "CIRCLED_LATIN_SMALL": (0x24D0, 26), "CIRCLED_LATIN_CAPITAL": (0x24B6, 26)}
_HANGUL_PHONETIC = "일이삼사오육칠팔구십"
_IDEOGRAPH = "一二三四五六七八九十"
LEVELS = 10  # OWPML numbering has ten levels


def number_text(fmt: str, n: int) -> str:
    """Counter `n` in an OWPML number format ("HANGUL_SYLLABLE", 2 -> "나")."""
    if fmt in _CIRCLED:
        first, count = _CIRCLED[fmt]
        return chr(first + (n - 1) % count)
    if fmt in ("HANGUL_PHONETIC", "IDEOGRAPH", "CIRCLED_IDEOGRAPH") and 1 <= n <= 10:
        return (_HANGUL_PHONETIC if fmt == "HANGUL_PHONETIC" else _IDEOGRAPH)[n - 1]
    return format_number(_FORMATS.get(fmt, "decimal"), n)


@dataclass(frozen=True)
class ParaHead:
    text: str  # "^1." — ^N stands for the counter of level N
    fmt: str
    start: int


@dataclass
class HeaderDefinitions:
    """What header.xml says about paragraph numbering."""

    numberings: dict[str, dict[int, ParaHead]] = field(default_factory=dict)
    bullets: dict[str, str] = field(default_factory=dict)  # id -> glyph
    headings: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # paraPr id ->
    outline_numbering: str = "1"  # the section's outlineShapeIDRef

    @classmethod
    def read(cls, header: Any) -> HeaderDefinitions:
        defs = cls()
        if header is None:
            return defs
        for numbering in header.iter(f"{HH}numbering"):
            heads = {}
            for head in numbering.iterfind(f"{HH}paraHead"):
                level = _int(head.get("level"), 1)
                heads[level] = ParaHead(head.text or "", head.get("numFormat", "DIGIT"),
                                        _int(head.get("start"), 1))
            defs.numberings[numbering.get("id", "")] = heads
        for bullet in header.iter(f"{HH}bullet"):
            defs.bullets[bullet.get("id", "")] = bullet.get("char", "")
        for para_pr in header.iter(f"{HH}paraPr"):
            heading = para_pr.find(f".//{HH}heading")  # may sit in hp:switch branches
            if heading is not None and heading.get("type", "NONE") != "NONE":
                defs.headings[para_pr.get("id", "")] = (
                    heading.get("type", ""), heading.get("idRef", ""),
                    _int(heading.get("level"), 0))
        return defs


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class NumberingRenderer:
    """Counts numbered paragraphs as Hangul does and renders each label."""

    def __init__(self, defs: HeaderDefinitions) -> None:
        self.defs = defs
        self.counters: dict[str, list[int]] = {}

    def item(self, p: Any) -> tuple[str, int] | None:
        """The label of a numbered or bulleted paragraph and its level (0-based)."""
        heading = self.defs.headings.get(p.get("paraPrIDRef", ""))
        if heading is None:
            return None
        kind, ref, level = heading
        level = max(0, min(level, LEVELS - 1))
        if kind == "BULLET":
            glyph = self.defs.bullets.get(ref, "")
            return (_bullet(glyph), level) if glyph else None
        if kind == "OUTLINE":
            ref = self.defs.outline_numbering  # the section's outline numbering
        heads = self.defs.numberings.get(ref)
        if not heads or level + 1 not in heads:
            return None
        counters = self.counters.setdefault(ref, [0] * LEVELS)
        counters[level] += 1
        for deeper in range(level + 1, LEVELS):
            counters[deeper] = 0
        label = heads[level + 1].text
        for i in range(level + 1, 0, -1):  # ^10 before ^1
            head = heads.get(i, ParaHead("", "DIGIT", 1))
            label = label.replace(f"^{i}", number_text(head.fmt,
                                                       max(counters[i - 1], 1) + head.start - 1))
        return (label.strip(), level) if label.strip() else None


def _bullet(glyph: str) -> str:
    # Symbol-font bullets live in the private use area: the level decides.
    return "" if "\ue000" <= glyph[0] <= "\uf8ff" else glyph


# ---------------------------------------------------------------- paragraph text

_OBJECTS = frozenset({f"{HP}{name}" for name in (
    "tbl", "pic", "rect", "ellipse", "polygon", "curve", "arc", "line", "container",
    "connectLine", "textart", "equation", "ole", "video", "chart")})
_SPACES = {f"{HP}nbSpace": "\u00a0", f"{HP}fwSpace": " ", f"{HP}hyphen": "-",
           f"{HP}tab": "\t"}


@dataclass
class Extraction:
    """What a document yields besides its lines: pictures, notes, page-header fields."""

    # Per picture: its binary item id, its caption lines, and whether it stands above
    # the first point (a letterhead logo).
    pictures: list[tuple[str, list[str], bool]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    page_header: list[str] = field(default_factory=list)


class SectionReader:
    def __init__(self, defs: HeaderDefinitions, side_by_side: Any = None) -> None:
        self.numbers = NumberingRenderer(defs)
        self.defs = defs
        self.found = Extraction()
        self.lines: list[str] = []  # the document's lines so far (is there a point yet?)
        self.side_by_side = side_by_side
        self.columns: dict[str, list[str]] = {"ko": [], "en": []}
        # (table row, line) of each line read from the side-by-side table's rows: the
        # author's own pairing, as for DOCX and HTML (formats/table_rows.py).
        self.rows: dict[str, list[tuple[int, str]]] = {"ko": [], "en": []}
        self.split_at = 0  # where in `lines` the side-by-side table stood
        self.deleting = False  # inside a tracked deletion (deleteBegin .. deleteEnd)

    # ------------------------------------------------------------ paragraphs

    def paragraph(self, p: Any, out: list[str]) -> None:
        """The lines of a paragraph, and its tables, text boxes and pictures: before the
        text when they come first in it (a table anchored in an empty paragraph), else
        after."""
        lines = [""]
        before: list[str] = []
        after: list[str] = []
        for run in p.iterfind(f"{HP}run"):
            for child in run:
                if child.tag == f"{HP}t":
                    self._text(child, lines)
                elif child.tag == f"{HP}ctrl":
                    self._control(child)
                elif child.tag == f"{HP}secPr" and child.get("outlineShapeIDRef"):
                    self.defs.outline_numbering = child.get("outlineShapeIDRef", "1")
                elif child.tag in _OBJECTS:
                    self._object(child, after if "".join(lines).strip() else before)
        item = self.numbers.item(p)
        if item is not None:
            label, level = item
            first = lines[0].strip()
            if not first or kind_of(first) not in STRUCTURE_KINDS | {LineKind.NOTE,
                                                                      LineKind.CHROME}:
                lines[0] = f"{marker_for(label, level)} {first}"
        out.extend(before)
        out.extend(merge_block(lines))
        out.extend(after)

    def _text(self, t: Any, lines: list[str]) -> None:
        """The text of a hp:t: its own text and the tails of its inline marks, a line
        break starting a new line. Text under a tracked deletion is left out (the
        document as it reads with its changes accepted, as the DOCX reader does); a
        deletion may run on across runs and paragraphs."""
        if not self.deleting:
            lines[-1] += t.text or ""
        for child in t:
            if child.tag == f"{HP}deleteBegin":
                self.deleting = True
            elif child.tag == f"{HP}deleteEnd":
                self.deleting = False
            elif self.deleting:
                continue
            elif child.tag == f"{HP}lineBreak":
                lines.append("")
            elif child.tag in _SPACES:
                lines[-1] += _SPACES[child.tag]
            if not self.deleting:
                lines[-1] += child.tail or ""

    def _control(self, ctrl: Any) -> None:
        for child in ctrl:
            lines: list[str] = []
            if child.tag == f"{HP}header":
                # Only the 보도자료 fields a converted document keeps in its page header,
                # once; page numbers and logos are not text of the release.
                self.blocks(child, lines)
                self.found.page_header.extend(
                    x for x in lines if x not in self.found.page_header
                    and kind_of(x) in _HEADER_KINDS)
            elif child.tag in (f"{HP}footNote", f"{HP}endNote"):
                self.blocks(child, lines)
                text = " ".join(x.strip() for x in lines if x.strip())
                if text:
                    self.found.notes.append(text if kind_of(text) is LineKind.NOTE
                                            else f"※ {text}")

    def _object(self, obj: Any, out: list[str]) -> None:
        if obj.tag == f"{HP}tbl":
            self.table(obj, out)
        elif obj.tag == f"{HP}pic":
            img = obj.find(f".//{HC}img")
            caption: list[str] = []
            for cap in obj.iterfind(f"{HP}caption"):
                self.blocks(cap, caption)
            if img is not None and img.get("binaryItemIDRef"):
                seen = [*self.lines, *out, *self.columns["ko"], *self.columns["en"]]
                above = not any(is_point(x) for x in seen)
                self.found.pictures.append((img.get("binaryItemIDRef", ""),
                                            [c for c in caption if c.strip()], above))
        else:  # a drawing object's text (a text box), and the objects of a group
            for sub in obj.iterfind(f"{HP}drawText/{HP}subList"):
                self.blocks(sub, out)
            for inner in obj:
                if inner.tag in _OBJECTS:
                    self._object(inner, out)

    # ------------------------------------------------------------ containers and tables

    def blocks(self, container: Any, out: list[str]) -> None:
        """Paragraphs of a section, cell, note or text box, in order."""
        for child in container:
            if child.tag == f"{HP}p":
                self.paragraph(child, out)
            elif child.tag == f"{HP}subList":
                self.blocks(child, out)

    def cell_lines(self, tc: Any) -> list[str]:
        lines: list[str] = []
        self.blocks(tc, lines)
        return [line for line in lines if line.strip()]

    def table(self, tbl: Any, out: list[str]) -> None:
        if tbl is self.side_by_side:
            self._side_by_side_rows(tbl)
            self.split_at = len(self.lines) + len(out)
            return
        after_point = any(is_point(x) for x in [*self.lines, *out])
        rows = list(tbl.iterfind(f"{HP}tr"))
        contacts = contact_table_lines(
            [self.cell_lines(tc) for tc in tr.iterfind(f"{HP}tc")] for tr in rows)
        if contacts is not None:
            out.extend(contacts)
            return
        for tr in rows:
            cells = list(tr.iterfind(f"{HP}tc"))
            simple = len(cells) > 1 and all(
                tc.find(f".//{HP}tbl") is None and len(tc.findall(f"{HP}subList/{HP}p")) <= 3
                for tc in cells)
            if not simple:
                for tc in cells:
                    self.blocks(tc, out)  # a layout cell holding a part of the text
                continue
            texts = [self.cell_lines(tc) for tc in cells]
            # A header table row ("보도일시 | 즉시 | 배포일시 | ...") gives "label value" lines.
            labelled = row_lines([(tc.get("header") == "1", t)
                                  for tc, t in zip(cells, texts, strict=True)])
            if labelled is not None:
                out.extend(labelled)
            else:
                line = data_row_line(texts, after_point)
                if line:
                    out.append(line)

    def _side_by_side_rows(self, tbl: Any) -> None:
        for r, tr in enumerate(tbl.iterfind(f"{HP}tr")):
            add_table_row(r, [self.cell_lines(tc) for tc in tr.iterfind(f"{HP}tc")],
                          self.columns, self.rows)


_HEADER_KINDS = frozenset({LineKind.DOCTYPE, LineKind.HEADER, LineKind.CONTACT, LineKind.DATE,
                           LineKind.CATEGORY})


_HANGUL = re.compile("[\uac00-\ud7a3]")
_LETTER = re.compile("[A-Za-z\uac00-\ud7a3]")


def is_language_pair(left: str, right: str) -> bool:
    return bool(_HANGUL.search(left) and script_of([left]) == "ko"
                and script_of([right]) == "en" and _LETTER.search(right))


def side_by_side_table(sections: list[Any]) -> Any:
    """The outermost table most of whose two-cell rows are Korean left, English right."""
    best, best_rows = None, 0
    for sec in sections:
        for tbl in sec.iter(f"{HP}tbl"):
            if any(a.tag == f"{HP}tbl" for a in tbl.iterancestors()):
                continue
            rows = list(tbl.iterfind(f"{HP}tr"))
            pairs = 0
            for tr in rows:
                cells = list(tr.iterfind(f"{HP}tc"))
                if len(cells) == 2 and is_language_pair("".join(cells[0].itertext()),
                                                        "".join(cells[1].itertext())):
                    pairs += 1
            if pairs >= 3 and pairs * 2 >= len(rows) and pairs > best_rows:
                best, best_rows = tbl, pairs
    return best


def document_lines(header: Any, sections: list[Any]
                   ) -> tuple[list[str] | TableColumns, Extraction]:
    """All lines in order (or, with a Korean|English table, two columns with the table
    row of each line), and the document's pictures and notes."""
    side = side_by_side_table(sections)
    reader = SectionReader(HeaderDefinitions.read(header), side)
    for sec in sections:
        reader.blocks(sec, reader.lines)
    lines = with_notes(reader.found.page_header + reader.lines, reader.found.notes)
    if side is None:
        return resolve_top_bullets(lines), reader.found
    split = reader.split_at + len(reader.found.page_header)
    columns: dict[str, list[str]] = {"ko": [], "en": []}
    for part in (lines[:split], None, lines[split:]):
        if part is None:
            for lang in columns:
                columns[lang].extend(reader.columns[lang])
            continue
        for line in part:
            # Text around the table goes to its language's column; a date to both.
            for lang, half in by_language(line):
                columns[lang].append(half)
    return TableColumns(resolve_top_bullets(columns["ko"]), resolve_top_bullets(columns["en"]),
                        reader.rows), reader.found


def text_pieces(sections: list[Any]) -> Iterator[str]:
    """The visible text and paragraph breaks of the sections: what an edit changes.

    Shape and style ids are left out, so a document Hangul only saved again (and
    renumbered) still matches; any change of wording or paragraphs does not."""
    for sec in sections:
        for el in sec.iter(f"{HP}p", f"{HP}t", f"{HP}lineBreak", f"{HP}tab"):
            if el.tag == f"{HP}p":
                yield "\u2029"
            elif el.tag == f"{HP}t":
                yield el.text or ""
            else:
                yield ("\n" if el.tag == f"{HP}lineBreak" else "\t") + (el.tail or "")


def sections_digest(sections: list[Any]) -> str:
    from mfa_desk.formats.native.export_payload import text_digest

    return text_digest(text_pieces(sections))
