"""The fixed parts of an exported HWPX package and its header.xml.

header.xml holds what Hangul applies by reference: font faces (함초롬바탕 for
the text, 맑은 고딕 for headings), character shapes, paragraph shapes (with
their numbering or bullet), the numbering and bullet definitions, and the named
paragraph styles a Hangul user sees in the style list ("MFA 항목 1", with the
DOCX export's English names as engName). Element order follows the OWPML
schema (KS X 6101); python-hwpx's validator checks it in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mfa_desk.formats.embargo_stamp import STAMP_COLOR

NS = {
    "ha": "http://www.hancom.co.kr/hwpml/2011/app",
    "hp": "http://www.hancom.co.kr/hwpml/2011/paragraph",
    "hp10": "http://www.hancom.co.kr/hwpml/2016/paragraph",
    "hs": "http://www.hancom.co.kr/hwpml/2011/section",
    "hc": "http://www.hancom.co.kr/hwpml/2011/core",
    "hh": "http://www.hancom.co.kr/hwpml/2011/head",
    "hhs": "http://www.hancom.co.kr/hwpml/2011/history",
    "hm": "http://www.hancom.co.kr/hwpml/2011/master-page",
    "hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "opf": "http://www.idpf.org/2007/opf/",
    "ooxmlchart": "http://www.hancom.co.kr/hwpml/2016/ooxmlchart",
    "hwpunitchar": "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar",
    "epub": "http://www.idpf.org/2007/ops",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}
MIMETYPE = b"application/hwp+zip"
FONT_LANGS = ("HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER")
FONT_SLOTS = ("hangul", "latin", "hanja", "japanese", "other", "symbol", "user")
BODY_FONT, HEADING_FONT = "함초롬바탕", "맑은 고딕"
HWPUNIT_PER_MM = 7200 / 25.4  # HWPUNIT: 1/7200 inch
NO_BORDER, CELL_BORDER, LABEL_CELL = "1", "2", "3"  # borderFill ids
STAMP_BORDER = "4"  # the embargo stamp's red box
LABEL_FILL = "#E8EDF4"


def q(tag: str) -> str:
    prefix, _, local = tag.partition(":")
    return f"{{{NS[prefix]}}}{local}"


def hwpunit(mm: float) -> int:
    return round(mm * HWPUNIT_PER_MM)


def sub(parent: Any, tag: str, **attrs: object) -> Any:
    from lxml import etree

    return etree.SubElement(parent, q(tag), {k: str(v) for k, v in attrs.items()})


def xml_bytes(root: Any) -> bytes:
    from lxml import etree

    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def new_root(tag: str, **attrs: object) -> Any:
    from lxml import etree

    return etree.Element(q(tag), {k: str(v) for k, v in attrs.items()}, nsmap=NS)


@dataclass(frozen=True)
class CharShape:
    size_pt: float
    bold: bool = False
    heading_font: bool = False
    color: str = "#000000"


@dataclass(frozen=True)
class ParaShape:
    align: str = "JUSTIFY"  # LEFT, CENTER, JUSTIFY
    left_pt: float = 0
    indent_pt: float = 0  # negative: a hanging marker
    before_pt: float = 0
    after_pt: float = 4
    line_pct: int = 160
    heading: tuple[str, str, int] = ("NONE", "0", 0)  # type, numbering/bullet id, level
    keep_with_next: bool = False
    border: str = NO_BORDER  # borderFill id of a box round the paragraph


@dataclass(frozen=True)
class StyleDef:
    name: str  # what a Hangul user sees
    eng_name: str  # the DOCX export's style name
    para: int  # paraPr id
    char: int  # charPr id


@dataclass
class HeaderSpec:
    chars: list[CharShape]
    paras: list[ParaShape]
    styles: list[StyleDef]
    numberings: list[list[str]]  # per numbering (id = index + 1): level texts ("^1.")
    bullets: list[str]  # per bullet (id = index + 1): its glyph


def _font_faces(ref_list: Any) -> None:
    faces = sub(ref_list, "hh:fontfaces", itemCnt=len(FONT_LANGS))
    for lang in FONT_LANGS:
        face = sub(faces, "hh:fontface", lang=lang, fontCnt=2)
        for i, (name, family) in enumerate(((BODY_FONT, "FCAT_MYUNGJO"),
                                            (HEADING_FONT, "FCAT_GOTHIC"))):
            font = sub(face, "hh:font", id=i, face=name, type="TTF", isEmbedded=0)
            sub(font, "hh:typeInfo", familyType=family, weight=6, proportion=4, contrast=0,
                strokeVariation=1, armStyle=1, letterform=1, midline=1, xHeight=1)


def _border_fills(ref_list: Any) -> None:
    fills = sub(ref_list, "hh:borderFills", itemCnt=4)
    for fill_id, line, fill in ((NO_BORDER, "NONE", None), (CELL_BORDER, "SOLID", None),
                                (LABEL_CELL, "SOLID", LABEL_FILL), (STAMP_BORDER, "SOLID", None)):
        stamp = fill_id == STAMP_BORDER
        bf = sub(fills, "hh:borderFill", id=fill_id, threeD=0, shadow=0, centerLine="NONE",
                 breakCellSeparateLine=0)
        sub(bf, "hh:slash", type="NONE", Crooked=0, isCounter=0)
        sub(bf, "hh:backSlash", type="NONE", Crooked=0, isCounter=0)
        for side in ("leftBorder", "rightBorder", "topBorder", "bottomBorder"):
            sub(bf, f"hh:{side}", type=line, width="0.4 mm" if stamp else "0.12 mm",
                color=f"#{STAMP_COLOR}" if stamp else "#000000")
        sub(bf, "hh:diagonal", type="NONE", width="0.1 mm", color="#000000")
        if fill:
            brush = sub(bf, "hc:fillBrush")
            sub(brush, "hc:winBrush", faceColor=fill, hatchColor="#000000", alpha=0)


def _char_properties(ref_list: Any, chars: list[CharShape]) -> None:
    props = sub(ref_list, "hh:charProperties", itemCnt=len(chars))
    for i, shape in enumerate(chars):
        pr = sub(props, "hh:charPr", id=i, height=round(shape.size_pt * 100),
                 textColor=shape.color, shadeColor="none", useFontSpace=0, useKerning=0,
                 symMark="NONE", borderFillIDRef=NO_BORDER)
        font = 1 if shape.heading_font else 0
        sub(pr, "hh:fontRef", **{slot: font for slot in FONT_SLOTS})
        sub(pr, "hh:ratio", **{slot: 100 for slot in FONT_SLOTS})
        sub(pr, "hh:spacing", **{slot: 0 for slot in FONT_SLOTS})
        sub(pr, "hh:relSz", **{slot: 100 for slot in FONT_SLOTS})
        sub(pr, "hh:offset", **{slot: 0 for slot in FONT_SLOTS})
        if shape.bold:
            sub(pr, "hh:bold")
        sub(pr, "hh:underline", type="NONE", shape="SOLID", color="#000000")
        sub(pr, "hh:strikeout", shape="NONE", color="#000000")
        sub(pr, "hh:outline", type="NONE")
        sub(pr, "hh:shadow", type="NONE", color="#C0C0C0", offsetX=10, offsetY=10)


def _para_head(parent: Any, level: int, text: str | None, **extra: object) -> None:
    head = sub(parent, "hh:paraHead", **extra, level=level, align="LEFT", useInstWidth=0,
               autoIndent=1, widthAdjust=0, textOffsetType="PERCENT", textOffset=50,
               numFormat="DIGIT", charPrIDRef=4294967295, checkable=0)
    if text is not None:
        head.text = text


def _numbering(ref_list: Any, spec: HeaderSpec) -> None:
    numberings = sub(ref_list, "hh:numberings", itemCnt=len(spec.numberings))
    for i, levels in enumerate(spec.numberings):
        numbering = sub(numberings, "hh:numbering", id=i + 1, start=0)
        for level, text in enumerate(levels, start=1):
            _para_head(numbering, level, text, start=1)
    bullets = sub(ref_list, "hh:bullets", itemCnt=len(spec.bullets))
    for i, glyph in enumerate(spec.bullets):
        bullet = sub(bullets, "hh:bullet", id=i + 1, char=glyph, useImage=0)
        _para_head(bullet, 0, None)


def _para_properties(ref_list: Any, paras: list[ParaShape]) -> None:
    props = sub(ref_list, "hh:paraProperties", itemCnt=len(paras))
    for i, shape in enumerate(paras):
        pr = sub(props, "hh:paraPr", id=i, tabPrIDRef=0, condense=0, fontLineHeight=0,
                 snapToGrid=1, suppressLineNumbers=0, checked=0)
        sub(pr, "hh:align", horizontal=shape.align, vertical="BASELINE")
        kind, ref, level = shape.heading
        sub(pr, "hh:heading", type=kind, idRef=ref, level=level)
        sub(pr, "hh:breakSetting", breakLatinWord="KEEP_WORD", breakNonLatinWord="KEEP_WORD",
            widowOrphan=0, keepWithNext=int(shape.keep_with_next), keepLines=0,
            pageBreakBefore=0, lineWrap="BREAK")
        sub(pr, "hh:autoSpacing", eAsianEng=0, eAsianNum=0)
        # Hangul writes the margins twice: for readers that know character units and
        # for those that do not; both say the same in HWPUNIT here.
        switch = sub(pr, "hp:switch")
        case = sub(switch, "hp:case")
        case.set(q("hp:required-namespace"), NS["hwpunitchar"])
        for branch in (case, sub(switch, "hp:default")):
            margin = sub(branch, "hh:margin")
            for name, pt in (("intent", shape.indent_pt), ("left", shape.left_pt),
                             ("right", 0), ("prev", shape.before_pt),
                             ("next", shape.after_pt)):
                sub(margin, f"hc:{name}", value=round(pt * 100), unit="HWPUNIT")
            sub(branch, "hh:lineSpacing", type="PERCENT", value=shape.line_pct,
                unit="HWPUNIT")
        gap = 0 if shape.border == NO_BORDER else hwpunit(1.2)  # text off the box's edge
        sub(pr, "hh:border", borderFillIDRef=shape.border, offsetLeft=gap, offsetRight=gap,
            offsetTop=gap, offsetBottom=gap, connect=0, ignoreMargin=0)


def header_xml(spec: HeaderSpec) -> bytes:
    head = new_root("hh:head", version="1.5", secCnt=1)
    sub(head, "hh:beginNum", page=1, footnote=1, endnote=1, pic=1, tbl=1, equation=1)
    ref_list = sub(head, "hh:refList")
    _font_faces(ref_list)
    _border_fills(ref_list)
    _char_properties(ref_list, spec.chars)
    tabs = sub(ref_list, "hh:tabProperties", itemCnt=1)
    sub(tabs, "hh:tabPr", id=0, autoTabLeft=0, autoTabRight=0)
    _numbering(ref_list, spec)
    _para_properties(ref_list, spec.paras)
    styles = sub(ref_list, "hh:styles", itemCnt=len(spec.styles))
    for i, style in enumerate(spec.styles):
        sub(styles, "hh:style", id=i, type="PARA", name=style.name, engName=style.eng_name,
            paraPrIDRef=style.para, charPrIDRef=style.char, nextStyleIDRef=i, langID=1042,
            lockForm=0)
    compat = sub(head, "hh:compatibleDocument", targetProgram="HWP201X")
    sub(compat, "hh:layoutCompatibility")
    sub(head, "hh:trackchangeConfig", flags=56)
    return xml_bytes(head)


# ---------------------------------------------------------------- package parts


def version_xml() -> bytes:
    root = new_root("ha:HCFVersion", tagetApplication="WORDPROCESSOR", major=5, minor=1,
                    micro=1, buildNumber=0, os=1, xmlVersion="1.5", application="MFA Desk",
                    appVersion="1")
    return xml_bytes(root)


def container_xml() -> bytes:
    from lxml import etree

    ocf = "urn:oasis:names:tc:opendocument:xmlns:container"
    root = etree.Element(f"{{{ocf}}}container", nsmap={"ocf": ocf, "hpf": NS["hpf"]})
    files = etree.SubElement(root, f"{{{ocf}}}rootfiles")
    for path, media in (("Contents/content.hpf", "application/hwpml-package+xml"),
                        ("Preview/PrvText.txt", "text/plain")):
        etree.SubElement(files, f"{{{ocf}}}rootfile", {"full-path": path, "media-type": media})
    return xml_bytes(root)


def manifest_xml() -> bytes:
    from lxml import etree

    odf = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    return xml_bytes(etree.Element(f"{{{odf}}}manifest", nsmap={"odf": odf}))


PAYLOAD_META = "mfadesk-release"


def content_hpf(title: str, language: str, images: list[tuple[str, str, str]],
                payload: str = "") -> bytes:
    """The package manifest: header, section, settings and images (id, href, media type);
    the release itself (export_payload) as a metadata entry, so that importing our own
    export restores it exactly."""
    root = new_root("opf:package", version="", **{"unique-identifier": "", "id": ""})
    meta = sub(root, "opf:metadata")
    sub(meta, "opf:title").text = title
    sub(meta, "opf:language").text = language
    sub(meta, "opf:meta", name="creator", content="text").text = "MFA Desk"
    if payload:
        sub(meta, "opf:meta", name=PAYLOAD_META, content="text").text = payload
    manifest = sub(root, "opf:manifest")
    sub(manifest, "opf:item", id="header", href="Contents/header.xml",
        **{"media-type": "application/xml"})
    sub(manifest, "opf:item", id="section0", href="Contents/section0.xml",
        **{"media-type": "application/xml"})
    sub(manifest, "opf:item", id="settings", href="settings.xml",
        **{"media-type": "application/xml"})
    for item_id, href, media in images:
        sub(manifest, "opf:item", id=item_id, href=href, isEmbeded=1,
            **{"media-type": media})
    spine = sub(root, "opf:spine")
    sub(spine, "opf:itemref", idref="header", linear="yes")
    sub(spine, "opf:itemref", idref="section0", linear="yes")
    return xml_bytes(root)


def settings_xml() -> bytes:
    root = new_root("ha:HWPApplicationSetting")
    sub(root, "ha:CaretPosition", listIDRef=0, paraIDRef=0, pos=0)
    return xml_bytes(root)
