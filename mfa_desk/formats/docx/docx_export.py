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

from mfa_desk.formats.letterhead import Letterhead
from mfa_desk.formats.release_walker import Variant, WalkedRelease, walk_release
from mfa_desk.model.release import Release

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_SIDE_MM = 20, 18, 20
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_SIDE_MM
CELL_MARGIN_MM = 4  # Word's default left+right cell padding (3.8 mm), rounded up
HEADER_LABEL_WIDTH_MM = 28
LABEL_SHADING = "E8EDF4"
PAYLOAD_NAMESPACE = "urn:mfa-desk:export"
PAYLOAD_PARTNAME = "/customXml/item1.xml"  # the names Word gives its own custom XML
PAYLOAD_PROPS_PARTNAME = "/customXml/itemProps1.xml"


def export_docx(release: Release, lang: Variant, out: str | os.PathLike[str] | IO[bytes],
                now: dt.datetime | None = None, letterhead: Letterhead | None = None
                ) -> list[str]:
    """Write the DOCX to a path or binary stream; return warnings (dropped characters)."""
    from docx import Document

    from mfa_desk.formats.docx import docx_styles as st
    from mfa_desk.formats.docx.docx_numbering import add_numbering
    from mfa_desk.formats.native.export_payload import payload_json

    walked = walk_release(release, lang, letterhead)
    doc = Document()
    _page_setup(doc)
    st.prune_template(doc)
    st.setup_styles(doc, release.english_variant)
    st.add_font_table_entry(doc)
    num_ids = add_numbering(doc, walked.langs, walked.korean_numbering)
    _write_body(doc, walked, num_ids, release.english_variant)
    _properties(doc, release, walked, now or dt.datetime.now(dt.UTC))
    digest = body_digest(doc.element.body)
    _add_payload(doc, payload_json(release, walked.langs, digest), digest)
    save_document(doc, out)
    return list(walked.warnings)


def save_document(doc: Any, out: str | os.PathLike[str] | IO[bytes]) -> None:
    """Save to a stream, or atomically to a path (a failed save keeps the old file)."""
    if isinstance(out, (str, os.PathLike)):
        from pathlib import Path

        from mfa_desk.fileio import atomic_write_bytes

        buffer = io.BytesIO()
        doc.save(buffer)
        atomic_write_bytes(Path(out), buffer.getvalue())
    else:
        doc.save(out)


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
    from mfa_desk.formats.native.export_payload import text_digest

    return text_digest(body_text_pieces(body))


def _page_setup(doc: Any) -> None:
    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin = section.right_margin = Mm(MARGIN_SIDE_MM)


def _lang_tags(english_variant: str) -> dict[str, str]:
    from mfa_desk.formats.docx.docx_styles import LANG_TAGS

    return {"ko": LANG_TAGS["ko"], "en": LANG_TAGS.get(english_variant, "en-US")}


def _write_body(doc: Any, walked: WalkedRelease, num_ids: dict[str, int],
                english_variant: str) -> None:
    from mfa_desk.formats.docx import docx_styles as st
    from mfa_desk.formats.docx.docx_body import BodyBuilder, ensure_ends_with_paragraph
    from mfa_desk.formats.docx.docx_letterhead import add_top, keep_with_next

    builder = BodyBuilder(doc, walked, num_ids, _lang_tags(english_variant))
    body = doc.element.body
    section = body.sectPr
    holder: list[Any] = []  # top-level elements, inserted before the section properties
    add_top(builder, holder, TEXT_WIDTH_MM)
    if walked.variant != "both":
        lang = walked.langs[0]
        builder.header(holder, lang, TEXT_WIDTH_MM, HEADER_LABEL_WIDTH_MM, LABEL_SHADING)
        for block in walked.blocks:
            if block.kind in CLOSING_KINDS and holder and holder[-1].tag == qn_w("p"):
                keep_with_next(holder[-1])  # "끝." and the last text share a page
            builder.block(holder, block, lang, TEXT_WIDTH_MM)
    else:
        half = TEXT_WIDTH_MM / 2
        widths = (half, half)
        tbl = builder.table(widths, borders=False)
        for cell, lang in zip(builder.row(tbl, widths), walked.langs, strict=True):
            builder.header(cell, lang, half - CELL_MARGIN_MM, HEADER_LABEL_WIDTH_MM,
                           LABEL_SHADING)
        cells: list[Any] = []
        for block in walked.blocks:
            if block.kind == "photo":  # the picture spans both columns, captions below
                (merged,) = builder.row(tbl, (TEXT_WIDTH_MM,), span=2)
                merged.append(builder.picture(block, TEXT_WIDTH_MM - CELL_MARGIN_MM))
                for cell, lang in zip(builder.row(tbl, widths), walked.langs, strict=True):
                    cell.append(builder.paragraph(st.CAPTION, block.texts.get(lang, ""), lang))
                continue
            if block.kind in CLOSING_KINDS:
                # Word keeps a row whose paragraphs all keep-with-next on the next row's page.
                for p in (p for cell in cells for p in cell.iter(qn_w("p"))):
                    keep_with_next(p)
            cells = builder.row(tbl, widths)
            for cell, lang in zip(cells, walked.langs, strict=True):
                builder.block(cell, block, lang, half - CELL_MARGIN_MM)
        for tc in tbl.iter(qn_w("tc")):
            ensure_ends_with_paragraph(tc, builder, st.CELL)
        holder.append(tbl)
    for element in holder:
        if section is not None:
            section.addprevious(element)
        else:
            body.append(element)


CLOSING_KINDS = ("end_mark", "unofficial")


def qn_w(tag: str) -> str:
    from mfa_desk.formats.docx.docx_body import w

    return w(tag)


MAX_PROPERTY = 255


def _properties(doc: Any, release: Release, walked: WalkedRelease, now: dt.datetime) -> None:
    from mfa_desk.formats.docx.docx_styles import LANG_TAGS

    props = doc.core_properties
    # python-docx refuses a property over 255 characters (a long headline or department
    # raised ValueError: found by fuzzing); the document itself keeps the whole text.
    props.title = walked.title[:MAX_PROPERTY]
    props.subject = " / ".join(walked.banner[lang] for lang in walked.langs)[:MAX_PROPERTY]
    props.language = ", ".join(
        LANG_TAGS["ko"] if lang == "ko" else LANG_TAGS.get(release.english_variant, "en-US")
        for lang in walked.langs)
    props.author = (release.metadata.department or "MFA Desk")[:MAX_PROPERTY]
    props.last_modified_by = "MFA Desk"
    props.comments = ""
    props.keywords = ""
    props.category = (release.metadata.category
                      or release.metadata.document_type)[:MAX_PROPERTY]
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

    # The default namespace is lxml's None prefix, which lxml-stubs' nsmap (str keys) omits.
    root = etree.Element(f"{{{PAYLOAD_NAMESPACE}}}release",
                         nsmap={None: PAYLOAD_NAMESPACE})  # type: ignore[dict-item]
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
