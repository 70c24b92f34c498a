"""Named paragraph styles of an exported release, so a Word user can restyle it.

Runs carry no direct formatting except their language; size, weight, spacing
and indentation live in these styles. Korean text uses the East Asian font
slot (`w:rFonts w:eastAsia`), which python-docx has no API for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LATIN_FONT = "Arial"
KOREAN_FONT = "Malgun Gothic"
KOREAN_FONT_LOCAL_NAME = "맑은 고딕"
LANG_TAGS = {"ko": "ko-KR", "en_US": "en-US", "en_GB": "en-GB"}


@dataclass(frozen=True)
class StyleSpec:
    name: str
    size_pt: float
    bold: bool = False
    italic: bool = False
    space_before_pt: float = 0
    space_after_pt: float = 4
    line_spacing: float = 1.3
    align: str = "left"  # left, center, right
    keep_with_next: bool = False
    color: str | None = None


# Style names are what a Word user sees in the style gallery.
BANNER = "MFA Banner"
HEADER_LABEL = "MFA Header Label"
HEADER_VALUE = "MFA Header Value"
HEADLINE = "MFA Headline"
SUBHEADLINE = "MFA Subheadline"
POINT = ("MFA Point 1", "MFA Point 2", "MFA Point 3")
NOTE = "MFA Note"
ATTACHMENT_LABEL = "MFA Attachment Label"
ATTACHMENT = "MFA Attachment"
PHOTO = "MFA Photo"
CAPTION = "MFA Photo Caption"
END_MARK = "MFA End Mark"
UNOFFICIAL = "MFA Unofficial Translation"
CELL = "MFA Table Text"
STAMP = "MFA Embargo Stamp"
LETTERHEAD = "MFA Letterhead"

STYLES = (
    StyleSpec(BANNER, 22, bold=True, space_after_pt=6, line_spacing=1.0, color="1B3A6B"),
    StyleSpec(HEADER_LABEL, 9.5, bold=True, space_after_pt=0, line_spacing=1.1),
    StyleSpec(HEADER_VALUE, 9.5, space_after_pt=0, line_spacing=1.1),
    StyleSpec(HEADLINE, 16, bold=True, space_before_pt=14, space_after_pt=6, line_spacing=1.2,
              align="center", keep_with_next=True),
    StyleSpec(SUBHEADLINE, 12, bold=True, space_after_pt=4, line_spacing=1.2,
              keep_with_next=True),
    StyleSpec(POINT[0], 11.5, space_before_pt=10, space_after_pt=3, line_spacing=1.35),
    StyleSpec(POINT[1], 11, space_before_pt=2, space_after_pt=3, line_spacing=1.35),
    StyleSpec(POINT[2], 10.5, space_after_pt=3, line_spacing=1.3),
    StyleSpec(NOTE, 10, space_before_pt=8, space_after_pt=2, line_spacing=1.25),
    StyleSpec(ATTACHMENT_LABEL, 11, bold=True, space_before_pt=16, space_after_pt=2,
              keep_with_next=True),
    StyleSpec(ATTACHMENT, 11, space_after_pt=2),
    StyleSpec(PHOTO, 11, space_before_pt=14, space_after_pt=2, align="center",
              keep_with_next=True),
    StyleSpec(CAPTION, 9.5, space_after_pt=8, align="center", color="333333"),
    StyleSpec(END_MARK, 11, bold=True, space_before_pt=8, align="right"),
    StyleSpec(UNOFFICIAL, 10, italic=True, space_before_pt=12, color="444444"),
    StyleSpec(STAMP, 12, bold=True, space_after_pt=6, line_spacing=1.1, color="B00020",
              keep_with_next=True),
    StyleSpec(LETTERHEAD, 13, bold=True, space_after_pt=2, line_spacing=1.1, align="center",
              keep_with_next=True, color="1B3A6B"),
)


def setup_styles(document: Any, english_variant: str) -> None:
    """Document defaults (fonts, language) and every MFA style."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    _set_defaults(document, english_variant)
    aligns = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
              "right": WD_ALIGN_PARAGRAPH.RIGHT}
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    for spec in STYLES:
        style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(spec.size_pt)
        style.font.bold = spec.bold or None
        style.font.italic = spec.italic or None
        if spec.color:
            style.font.color.rgb = RGBColor.from_string(spec.color)
        fmt = style.paragraph_format
        fmt.space_before = Pt(spec.space_before_pt)
        fmt.space_after = Pt(spec.space_after_pt)
        fmt.line_spacing = spec.line_spacing
        fmt.alignment = aligns[spec.align]
        if spec.keep_with_next:
            fmt.keep_with_next = True
        _no_autospace(style.element.get_or_add_pPr())
    cell = styles.add_style(CELL, WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.paragraph_format.space_after = Pt(0)
    _no_autospace(normal.element.get_or_add_pPr())


KEEP_TEMPLATE_STYLES = {"Normal", "Default Paragraph Font", "Normal Table", "No List",
                        "Table Grid"}


def prune_template(document: Any) -> None:
    """Drop what python-docx's template carries but a release does not use: its
    thumbnail (a picture of another document), stylesWithEffects, its custom XML
    item, and ~270 unused styles (keeps the file small and quick to write)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    styles_with_effects = ("http://schemas.microsoft.com/office/2007/relationships/"
                           "stylesWithEffects")
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype in (styles_with_effects, RT.CUSTOM_XML):
            del document.part.rels[rid]
    styles = document.styles.element
    for style in styles.findall(_w("style")):
        name = style.find(_w("name"))
        if name is None or name.get(_w("val")) not in KEEP_TEMPLATE_STYLES:
            styles.remove(style)
    latent = styles.find(_w("latentStyles"))
    if latent is not None:
        styles.remove(latent)


def _no_autospace(ppr: Any) -> None:
    """No automatic space between Hangul and Latin letters or digits ("제2차", not
    "제 2 차"); set on every style because LibreOffice ignores the document default."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    successors = ("w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                  "w:pPrChange")
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "0")
        ppr.insert_element_before(el, *successors)


def _set_defaults(document: Any, english_variant: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    styles = document.styles.element
    doc_defaults = styles.find(_w("docDefaults"))
    if doc_defaults is not None:
        styles.remove(doc_defaults)
    en_tag = LANG_TAGS.get(english_variant, "en-US")
    styles.insert(0, parse_xml(
        f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" '
        f'w:eastAsia="{KOREAN_FONT}" w:cs="{LATIN_FONT}"/>'
        f'<w:sz w:val="22"/><w:szCs w:val="22"/>'
        f'<w:lang w:val="{en_tag}" w:eastAsia="ko-KR" w:bidi="ar-SA"/>'
        f'</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        # No automatic space between Hangul and Latin letters or digits: Korean
        # typesetting writes "제2차", not "제 2 차".
        f'<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
        f'<w:spacing w:after="80" w:line="312" w:lineRule="auto"/>'
        f'</w:pPr></w:pPrDefault></w:docDefaults>'))
    # The template's Normal style names its own fonts; the defaults above must win.
    for rfonts in styles.iter(_w("rFonts")):
        if rfonts.getparent().getparent().tag == _w("style"):
            for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                rfonts.attrib.pop(_w(attr), None)


def add_font_table_entry(document: Any) -> None:
    """Name Malgun Gothic with its Korean name and Hangul charset, so Word and
    LibreOffice substitute a Korean sans-serif font where it is not installed."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    root = _font_table(document)
    if root is None:
        return
    for font in root.findall(_w("font")):
        if font.get(_w("name")) == KOREAN_FONT:
            root.remove(font)
    root.append(parse_xml(
        f'<w:font {nsdecls("w")} w:name="{KOREAN_FONT}">'
        f'<w:altName w:val="{KOREAN_FONT_LOCAL_NAME}"/>'
        f'<w:panose1 w:val="020B0503020000020004"/><w:charset w:val="81"/>'
        f'<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'))


def _font_table(document: Any) -> Any:
    """The root element of the document's font table, edited in place (None: no table).

    python-docx loads word/fontTable.xml as an opaque Part (bytes): it has no class for
    that content type. Its public XmlPart.load builds the same part as parsed XML, and
    load_rel puts it under the relationship's own rId, which keeps the relationship's
    place, id and target: the saved package differs only by the edit."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import XmlPart

    owner = document.part
    for rel_id, rel in owner.rels.items():
        if rel.reltype != RT.FONT_TABLE or rel.is_external:
            continue
        part = rel.target_part
        if not isinstance(part, XmlPart):
            part = XmlPart.load(part.partname, part.content_type, part.blob, part.package)
            owner.load_rel(RT.FONT_TABLE, part, rel_id)
        return part.element
    return None


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")
