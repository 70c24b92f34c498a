"""Real Word list numbering (numbering.xml) for exported releases.

python-docx has no numbering API, so the definitions are written as oxml
elements. Each list (points, notes, sub-headlines, attachments) gets its own
<w:num> per language, so Word renumbers a list when a user inserts or removes
a paragraph, and the Korean and English columns of a side-by-side table count
independently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mfa_desk.constants import (
    KO_LEVEL1_BOX,
    KO_NUMBERING_NUMBER,
    LEVEL2_MARKER,
    LEVEL3_MARKER,
    NOTE_MARKER,
    SUBHEADLINE_MARKER,
)

# Indents in twentieths of a point: marker hanging at `left - hanging`.
POINT_INDENT = ((360, 360), (720, 360), (1080, 360))
# Bullet glyphs: the Korean font holds □, ㅇ and ※; English markers use the Latin font.
BULLET_FONT = {"ko": "Malgun Gothic", "en": "Arial"}


@dataclass(frozen=True)
class Level:
    fmt: str  # "decimal" or "bullet"
    text: str  # lvlText: "%1." or the bullet glyph
    left: int
    hanging: int
    font: str = ""  # bullets: the font that draws the glyph


def _point_levels(lang: str, korean_numbering: str) -> list[Level]:
    if lang == "ko" and korean_numbering != KO_NUMBERING_NUMBER:
        first = Level("bullet", KO_LEVEL1_BOX, *POINT_INDENT[0])
    else:
        first = Level("decimal", "%1.", *POINT_INDENT[0])
    return [first, Level("bullet", LEVEL2_MARKER[lang], *POINT_INDENT[1]),
            Level("bullet", LEVEL3_MARKER[lang], *POINT_INDENT[2])]


def list_definitions(langs: tuple[str, ...], korean_numbering: str
                     ) -> dict[str, list[Level]]:
    """The lists a document uses, keyed "<purpose>-<lang>", in a stable order."""
    lists: dict[str, list[Level]] = {}
    for lang in langs:
        font = BULLET_FONT[lang]
        lists[f"points-{lang}"] = [
            Level(lvl.fmt, lvl.text, lvl.left, lvl.hanging, font if lvl.fmt == "bullet" else "")
            for lvl in _point_levels(lang, korean_numbering)]
        lists[f"subheadline-{lang}"] = [Level("bullet", SUBHEADLINE_MARKER, 360, 360, font)]
        lists[f"note-{lang}"] = [Level("bullet", NOTE_MARKER[lang], 360, 360, font)]
        lists[f"attachments-{lang}"] = [Level("decimal", "%1.", 360, 360)]
    return lists


def add_numbering(document: Any, langs: tuple[str, ...], korean_numbering: str
                  ) -> dict[str, int]:
    """Write the definitions into numbering.xml; return list key -> numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    # The template's lists point at styles the export drops; a release uses only its own.
    for old in numbering.findall(_w("abstractNum")) + numbering.findall(_w("num")):
        numbering.remove(old)
    used_abstract = [int(a.get(_w("abstractNumId"))) for a in numbering.findall(_w("abstractNum"))]
    used_num = [int(n.get(_w("numId"))) for n in numbering.findall(_w("num"))]
    next_abstract = max(used_abstract, default=-1) + 1
    next_num = max(used_num, default=0) + 1
    ids: dict[str, int] = {}
    abstracts: list[Any] = []
    nums: list[Any] = []
    for offset, (key, levels) in enumerate(list_definitions(langs, korean_numbering).items()):
        abstract_id, num_id = next_abstract + offset, next_num + offset
        lvls = "".join(_lvl_xml(i, lvl) for i, lvl in enumerate(levels))
        kind = "hybridMultilevel" if len(levels) > 1 else "singleLevel"
        abstracts.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="{kind}"/>'
            f'<w:name w:val="MFA {key}"/>{lvls}</w:abstractNum>'))
        nums.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                              f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
        ids[key] = num_id
    # Schema order: every abstractNum before the first num.
    first_num = numbering.find(_w("num"))
    for abstract in abstracts:
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    for num in nums:
        numbering.append(num)
    return ids


def _lvl_xml(ilvl: int, level: Level) -> str:
    # html.escape, not xml.sax.saxutils.quoteattr: saxutils imports urllib.request,
    # http.client, ssl and email (16 ms of every `mfa-desk export` to DOCX).
    from html import escape

    font = ""
    if level.font:
        # The glyph must come from a font that has it, whatever the paragraph's font.
        font = (f'<w:rPr><w:rFonts w:ascii="{level.font}" w:hAnsi="{level.font}" '
                f'w:eastAsia="{level.font}"/></w:rPr>')
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{level.fmt}"/>'
            f'<w:lvlText w:val="{escape(level.text, quote=True)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{level.left}" w:hanging="{level.hanging}"/></w:pPr>'
            f'{font}</w:lvl>')


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")
