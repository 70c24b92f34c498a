"""Export a release as a Word document (python-docx), in Korean, English or both.

The document uses named styles (docx_styles), real list numbering
(docx_numbering) and carries the release in a custom XML part so that
`import_docx` restores it exactly. `--lang both` is a two-column table, one
row per segment, Korean left and English right.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
from collections.abc import Iterator
from typing import IO, Any

from mfa_desk.formats.release_walker import Block, Variant, WalkedRelease, walk_release
from mfa_desk.model.release import Release

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_SIDE_MM = 20, 18, 20
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_SIDE_MM
CELL_MARGIN_MM = 4  # Word's default left+right cell padding (3.8 mm), rounded up
HEADER_LABEL_WIDTH_MM = 28
LABEL_SHADING = "E8EDF4"
PAYLOAD_NAMESPACE = "urn:mfa-desk:export"
PAYLOAD_PARTNAME = "/customXml/mfadesk1.xml"
PAYLOAD_PROPS_PARTNAME = "/customXml/mfadeskProps1.xml"


def export_docx(release: Release, lang: Variant, out: str | os.PathLike[str] | IO[bytes],
                now: dt.datetime | None = None) -> list[str]:
    """Write the DOCX to a path or binary stream; return warnings (dropped characters)."""
    from docx import Document

    from mfa_desk.formats import docx_styles as st
    from mfa_desk.formats.docx_numbering import add_numbering
    from mfa_desk.formats.export_payload import payload_json

    walked = walk_release(release, lang)
    doc = Document()
    _page_setup(doc)
    st.prune_template(doc)
    st.setup_styles(doc, release.english_variant)
    st.add_font_table_entry(doc)
    num_ids = add_numbering(doc, walked.langs, walked.korean_numbering)
    writer = _Writer(doc, walked, num_ids, release.english_variant)
    if walked.variant == "both":
        writer.write_side_by_side()
    else:
        writer.write_single()
    _properties(doc, release, walked, now or dt.datetime.now(dt.UTC))
    digest = body_digest(doc.element.body)
    _add_payload(doc, payload_json(release, walked.langs, digest), digest)
    if isinstance(out, (str, os.PathLike)):
        from pathlib import Path

        from mfa_desk.formats.mfadesk_file import atomic_write_bytes

        buffer = io.BytesIO()
        doc.save(buffer)
        atomic_write_bytes(Path(out), buffer.getvalue())
    else:
        doc.save(out)
    return list(walked.warnings)


def body_text_pieces(body: Any) -> Iterator[str]:
    """The visible text and structure of a body: what an edit in Word changes."""
    from docx.oxml.ns import qn

    t_tag, tab_tag, br_tag, p_tag = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:p")
    r_tag, style_tag, ilvl_tag, val = qn("w:r"), qn("w:pStyle"), qn("w:ilvl"), qn("w:val")
    for el in body.iter(t_tag, tab_tag, br_tag, p_tag):
        if el.tag == t_tag:
            yield el.text or ""
        elif el.tag == p_tag:
            style = el.find(f"{qn('w:pPr')}/{style_tag}")
            ilvl = el.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{ilvl_tag}")
            yield ("\u2029" + (style.get(val, "") if style is not None else "") + ":"
                   + (ilvl.get(val, "") if ilvl is not None else ""))
        elif el.getparent() is not None and el.getparent().tag == r_tag:
            yield "\t" if el.tag == tab_tag else "\n"


def body_digest(body: Any) -> str:
    from mfa_desk.formats.export_payload import text_digest

    return text_digest(body_text_pieces(body))


def _page_setup(doc: Any) -> None:
    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin = section.right_margin = Mm(MARGIN_SIDE_MM)


class _Writer:
    """Renders walked blocks into the document body or into table cells."""

    def __init__(self, doc: Any, walked: WalkedRelease, num_ids: dict[str, int],
                 english_variant: str) -> None:
        from mfa_desk.formats.docx_styles import LANG_TAGS

        self.doc = doc
        self.walked = walked
        self.num_ids = num_ids
        self.lang_tags = {"ko": LANG_TAGS["ko"],
                          "en": LANG_TAGS.get(english_variant, "en-US")}

    # ------------------------------------------------------------ layouts

    def write_single(self) -> None:
        lang = self.walked.langs[0]
        self._header(self.doc, lang, TEXT_WIDTH_MM)
        for block in self.walked.blocks:
            self._block(self.doc, block, lang, TEXT_WIDTH_MM)

    def write_side_by_side(self) -> None:
        from docx.shared import Mm

        half = TEXT_WIDTH_MM / 2
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        _fix_widths(table, (half, half))
        row = self._row(table, half)
        for cell, lang in zip(row.cells, self.walked.langs, strict=True):
            self._header(cell, lang, half - CELL_MARGIN_MM)
        for block in self.walked.blocks:
            if block.kind == "photo":
                row = self._row(table, half)
                merged = row.cells[0].merge(row.cells[1])
                merged.width = Mm(TEXT_WIDTH_MM)
                self._picture(merged, block, TEXT_WIDTH_MM - CELL_MARGIN_MM)
                row = self._row(table, half)
                for cell, lang in zip(row.cells, self.walked.langs, strict=True):
                    self._caption(cell, block, lang)
                continue
            row = self._row(table, half)
            for cell, lang in zip(row.cells, self.walked.langs, strict=True):
                self._block(cell, block, lang, half - CELL_MARGIN_MM)
        for row in table.rows:
            for cell in row.cells:
                _drop_leading_empty_paragraph(cell)

    def _row(self, table: Any, width_mm: float) -> Any:
        from docx.shared import Mm

        row = table.add_row()
        for cell in row.cells:
            cell.width = Mm(width_mm)
        return row

    # ------------------------------------------------------------ header

    def _header(self, container: Any, lang: str, width_mm: float) -> None:
        from docx.shared import Mm

        from mfa_desk.formats import docx_styles as st

        self._paragraph(container, st.BANNER, self.walked.banner[lang], lang)
        rows = self.walked.header[lang]
        if not rows:
            return
        table = container.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        _fix_widths(table, (HEADER_LABEL_WIDTH_MM, width_mm - HEADER_LABEL_WIDTH_MM))
        for header_row in rows:
            cells = table.add_row().cells
            cells[0].width = Mm(HEADER_LABEL_WIDTH_MM)
            cells[1].width = Mm(width_mm - HEADER_LABEL_WIDTH_MM)
            _shade(cells[0], LABEL_SHADING)
            self._fill(cells[0], st.HEADER_LABEL, header_row.label, lang)
            self._fill(cells[1], st.HEADER_VALUE, header_row.value, lang)

    # ------------------------------------------------------------ blocks

    def _block(self, container: Any, block: Block, lang: str, width_mm: float) -> None:
        from mfa_desk.formats import docx_styles as st
        from mfa_desk.formats.release_walker import ATTACHMENTS_LABEL

        text = block.texts.get(lang, "")
        kind = block.kind
        if kind == "headline":
            self._paragraph(container, st.HEADLINE, text, lang)
        elif kind == "subheadline":
            self._paragraph(container, st.SUBHEADLINE, text, lang, f"subheadline-{lang}")
        elif kind == "point":
            self._paragraph(container, st.POINT[block.level - 1], text, lang,
                            f"points-{lang}", block.level - 1)
        elif kind == "note":
            self._paragraph(container, st.NOTE, text, lang, f"note-{lang}")
        elif kind == "attachments":
            if block.number == 1:
                self._paragraph(container, st.ATTACHMENT_LABEL, ATTACHMENTS_LABEL[lang], lang)
            self._paragraph(container, st.ATTACHMENT, text, lang, f"attachments-{lang}")
        elif kind == "photo":
            self._picture(container, block, width_mm)
            self._caption(container, block, lang)
        elif kind == "end_mark":
            if text:
                self._paragraph(container, st.END_MARK, text, lang)
        elif text:
            self._paragraph(container, st.UNOFFICIAL, text, lang)

    def _picture(self, container: Any, block: Block, width_mm: float) -> None:
        from docx.shared import Mm

        from mfa_desk.formats import docx_styles as st

        assert block.photo is not None
        paragraph = container.add_paragraph(style=st.PHOTO)
        paragraph.add_run().add_picture(io.BytesIO(block.photo.data), width=Mm(width_mm))

    def _caption(self, container: Any, block: Block, lang: str) -> None:
        from mfa_desk.formats import docx_styles as st

        self._paragraph(container, st.CAPTION, block.texts.get(lang, ""), lang)

    def _paragraph(self, container: Any, style: str, text: str, lang: str,
                   list_key: str | None = None, ilvl: int = 0) -> Any:
        from mfa_desk.formats.docx_numbering import set_numbering

        paragraph = container.add_paragraph(style=style)
        if list_key is not None:
            set_numbering(paragraph, self.num_ids[list_key], ilvl)
        self._run(paragraph, text, lang)
        return paragraph

    def _fill(self, cell: Any, style: str, text: str, lang: str) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.style = self.doc.styles[style]
        self._run(paragraph, text, lang)

    def _run(self, paragraph: Any, text: str, lang: str) -> None:
        """One run with the language set, so Word spell-checks the right language."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        if not text:
            return
        run = paragraph.add_run(text)
        rpr = run._r.get_or_add_rPr()
        lang_el = OxmlElement("w:lang")
        lang_el.set(qn("w:val"), self.lang_tags[lang])
        lang_el.set(qn("w:eastAsia"), "ko-KR")
        rpr.append(lang_el)


def _drop_leading_empty_paragraph(cell: Any) -> None:
    """A new cell starts with an empty paragraph; drop it when content follows."""
    paragraphs = cell.paragraphs
    first = paragraphs[0]._p if paragraphs else None
    if first is not None and len(cell._tc) > 2 and not first.xpath("./w:r|./w:pPr/w:numPr"):
        if first.getnext() is not None:
            cell._tc.remove(first)


def _fix_widths(table: Any, widths_mm: tuple[float, ...]) -> None:
    """Fixed layout with explicit grid columns: LibreOffice sizes columns by the grid."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(Mm(width).twips))
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(Mm(sum(widths_mm)).twips))


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _properties(doc: Any, release: Release, walked: WalkedRelease, now: dt.datetime) -> None:
    from mfa_desk.formats.docx_styles import LANG_TAGS

    props = doc.core_properties
    props.title = walked.title
    props.subject = " / ".join(walked.banner[lang] for lang in walked.langs)
    props.language = ", ".join(
        LANG_TAGS["ko"] if lang == "ko" else LANG_TAGS.get(release.english_variant, "en-US")
        for lang in walked.langs)
    props.author = release.metadata.department or "MFA Desk"
    props.last_modified_by = "MFA Desk"
    props.comments = ""
    props.keywords = ""
    props.category = release.metadata.category or release.metadata.document_type
    props.revision = 1
    moment = now.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    props.created = moment
    props.modified = moment


def _add_payload(doc: Any, payload: str, digest: str) -> None:
    """The release as a custom XML part (Word keeps these when it saves)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    root = etree.Element(f"{{{PAYLOAD_NAMESPACE}}}release", nsmap={None: PAYLOAD_NAMESPACE})
    root.text = payload
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    item_id = "{" + str(uuid.UUID(hex=digest[:32])).upper() + "}"
    ds = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
    props_blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="{ds}"><ds:schemaRefs>'
        f'<ds:schemaRef ds:uri="{PAYLOAD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode()
    package = doc.part.package
    item = Part(PackURI(PAYLOAD_PARTNAME), "application/xml", blob, package)
    props = Part(PackURI(PAYLOAD_PROPS_PARTNAME), CT.OFC_CUSTOM_XML_PROPERTIES, props_blob,
                 package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)
