"""Export a release as an HWPX (Hangul) document, in Korean, English or both.

Built on the shared walk (release_walker) like the DOCX and HTML exports: the
header table, headline, points with Hangul's own paragraph numbering and
bullets (□ / 1., ㅇ / °, -), notes (※ / *), the 붙임 list, the end mark and
photos. `both` is a two-column table, Korean left and English right, one row
per segment, as in the DOCX export. Every paragraph names one of the styles in
header.xml (hwpx_parts).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from dataclasses import dataclass
from typing import IO, Any

from mfa_desk.constants import (
    LEVEL2_MARKER,
    LEVEL3_MARKER,
    NOTE_MARKER,
    SUBHEADLINE_MARKER,
    Lang,
)
from mfa_desk.formats.embargo_stamp import STAMP_COLOR
from mfa_desk.formats.hwpx.hwpx_parts import (
    CELL_BORDER,
    LABEL_CELL,
    MIMETYPE,
    NO_BORDER,
    STAMP_BORDER,
    CharShape,
    HeaderSpec,
    ParaShape,
    StyleDef,
    container_xml,
    content_hpf,
    header_xml,
    hwpunit,
    manifest_xml,
    new_root,
    settings_xml,
    sub,
    version_xml,
    xml_bytes,
)
from mfa_desk.formats.letterhead import Letterhead
from mfa_desk.formats.release_walker import (
    ATTACHMENTS_LABEL,
    Block,
    Variant,
    WalkedRelease,
    uses_numbered_korean,
    walk_release,
)
from mfa_desk.model.release import Release

PAGE_WIDTH_MM = 210
A4_HWPUNIT = (59528, 84188)  # what Hangul writes for A4 (210 x 297 mm, rounded down)
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_SIDE_MM = 20, 18, 20
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_SIDE_MM
HEADER_LABEL_WIDTH_MM = 28
CELL_MARGIN_MM = 1.8
MAX_PHOTO_HEIGHT_MM = 190


@dataclass(frozen=True)
class Role:
    name: str  # the style's name in Hangul's style list
    eng_name: str  # the DOCX export's style of the same role
    char: CharShape
    para: ParaShape
    list_key: str = ""  # "points", "note", ...: paragraphs of a numbered or bulleted list
    level: int = 0


ROLES: dict[str, Role] = {role.eng_name: role for role in (
    Role("바탕글", "Normal", CharShape(11), ParaShape()),
    Role("MFA 문서종류", "MFA Banner", CharShape(22, bold=True, heading_font=True,
                                               color="#1B3A6B"),
         ParaShape(align="LEFT", after_pt=6, line_pct=100)),
    Role("MFA 머리표 항목", "MFA Header Label", CharShape(9.5, bold=True),
         ParaShape(align="LEFT", after_pt=0, line_pct=110)),
    Role("MFA 머리표 내용", "MFA Header Value", CharShape(9.5),
         ParaShape(align="LEFT", after_pt=0, line_pct=110)),
    Role("MFA 제목", "MFA Headline", CharShape(16, bold=True, heading_font=True),
         ParaShape(align="CENTER", before_pt=14, after_pt=6, line_pct=120,
                   keep_with_next=True)),
    Role("MFA 부제", "MFA Subheadline", CharShape(12, bold=True, heading_font=True),
         ParaShape(align="LEFT", after_pt=4, line_pct=120, keep_with_next=True),
         "subheadline"),
    Role("MFA 항목 1", "MFA Point 1", CharShape(11.5),
         ParaShape(before_pt=10, after_pt=3, line_pct=160), "points", 0),
    Role("MFA 항목 2", "MFA Point 2", CharShape(11),
         ParaShape(left_pt=12, before_pt=2, after_pt=3, line_pct=160), "points", 1),
    Role("MFA 항목 3", "MFA Point 3", CharShape(10.5),
         ParaShape(left_pt=24, after_pt=3, line_pct=160), "points", 2),
    Role("MFA 참고", "MFA Note", CharShape(10), ParaShape(before_pt=8, after_pt=2), "note"),
    Role("MFA 붙임 제목", "MFA Attachment Label", CharShape(11, bold=True),
         ParaShape(align="LEFT", before_pt=12, after_pt=2)),
    Role("MFA 붙임", "MFA Attachment", CharShape(11), ParaShape(align="LEFT", left_pt=12),
         "attachments"),
    Role("MFA 사진", "MFA Photo", CharShape(11), ParaShape(align="CENTER", before_pt=8)),
    Role("MFA 사진 설명", "MFA Photo Caption", CharShape(9), ParaShape(align="CENTER")),
    Role("MFA 끝", "MFA End Mark", CharShape(11), ParaShape(align="LEFT")),
    Role("MFA 비공식 번역", "MFA Unofficial Translation", CharShape(10),
         ParaShape(align="LEFT", before_pt=8)),
    Role("MFA 표 글자", "MFA Table Text", CharShape(10), ParaShape(align="LEFT", after_pt=0)),
    Role("MFA 엠바고", "MFA Embargo Stamp",
         CharShape(12, bold=True, color=f"#{STAMP_COLOR}"),
         ParaShape(align="LEFT", after_pt=6, line_pct=110, keep_with_next=True,
                   border=STAMP_BORDER)),
    Role("MFA 기관명", "MFA Letterhead",
         CharShape(13, bold=True, heading_font=True, color="#1B3A6B"),
         ParaShape(align="CENTER", after_pt=2, line_pct=110, keep_with_next=True)),
)}
_BLOCK_ROLE = {"headline": "MFA Headline", "subheadline": "MFA Subheadline",
               "note": "MFA Note", "attachments": "MFA Attachment",
               "end_mark": "MFA End Mark", "unofficial": "MFA Unofficial Translation"}


def list_markers(lang: str, numbered_korean: bool) -> dict[str, list[tuple[str, str]]]:
    """Per list, its levels as ("NUMBER", "^1.") or ("BULLET", glyph)."""
    first = ("BULLET", "□") if lang == "ko" and not numbered_korean else ("NUMBER", "^1.")
    return {"points": [first, ("BULLET", LEVEL2_MARKER[lang]), ("BULLET", LEVEL3_MARKER[lang])],
            "subheadline": [("BULLET", SUBHEADLINE_MARKER)],
            "note": [("BULLET", NOTE_MARKER[lang])],
            "attachments": [("NUMBER", "^1.")]}


class Styles:
    """Paragraph shapes, styles and list definitions of one document."""

    def __init__(self, walked: WalkedRelease) -> None:
        roles = list(ROLES.values())
        self.spec = HeaderSpec(chars=[r.char for r in roles], paras=[], styles=[],
                               numberings=[], bullets=[])
        self.shape: dict[tuple[str, str], tuple[int, int, int]] = {}  # (role, lang) ->
        numbered = uses_numbered_korean(walked)
        for index, role in enumerate(roles):
            for lang in walked.langs:
                heading = ("NONE", "0", 0)
                if role.list_key:
                    kind, value = list_markers(lang, numbered)[role.list_key][role.level]
                    heading = (kind, self._definition(kind, value, f"{role.list_key}-{lang}"),
                               role.level)
                para = ParaShape(**{**role.para.__dict__, "heading": heading})
                if para not in self.spec.paras:
                    self.spec.paras.append(para)
                self.shape[(role.eng_name, lang)] = (self.spec.paras.index(para), index, index)
            para_id = self.shape[(role.eng_name, walked.langs[0])][0]
            self.spec.styles.append(StyleDef(role.name, role.eng_name, para_id, index))

    def _definition(self, kind: str, value: str, list_name: str) -> str:
        if kind == "BULLET":
            if value not in self.spec.bullets:
                self.spec.bullets.append(value)
            return str(self.spec.bullets.index(value) + 1)
        # One numbering per list and language, so each counts on its own.
        self.spec.numberings.append([value])
        return str(len(self.spec.numberings))


class SectionBuilder:
    def __init__(self, walked: WalkedRelease, styles: Styles) -> None:
        self.walked = walked
        self.styles = styles
        self.next_id = 0
        self.images: list[tuple[str, str, str, bytes]] = []  # id, href, media type, data
        self.root = new_root("hs:sec")

    def paragraph(self, parent: Any, role: str, lang: str, text: str = "") -> Any:
        para_id, style_id, char_id = self.styles.shape[(role, lang)]
        p = sub(parent, "hp:p", id=self._id(), paraPrIDRef=para_id, styleIDRef=style_id,
                pageBreak=0, columnBreak=0, merged=0)
        run = sub(p, "hp:run", charPrIDRef=char_id)
        t = sub(run, "hp:t")
        last = None
        for i, line in enumerate(text.split("\n")):
            if i:
                last = sub(t, "hp:lineBreak")
            for j, piece in enumerate(line.split("\t")):
                if j:
                    last = sub(t, "hp:tab")
                if last is None:
                    t.text = (t.text or "") + piece
                else:
                    last.tail = (last.tail or "") + piece
        return p

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def table(self, parent: Any, lang: str, rows: list[tuple[str | None, ...]],
              widths_mm: tuple[float, ...]) -> list[list[Any]]:
        """A table in a paragraph of its own; returns each row's cell paragraph lists.

        `rows` gives per row the border fill of each cell (None: the plain border); a row
        of one cell spans all the columns."""
        p = self.paragraph(parent, "Normal", lang)
        run = p[0]
        run.remove(run[0])  # the anchor paragraph has no text
        width = sum(hwpunit(w) for w in widths_mm)
        row_height = hwpunit(8)
        tbl = sub(run, "hp:tbl", id=self._id(), zOrder=0, numberingType="TABLE",
                  textWrap="TOP_AND_BOTTOM", textFlow="BOTH_SIDES", lock=0, dropcapstyle="None",
                  pageBreak="CELL", repeatHeader=0, rowCnt=len(rows), colCnt=len(widths_mm),
                  cellSpacing=0, borderFillIDRef=CELL_BORDER, noAdjust=0)
        sub(tbl, "hp:sz", width=width, widthRelTo="ABSOLUTE", height=row_height * len(rows),
            heightRelTo="ABSOLUTE", protect=0)
        sub(tbl, "hp:pos", treatAsChar=1, affectLSpacing=0, flowWithText=1, allowOverlap=0,
            holdAnchorAndSO=0, vertRelTo="PARA", horzRelTo="COLUMN", vertAlign="TOP",
            horzAlign="LEFT", vertOffset=0, horzOffset=0)
        margin = hwpunit(CELL_MARGIN_MM)
        sub(tbl, "hp:outMargin", left=0, right=0, top=0, bottom=0)
        sub(tbl, "hp:inMargin", left=margin, right=margin, top=hwpunit(0.5), bottom=hwpunit(0.5))
        out = []
        for r, row in enumerate(rows):
            tr = sub(tbl, "hp:tr")
            cells = []
            for c, fill in enumerate(row):
                span = len(widths_mm) if len(row) == 1 else 1
                cell_width = width if span > 1 else hwpunit(widths_mm[c])
                tc = sub(tr, "hp:tc", name="", header=0, hasMargin=0, protect=0, editable=0,
                         dirty=0, borderFillIDRef=fill or CELL_BORDER)
                body = _sub_list(tc)
                sub(tc, "hp:cellAddr", colAddr=c, rowAddr=r)
                sub(tc, "hp:cellSpan", colSpan=span, rowSpan=1)
                sub(tc, "hp:cellSz", width=cell_width, height=row_height)
                sub(tc, "hp:cellMargin", left=margin, right=margin, top=hwpunit(0.5),
                    bottom=hwpunit(0.5))
                cells.append(body)
            out.append(cells)
        return out

    # ------------------------------------------------------------ content

    def header(self, parent: Any, lang: Lang, width_mm: float) -> None:
        self.paragraph(parent, "MFA Banner", lang, self.walked.banner[lang])
        rows = self.walked.header[lang]
        if not rows:
            return
        widths = (HEADER_LABEL_WIDTH_MM, width_mm - HEADER_LABEL_WIDTH_MM)
        cells = self.table(parent, lang, [(LABEL_CELL, None) for _ in rows], widths)
        for (label, value), row in zip(cells, rows, strict=True):
            self.paragraph(label, "MFA Header Label", lang, row.label)
            self.paragraph(value, "MFA Header Value", lang, row.value)

    def block(self, parent: Any, block: Block, lang: Lang, width_mm: float) -> None:
        text = block.texts.get(lang, "")
        if block.kind == "point":
            self.paragraph(parent, f"MFA Point {block.level}", lang, text)
        elif block.kind == "attachments":
            if block.number == 1:
                self.paragraph(parent, "MFA Attachment Label", lang, ATTACHMENTS_LABEL[lang])
            self.paragraph(parent, "MFA Attachment", lang, text)
        elif block.kind == "photo":
            self.picture(parent, block, (lang,), width_mm)
        elif block.kind in ("headline", "subheadline", "note") or text:
            self.paragraph(parent, _BLOCK_ROLE[block.kind], lang, text)

    def picture(self, parent: Any, block: Block, langs: tuple[Lang, ...],
                width_mm: float) -> None:
        """The photo in a paragraph of its own, its caption (one paragraph per language)
        in the picture's own caption below it, as Hangul's 캡션 넣기 makes it."""
        from mfa_desk.formats.image_size import height_ratio

        assert block.photo is not None
        ratio = height_ratio(block.photo.data) or 0.75
        if width_mm * ratio > MAX_PHOTO_HEIGHT_MM:  # a tall photo must fit on a page
            width_mm = MAX_PHOTO_HEIGHT_MM / ratio
        pic = self.image(parent, "MFA Photo", langs[0], block.photo.data,
                         block.photo.media_type, (width_mm, width_mm * ratio))
        w = hwpunit(width_mm)
        captions = [(lang, block.texts.get(lang, "")) for lang in langs]
        if any(text for _lang, text in captions):
            caption = sub(pic, "hp:caption", side="BOTTOM", fullSz=0, width=w,
                          gap=hwpunit(3), lastWidth=w)
            body = _sub_list(caption)
            for lang, text in captions:
                if text:
                    self.paragraph(body, "MFA Photo Caption", lang, text)
        sub(pic, "hp:shapeComment")

    def image(self, parent: Any, role: str, lang: str, data: bytes, media_type: str,
              size_mm: tuple[float, float]) -> Any:
        """A picture in a paragraph of its own, stored in BinData; returns the hp:pic,
        open for a caption and its closing hp:shapeComment."""
        jpeg = media_type == "image/jpeg"
        item_id = f"image{len(self.images) + 1}"
        href = f"BinData/{item_id}.{'jpg' if jpeg else 'png'}"
        self.images.append((item_id, href, media_type, data))
        w, h = hwpunit(size_mm[0]), hwpunit(size_mm[1])
        run = self.paragraph(parent, role, lang)[0]
        run.remove(run[0])
        pic = sub(run, "hp:pic", id=self._id(), zOrder=0, numberingType="PICTURE",
                  textWrap="TOP_AND_BOTTOM", textFlow="BOTH_SIDES", lock=0,
                  dropcapstyle="None", href="", groupLevel=0, instid=self.next_id, reverse=0)
        sub(pic, "hp:offset", x=0, y=0)
        sub(pic, "hp:orgSz", width=w, height=h)
        sub(pic, "hp:curSz", width=w, height=h)
        sub(pic, "hp:flip", horizontal=0, vertical=0)
        sub(pic, "hp:rotationInfo", angle=0, centerX=w // 2, centerY=h // 2, rotateimage=1)
        rendering = sub(pic, "hp:renderingInfo")
        for matrix in ("hc:transMatrix", "hc:scaMatrix", "hc:rotMatrix"):
            sub(rendering, matrix, e1=1, e2=0, e3=0, e4=0, e5=1, e6=0)
        rect = sub(pic, "hp:imgRect")
        for i, (x, y) in enumerate(((0, 0), (w, 0), (w, h), (0, h))):
            sub(rect, f"hc:pt{i}", x=x, y=y)
        sub(pic, "hp:imgClip", left=0, right=w, top=0, bottom=h)
        sub(pic, "hp:inMargin", left=0, right=0, top=0, bottom=0)
        sub(pic, "hp:imgDim", dimwidth=w, dimheight=h)
        sub(pic, "hc:img", binaryItemIDRef=item_id, bright=0, contrast=0, effect="REAL_PIC",
            alpha=0)
        sub(pic, "hp:effects")
        sub(pic, "hp:sz", width=w, height=h, widthRelTo="ABSOLUTE", heightRelTo="ABSOLUTE",
            protect=0)
        sub(pic, "hp:pos", treatAsChar=1, affectLSpacing=0, flowWithText=1, allowOverlap=0,
            holdAnchorAndSO=0, vertRelTo="PARA", horzRelTo="COLUMN", vertAlign="TOP",
            horzAlign="CENTER", vertOffset=0, horzOffset=0)
        sub(pic, "hp:outMargin", left=0, right=0, top=0, bottom=0)
        return pic

    def page_setup(self) -> None:
        """The section properties ride in the first paragraph's first run, as Hangul
        writes them."""
        first = self.root[0][0]
        sec = sub(first, "hp:secPr", id="", textDirection="HORIZONTAL", spaceColumns=1134,
                  tabStop=8000, tabStopVal=4000, tabStopUnit="HWPUNIT", outlineShapeIDRef=0,
                  memoShapeIDRef=0, textVerticalWidthHead=0, masterPageCnt=0)
        first.remove(sec)
        first.insert(0, sec)
        sub(sec, "hp:grid", lineGrid=0, charGrid=0, wonggojiFormat=0)
        sub(sec, "hp:startNum", pageStartsOn="BOTH", page=0, pic=0, tbl=0, equation=0)
        sub(sec, "hp:visibility", hideFirstHeader=0, hideFirstFooter=0, hideFirstMasterPage=0,
            border="SHOW_ALL", fill="SHOW_ALL", hideFirstPageNum=0, hideFirstEmptyLine=0,
            showLineNumber=0)
        sub(sec, "hp:lineNumberShape", restartType=0, countBy=0, distance=0, startNumber=0)
        page = sub(sec, "hp:pagePr", landscape="WIDELY", width=A4_HWPUNIT[0],
                   height=A4_HWPUNIT[1], gutterType="LEFT_ONLY")
        sub(page, "hp:margin", header=0, footer=0, gutter=0, left=hwpunit(MARGIN_SIDE_MM),
            right=hwpunit(MARGIN_SIDE_MM), top=hwpunit(MARGIN_TOP_MM),
            bottom=hwpunit(MARGIN_BOTTOM_MM))
        # Note and page-border settings as Hangul writes them in every section, so that
        # Hangul finds nothing to supply when it opens the file.
        for tag, place in (("hp:footNotePr", "EACH_COLUMN"), ("hp:endNotePr", "END_OF_DOCUMENT")):
            notes = sub(sec, tag)
            sub(notes, "hp:autoNumFormat", type="DIGIT", userChar="", prefixChar="",
                suffixChar=")", supscript=0)
            sub(notes, "hp:noteLine", length=-1, type="SOLID", width="0.12 mm", color="#000000")
            sub(notes, "hp:noteSpacing", betweenNotes=283, belowLine=567, aboveLine=850)
            sub(notes, "hp:numbering", type="CONTINUOUS", newNum=1)
            sub(notes, "hp:placement", place=place, beneathText=0)
        for pages in ("BOTH", "EVEN", "ODD"):
            border = sub(sec, "hp:pageBorderFill", type=pages, borderFillIDRef=NO_BORDER,
                         textBorder="PAPER", headerInside=0, footerInside=0, fillArea="PAPER")
            sub(border, "hp:offset", left=1417, right=1417, top=1417, bottom=1417)
        ctrl = sub(first, "hp:ctrl")
        first.remove(ctrl)
        sec.addnext(ctrl)
        sub(ctrl, "hp:colPr", id="", type="NEWSPAPER", layout="LEFT", colCount=1, sameSz=1,
            sameGap=0)


def _sub_list(parent: Any) -> Any:
    """The paragraph list of a table cell or a caption."""
    return sub(parent, "hp:subList", id="", textDirection="HORIZONTAL", lineWrap="BREAK",
               vertAlign="CENTER", linkListIDRef=0, linkListNextIDRef=0, textWidth=0,
               textHeight=0, hasTextRef=0, hasNumRef=0)


def build_section(walked: WalkedRelease, styles: Styles) -> SectionBuilder:
    from mfa_desk.formats.hwpx.hwpx_letterhead import add_top

    builder = SectionBuilder(walked, styles)
    root = builder.root
    add_top(builder, root, TEXT_WIDTH_MM)  # always one paragraph at least: the page set-up's
    if walked.variant != "both":
        lang = walked.langs[0]
        builder.header(root, lang, TEXT_WIDTH_MM)
        for block in walked.blocks:
            builder.block(root, block, lang, TEXT_WIDTH_MM)
    else:
        half = TEXT_WIDTH_MM / 2
        first = walked.langs[0]
        rows: list[tuple[str | None, ...]] = [(None, None)]
        for block in walked.blocks:
            # A photo spans both columns, with both captions below it.
            rows.append((None,) if block.kind == "photo" else (None, None))
        cells = builder.table(root, first, rows, (half, half))
        for cell, lang in zip(cells[0], walked.langs, strict=True):
            builder.header(cell, lang, half - 2 * CELL_MARGIN_MM)
        index = 1
        for block in walked.blocks:
            if block.kind == "photo":
                builder.picture(cells[index][0], block, walked.langs,
                                TEXT_WIDTH_MM - 2 * CELL_MARGIN_MM)
            else:
                for cell, lang in zip(cells[index], walked.langs, strict=True):
                    builder.block(cell, block, lang, half - 2 * CELL_MARGIN_MM)
            index += 1
        for row in cells:
            for cell in row:
                if not len(cell):
                    builder.paragraph(cell, "MFA Table Text", first)  # a cell needs one
    builder.page_setup()
    return builder


def export_hwpx(release: Release, lang: Variant, out: str | os.PathLike[str] | IO[bytes],
                now: dt.datetime | None = None, letterhead: Letterhead | None = None
                ) -> list[str]:
    """Write the HWPX to a path or binary stream; return warnings (dropped characters)."""
    walked = walk_release(release, lang, letterhead)
    styles = Styles(walked)
    section = build_section(walked, styles)
    from mfa_desk.formats.hwpx.hwpx_text import sections_digest
    from mfa_desk.formats.native.export_payload import payload_json

    payload = payload_json(release, walked.langs, sections_digest([section.root]))
    data = package_bytes(walked, styles, section, payload, now or dt.datetime.now(dt.UTC))
    if isinstance(out, (str, os.PathLike)):
        from pathlib import Path

        from mfa_desk.fileio import atomic_write_bytes

        atomic_write_bytes(Path(out), data)
    else:
        out.write(data)
    return list(walked.warnings)


def package_bytes(walked: WalkedRelease, styles: Styles, section: SectionBuilder,
                  payload: str, now: dt.datetime) -> bytes:
    """The zip: mimetype first and stored (as Hangul and the OCF container rule want),
    then the XML parts and images; every entry dated `now` for reproducible files."""
    stamp = now.astimezone(dt.UTC).timetuple()[:6]
    buffer = io.BytesIO()
    images = [(i, href, media) for i, href, media, _d in section.images]
    language = "ko" if "ko" in walked.langs else "en"
    parts = [
        ("version.xml", version_xml()),
        ("Contents/header.xml", header_xml(styles.spec)),
        ("Contents/section0.xml", xml_bytes(section.root)),
        ("Preview/PrvText.txt", preview_text(walked).encode("utf-8")),
        ("settings.xml", settings_xml()),
        ("META-INF/container.xml", container_xml()),
        ("META-INF/manifest.xml", manifest_xml()),
        ("Contents/content.hpf", content_hpf(walked.title, language, images, payload)),
    ]
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", stamp), MIMETYPE,
                    compress_type=zipfile.ZIP_STORED)
        for name, data in parts:
            zf.writestr(zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_DEFLATED)
        for _id, href, _media, data in section.images:
            zf.writestr(zipfile.ZipInfo(href, stamp), data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def preview_text(walked: WalkedRelease) -> str:
    """The plain text Hangul's file preview shows: the headline and the first lines."""
    lines = [walked.banner[walked.langs[0]]]
    lines += [b.texts.get(walked.langs[0], "") for b in walked.blocks if b.kind != "photo"]
    return "\r\n".join(line for line in lines if line)[:1024]
