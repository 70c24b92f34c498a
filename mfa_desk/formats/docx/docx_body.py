"""The body of an exported DOCX, built as WordprocessingML elements directly.

python-docx's paragraph API costs about a millisecond per paragraph (style
look-ups by name, schema-ordered inserts); a 200-point side-by-side release
took 230 ms. Building the few element shapes a release needs with lxml takes a
fraction of that, and python-docx still does the package, styles and pictures.
"""

from __future__ import annotations

import io
from struct import error as struct_error
from typing import Any

from mfa_desk.constants import Lang
from mfa_desk.errors import InputError
from mfa_desk.formats.image_size import height_ratio
from mfa_desk.formats.release_walker import ATTACHMENTS_LABEL, Block, WalkedRelease

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TWIPS_PER_MM = 1440 / 25.4
MAX_PHOTO_HEIGHT_MM = 190  # leaves room for the caption on an A4 page


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def twips(mm: float) -> str:
    return str(round(mm * TWIPS_PER_MM))


class BodyBuilder:
    """Renders walked blocks into the body, or into the cells of a side-by-side table."""

    def __init__(self, doc: Any, walked: WalkedRelease, num_ids: dict[str, int],
                 lang_tags: dict[str, str]) -> None:
        from mfa_desk.formats.docx import docx_styles as st

        self.doc = doc
        self.walked = walked
        self.num_ids = num_ids
        self.lang_tags = lang_tags
        names = [spec.name for spec in st.STYLES] + [st.CELL, "Table Grid"]
        self.style_ids = {name: doc.styles[name].style_id for name in names}

    # ------------------------------------------------------------ elements

    def paragraph(self, style: str, text: str, lang: str, list_key: str | None = None,
                  ilvl: int = 0) -> Any:
        from docx.oxml import OxmlElement
        from lxml.etree import SubElement

        p = OxmlElement("w:p")
        ppr = SubElement(p, w("pPr"))
        SubElement(ppr, w("pStyle")).set(w("val"), self.style_ids[style])
        if list_key is not None:
            numpr = SubElement(ppr, w("numPr"))
            SubElement(numpr, w("ilvl")).set(w("val"), str(ilvl))
            SubElement(numpr, w("numId")).set(w("val"), str(self.num_ids[list_key]))
        if text:
            run = SubElement(p, w("r"))
            # The language of each run, so Word spell-checks the right language.
            lang_el = SubElement(SubElement(run, w("rPr")), w("lang"))
            lang_el.set(w("val"), self.lang_tags[lang])
            lang_el.set(w("eastAsia"), "ko-KR")
            _append_text(run, text)
        return p

    def table(self, widths_mm: tuple[float, ...], borders: bool = True) -> Any:
        from docx.oxml import OxmlElement
        from lxml.etree import SubElement

        tbl = OxmlElement("w:tbl")
        pr = SubElement(tbl, w("tblPr"))
        SubElement(pr, w("tblStyle")).set(w("val"), self.style_ids["Table Grid"])
        width = SubElement(pr, w("tblW"))
        width.set(w("w"), twips(sum(widths_mm)))
        width.set(w("type"), "dxa")
        if not borders:  # a layout table (side by side): no form-like lines round each cell
            edges = SubElement(pr, w("tblBorders"))
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                SubElement(edges, w(side)).set(w("val"), "nil")
        SubElement(pr, w("tblLayout")).set(w("type"), "fixed")
        look = SubElement(pr, w("tblLook"))
        look.set(w("val"), "04A0")
        grid = SubElement(tbl, w("tblGrid"))
        for col in widths_mm:
            SubElement(grid, w("gridCol")).set(w("w"), twips(col))
        return tbl

    def row(self, tbl: Any, widths_mm: tuple[float, ...], span: int = 1,
            shading: tuple[str | None, ...] = ()) -> list[Any]:
        from lxml.etree import SubElement

        tr = SubElement(tbl, w("tr"))
        # A segment pair stays on one page, so a reviewer never reads half a row.
        SubElement(SubElement(tr, w("trPr")), w("cantSplit"))
        cells = []
        for i, width in enumerate(widths_mm):
            tc = SubElement(tr, w("tc"))
            pr = SubElement(tc, w("tcPr"))
            tcw = SubElement(pr, w("tcW"))
            tcw.set(w("w"), twips(width))
            tcw.set(w("type"), "dxa")
            if span > 1:
                SubElement(pr, w("gridSpan")).set(w("val"), str(span))
            fill = shading[i] if i < len(shading) else None
            if fill:
                shd = SubElement(pr, w("shd"))
                shd.set(w("val"), "clear")
                shd.set(w("color"), "auto")
                shd.set(w("fill"), fill)
            cells.append(tc)
        return cells

    # ------------------------------------------------------------ content

    def header(self, container: Any, lang: Lang, width_mm: float, label_mm: float,
               label_fill: str) -> None:
        from mfa_desk.formats.docx import docx_styles as st

        container.append(self.paragraph(st.BANNER, self.walked.banner[lang], lang))
        rows = self.walked.header[lang]
        if not rows:
            return
        widths = (label_mm, width_mm - label_mm)
        tbl = self.table(widths)
        for header_row in rows:
            label, value = self.row(tbl, widths, shading=(label_fill,))
            label.append(self.paragraph(st.HEADER_LABEL, header_row.label, lang))
            value.append(self.paragraph(st.HEADER_VALUE, header_row.value, lang))
        container.append(tbl)

    def block(self, container: Any, block: Block, lang: Lang, width_mm: float) -> None:
        from mfa_desk.formats.docx import docx_styles as st

        text = block.texts.get(lang, "")
        kind = block.kind
        add = container.append
        if kind == "headline":
            add(self.paragraph(st.HEADLINE, text, lang))
        elif kind == "subheadline":
            add(self.paragraph(st.SUBHEADLINE, text, lang, f"subheadline-{lang}"))
        elif kind == "point":
            add(self.paragraph(st.POINT[block.level - 1], text, lang, f"points-{lang}",
                               block.level - 1))
        elif kind == "note":
            add(self.paragraph(st.NOTE, text, lang, f"note-{lang}"))
        elif kind == "attachments":
            if block.number == 1:
                add(self.paragraph(st.ATTACHMENT_LABEL, ATTACHMENTS_LABEL[lang], lang))
            add(self.paragraph(st.ATTACHMENT, text, lang, f"attachments-{lang}"))
        elif kind == "photo":
            add(self.picture(block, width_mm))
            add(self.paragraph(st.CAPTION, text, lang))
        elif text:  # end mark, unofficial-translation line
            add(self.paragraph(st.END_MARK if kind == "end_mark" else st.UNOFFICIAL, text,
                               lang))

    def picture(self, block: Block, width_mm: float) -> Any:
        from docx.shared import Mm
        from docx.text.paragraph import Paragraph

        from mfa_desk.formats.docx import docx_styles as st

        assert block.photo is not None
        p = self.paragraph(st.PHOTO, "", "")
        size = {"width": Mm(width_mm)}
        ratio = height_ratio(block.photo.data)
        if ratio and width_mm * ratio > MAX_PHOTO_HEIGHT_MM:
            size = {"height": Mm(MAX_PHOTO_HEIGHT_MM)}  # a tall photo must fit on a page
        from docx.image.exceptions import UnexpectedEndOfFileError, UnrecognizedImageError

        try:
            Paragraph(p, self.doc).add_run().add_picture(io.BytesIO(block.photo.data),
                                                               **size)
        except (UnrecognizedImageError, UnexpectedEndOfFileError, ValueError, IndexError,
                struct_error) as exc:  # UnexpectedEndOfFileError: a truncated image (fuzzing)
            where = block.path.removesuffix(".caption")
            raise InputError("the photo is not a readable PNG or JPEG image", where) from exc
        return p


def _append_text(run: Any, text: str, text_tag: str = "t") -> None:
    """Text with line breaks and tabs as Word writes them (w:br, w:tab).

    `text_tag` is "delText" for the text of a tracked deletion (docx_review_export).
    """
    from lxml.etree import SubElement

    for i, line in enumerate(text.split("\n")):
        if i:
            SubElement(run, w("br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                SubElement(run, w("tab"))
            if piece:
                t = SubElement(run, w(text_tag))
                t.text = piece
                if piece[0] == " " or piece[-1] == " ":
                    t.set(XML_SPACE, "preserve")


def ensure_ends_with_paragraph(tc: Any, builder: BodyBuilder, style: str) -> None:
    """A table cell must end with a paragraph (Word refuses the file otherwise)."""
    last = tc[-1] if len(tc) else None
    if last is None or last.tag != w("p"):
        tc.append(builder.paragraph(style, "", ""))
