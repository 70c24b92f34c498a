"""What a reader sees in an exported document, read without our exporter's code.

The readers take the file's own structure (DOCX paragraphs, table rows and list
numbering via python-docx's public API and lxml; HTML elements by their standard
display and `lang`; HWPX section paragraphs) and give the lines a reader sees in
order. The expected lines come from the release's own fields with the marker glyphs
written out here (the domain's table in ../shared/domain/press-releases.md), never
from the release walker, so a fault shared by every exporter still fails.
"""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from dataclasses import dataclass
from itertools import count

from lxml import etree
from lxml import html as lxml_html

from mfa_desk.model.release import Release, Segment

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"

# Marker glyphs in front of points, by level (1-3); None: numbered "1.", "2.", ...
POINT_MARKERS: dict[tuple[str, str], tuple[str | None, str, str]] = {
    ("ko", "box"): ("□", "ㅇ", "-"),
    ("ko", "number"): (None, "ㅇ", "-"),
    ("en", "box"): (None, "°", "-"),
    ("en", "number"): (None, "°", "-"),
}
NOTE_MARKER = {"ko": "※", "en": "*"}
ATTACHMENTS_LABEL = {"ko": "붙임", "en": "Attachments:"}
END_MARK = "끝."
UNOFFICIAL = "* unofficial translation"


@dataclass(frozen=True)
class Shown:
    """One text a reader must see: the marker in front, and where it belongs."""

    text: str
    key: str  # the part of the release, the same in both languages (pairs them)
    marker: str = ""
    label: str = ""  # a label that may share the line (the first attachment's 붙임)
    level: int = 0  # list level: 1-3 for points, 1 for other list items, 0 for none


@dataclass(frozen=True)
class Line:
    """A line of the document as shown: a paragraph, or a language column's block."""

    text: str
    row: int | None = None  # the table row (DOCX, HWPX) or side-by-side row (HTML)


# ------------------------------------------------------------------ expected


def release_texts(release: Release, lang: str) -> list[Shown]:
    """Every non-empty text of `lang` in reading order, from the release's fields."""
    meta = release.metadata
    out: list[Shown] = []
    if lang == "ko":
        out += [Shown(meta.document_type, "document_type"), Shown(meta.timing_text, "timing"),
                Shown(meta.department, "department")]
    else:
        out.append(Shown(meta.category, "category"))
    out.append(Shown(release.headline.text.get(lang), "headline"))
    out += [Shown(s.text.get(lang), f"sub{i}", "-", level=1)
            for i, s in enumerate(release.subheadlines)]
    markers = POINT_MARKERS[(lang, release.korean_numbering)]
    for number, point in enumerate(release.points, start=1):
        out += _point_texts(point, f"p{number}", 1, lang, markers, number)
    out += [Shown(n.text.get(lang), f"note{i}", NOTE_MARKER[lang], level=1)
            for i, n in enumerate(release.notes)]
    for i, att in enumerate(release.attachments, start=1):
        out.append(Shown(att.title.get(lang), f"att{i}", f"{i}.",
                         ATTACHMENTS_LABEL[lang] if i == 1 else "", level=1))
    if lang == "ko":
        out.append(Shown(END_MARK, "end"))
    out += [Shown(a.photo.caption.get(lang), f"photo{i}") for i, a in
            enumerate(release.attachments) if a.photo is not None]
    if lang == "en" and release.unofficial_translation:
        out.append(Shown(UNOFFICIAL, "unofficial"))
    return [s for s in out if s.text]


def _point_texts(seg: Segment, key: str, level: int, lang: str,
                 markers: tuple[str | None, str, str], number: int) -> list[Shown]:
    glyph = markers[level - 1]
    out = [Shown(seg.text.get(lang), key, f"{number}." if glyph is None else glyph,
                 level=level)]
    for j, child in enumerate(seg.children):
        out += _point_texts(child, f"{key}.{j}", level + 1, lang, markers, number)
    return out


# ------------------------------------------------------------------ readers


def docx_lines(data: bytes, with_markers: bool = True) -> list[Line]:
    """Body paragraphs and table-cell paragraphs in order, hidden runs left out; with
    the list number or bullet Word shows in front (from numbering.xml)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    levels = _docx_levels(document) if with_markers else {}
    counters: dict[str, list[int]] = {}
    rows = _row_numbers(document.element.body, f"{W}tr")
    lines = []
    for p in document.element.body.iter(f"{W}p"):
        text = "".join(_docx_run_text(r) for r in p.iter(f"{W}r") if not _hidden(r))
        marker = _docx_marker(p, levels, counters) if with_markers else ""
        lines.append(Line(marker + text, _row_of(p, f"{W}tr", rows)))
    return lines


def _docx_run_text(run: etree._Element) -> str:
    parts = []
    for el in run:
        if el.tag == f"{W}t":
            parts.append(el.text or "")
        elif el.tag == f"{W}tab":
            parts.append("\t")
        elif el.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


def _hidden(run: etree._Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val", "true") not in ("0", "false")


def _docx_levels(document: object) -> dict[tuple[str, str], tuple[str, str]]:
    """(numId, ilvl) -> (numFmt, lvlText) for every list level the document defines."""
    part = document.part.numbering_part  # type: ignore[attr-defined]
    root = part.element
    abstract = {a.get(f"{W}abstractNumId"): a for a in root.iter(f"{W}abstractNum")}
    out = {}
    for num in root.iter(f"{W}num"):
        definition = abstract[num.find(f"{W}abstractNumId").get(f"{W}val")]
        for lvl in definition.iter(f"{W}lvl"):
            out[(num.get(f"{W}numId"), lvl.get(f"{W}ilvl"))] = (
                lvl.find(f"{W}numFmt").get(f"{W}val"), lvl.find(f"{W}lvlText").get(f"{W}val"))
    return out


def _docx_marker(p: etree._Element, levels: dict[tuple[str, str], tuple[str, str]],
                 counters: dict[str, list[int]]) -> str:
    numpr = p.find(f"{W}pPr/{W}numPr")
    if numpr is None:
        return ""
    num_id = numpr.find(f"{W}numId").get(f"{W}val")
    ilvl_el = numpr.find(f"{W}ilvl")
    ilvl = ilvl_el.get(f"{W}val") if ilvl_el is not None else "0"
    if num_id == "0":
        return ""
    fmt, text = levels[(num_id, ilvl)]
    # Word counts per list: a level's number goes up, every deeper level starts again.
    numbers = counters.setdefault(num_id, [0] * 9)
    numbers[int(ilvl)] += 1
    numbers[int(ilvl) + 1:] = [0] * (8 - int(ilvl))
    if fmt == "bullet":
        return text
    assert fmt == "decimal", f"list format {fmt!r} is not read by this test"
    return re.sub(r"%(\d)", lambda m: str(numbers[int(m.group(1)) - 1]), text)


# HTML elements shown inline by default (the HTML standard's rendering section);
# everything else starts a line of its own.
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
                     "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
                     "sup", "time", "u", "var", "wbr", "br", "img"})
_NOT_SHOWN = frozenset({"head", "script", "style", "template", "noscript"})


def html_lines(data: bytes) -> list[Line]:
    """The lines of the page body: block elements, and each element with a `lang`
    (a language column) a line of its own; a column's row is its parent element."""
    body = lxml_html.document_fromstring(data).find("body")
    rows: dict[etree._Element, int] = {}
    lines: list[Line] = []
    current: list[str] = []
    row: list[int | None] = [None]

    def flush() -> None:
        text = "".join(current).strip()
        if text:
            lines.append(Line(text, row[0]))
        current.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _NOT_SHOWN or el.get("hidden") is not None:
            current.append(el.tail or "")
            return
        column = el.get("lang") is not None and el.getparent() is not None
        starts_line = tag not in _INLINE or column
        if starts_line:
            flush()
        outer = row[0]
        if column:
            row[0] = rows.setdefault(el.getparent(), len(rows))
        current.append("\n" if tag == "br" else el.text or "")
        for child in el:
            walk(child)
        if starts_line:
            flush()
        row[0] = outer
        current.append(el.tail or "")

    walk(body)
    flush()
    return lines


def hwpx_lines(data: bytes) -> list[Line]:
    """The paragraphs of every section in order, each with its own runs' text only (a
    paragraph holding a table shows the table's paragraphs after it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = sorted((n for n in zf.namelist() if re.fullmatch(r"Contents/section\d+\.xml", n)),
                       key=lambda n: int(re.sub(r"\D", "", n)))
        roots = [etree.fromstring(zf.read(n)) for n in names]
    lines = []
    for root in roots:
        rows = _row_numbers(root, f"{HP}tr")
        for p in root.iter(f"{HP}p"):
            text = "".join("".join(t.itertext()) for t in p.iterfind(f"{HP}run/{HP}t"))
            lines.append(Line(text, _row_of(p, f"{HP}tr", rows)))
    return lines


def _row_numbers(root: etree._Element, row_tag: str) -> dict[etree._Element, int]:
    numbers = count()
    return {tr: next(numbers) for tr in root.iter(row_tag)}


def _row_of(el: etree._Element, row_tag: str, rows: dict[etree._Element, int]) -> int | None:
    parent = el.getparent()
    while parent is not None and parent.tag != row_tag:
        parent = parent.getparent()
    return None if parent is None else rows[parent]


# ------------------------------------------------------------------ comparing


def _accepts(line: str, shown: Shown, with_markers: bool) -> bool:
    if not with_markers:
        return line.strip() == shown.text
    return line in (shown.marker + shown.text, shown.label + shown.marker + shown.text)


def shown_in_order(lines: list[Line], expected: list[Shown], where: str,
                   with_markers: bool = True) -> dict[str, int]:
    """Each expected text is a whole line, in order (other lines may come between);
    returns the line index of each key. Fails naming the first text not shown."""
    found: dict[str, int] = {}
    position = 0
    for shown in expected:
        index = next((i for i in range(position, len(lines))
                      if _accepts(lines[i].text, shown, with_markers)), None)
        if index is None:
            want = shown.marker + shown.text if with_markers else shown.text
            near = difflib.get_close_matches(want, [ln.text for ln in lines], n=1, cutoff=0.5)
            raise AssertionError(f"{where}: {shown.key} {want!r} is not shown after line "
                                 f"{position}; nearest line: {near[0] if near else None!r}")
        found[shown.key] = index
        position = index + 1
    return found


def assert_reader_sees(lines: list[Line], release: Release, variant: str, where: str,
                       with_markers: bool = True) -> None:
    """The document shows every text of its languages in order, with its marker; side
    by side, both texts of a segment share a row; alone, no text of the other language."""
    langs = ("ko", "en") if variant == "both" else (variant,)
    found = {lang: shown_in_order(lines, release_texts(release, lang), f"{where} [{lang}]",
                                  with_markers) for lang in langs}
    if variant == "both":
        for key in found["ko"].keys() & found["en"].keys():
            ko, en = lines[found["ko"][key]], lines[found["en"][key]]
            assert ko.row is not None and ko.row == en.row, (
                f"{where}: {key} is not side by side: {ko} / {en}")
        return
    other = "en" if variant == "ko" else "ko"
    own = {s.text for s in release_texts(release, variant)}
    for shown in release_texts(release, other):
        if shown.text in own:
            continue
        leaked = [ln.text for ln in lines if shown.text in ln.text]
        assert not leaked, f"{where}: the {other} text of {shown.key} is shown: {leaked[0]!r}"
