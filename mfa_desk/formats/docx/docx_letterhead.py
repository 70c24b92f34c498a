"""The top of an exported DOCX: the embargo stamp (red, boxed) and the letterhead
(the logo if the user chose one, the ministry's name in each exported language)."""

from __future__ import annotations

import io
from struct import error as struct_error
from typing import Any

from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_body import BodyBuilder, w
from mfa_desk.formats.embargo_stamp import STAMP_COLOR


def add_top(builder: BodyBuilder, holder: list[Any], width_mm: float) -> None:
    from mfa_desk.formats.docx import docx_styles as st

    walked = builder.walked
    for lang in walked.langs:
        text = walked.stamp.get(lang, "")
        if text:
            holder.append(_boxed(builder.paragraph(st.STAMP, text, lang)))
    head = walked.letterhead
    if head.logo:
        holder.append(_logo(builder, head.logo))
    for lang in walked.langs:
        holder.append(builder.paragraph(st.LETTERHEAD, head.name(lang), lang))
    _ = width_mm


def _logo(builder: BodyBuilder, data: bytes) -> Any:
    from docx.image.exceptions import (
        InvalidImageStreamError,
        UnexpectedEndOfFileError,
        UnrecognizedImageError,
    )
    from docx.shared import Mm
    from docx.text.paragraph import Paragraph

    from mfa_desk.formats.docx import docx_styles as st

    p = builder.paragraph(st.LETTERHEAD, "", "")
    try:
        Paragraph(p, builder.doc).add_run().add_picture(io.BytesIO(data), height=Mm(14))
    except (UnrecognizedImageError, InvalidImageStreamError, UnexpectedEndOfFileError,
            ValueError, IndexError, struct_error, UnicodeDecodeError) as exc:
        raise InputError("the letterhead logo is not a readable PNG or JPEG image") from exc
    return p


def _boxed(p: Any) -> Any:
    """A border round the paragraph, as a rubber stamp looks."""
    from lxml.etree import SubElement

    ppr = p.find(w("pPr"))
    borders = SubElement(ppr, w("pBdr"))
    for side in ("top", "left", "bottom", "right"):
        edge = SubElement(borders, w(side))
        edge.set(w("val"), "single")
        edge.set(w("sz"), "12")
        edge.set(w("space"), "4")
        edge.set(w("color"), STAMP_COLOR)
    return p


def keep_with_next(p: Any) -> None:
    """Keep this paragraph on the page of the next (so "끝." never stands alone)."""
    from lxml.etree import Element

    ppr = p.find(w("pPr"))
    if ppr is None or ppr.find(w("keepNext")) is not None:
        return
    style = ppr.find(w("pStyle"))
    keep = Element(w("keepNext"))
    if style is not None:
        style.addnext(keep)
    else:
        ppr.insert(0, keep)
