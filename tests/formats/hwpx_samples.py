"""HWPX releases written by an independent implementation: python-hwpx (Apache-2.0,
a test-only dependency). Each builder writes one shape of 보도자료 as a Hangul user
makes it; the texts are invented."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEADLINE = "가상국 외교장관 방한(4.2.)"
SUBHEADLINE = "공급망 협력 강화 합의"
POINTS = [
    ("김민준 외교부 장관은 4.2.(목) 서울에서 가상국 외교장관과 회담을 가졌다.", []),
    ("양 장관은 공급망 협력을 강화하기로 하였다.",
     [("양측은 핵심광물 공동 연구를 추진하기로 하였다.", ["2027년까지 연구 사업 2건 착수"]),
      ("양측은 청년 교류를 확대하기로 하였다.", [])]),
    ("양 장관은 한반도 정세에 대해 의견을 교환하였다.", []),
]
NOTE = "가상국은 2020년 이후 우리의 10대 교역국이다."
HEADER_ROWS = [("보도일시", "2026. 4. 2.(목) 즉시", "배포일시", "2026. 4. 2.(목) 10:00"),
               ("담당부서", "가상국 가상과", "책임자", "과장 나은비 (02-2100-7711)"),
               ("", "", "담당자", "사무관 도현수 (02-2100-7716)")]


def new_document() -> Any:
    from hwpx import HwpxDocument

    return HwpxDocument.new()


def table(doc: Any, rows: list[tuple[str, ...]]) -> Any:
    tbl = doc.add_table(len(rows), len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            tbl.cell(r, c).text = text
    return tbl


def header(doc: Any) -> None:
    doc.add_paragraph("보도자료")
    tbl = table(doc, HEADER_ROWS)
    # 담당부서 and its value span the 책임자 and 담당자 rows, as in the ministries' form.
    tbl.merge_cells(1, 0, 2, 0)
    tbl.merge_cells(1, 1, 2, 1)
    doc.add_paragraph(HEADLINE)
    doc.add_paragraph(f"- {SUBHEADLINE}")


def closing(doc: Any, attachment: str = "회담 사진 1부") -> None:
    doc.add_paragraph(f"※ {NOTE}")
    doc.add_paragraph(f"붙임  {attachment}.  끝.")


def typed_glyphs(doc: Any) -> None:
    """□ / ㅇ / - / ※ typed as text, as most ministries' templates do."""
    header(doc)
    for text, children in POINTS:
        doc.add_paragraph(f"□ {text}")
        for child, grandchildren in children:
            doc.add_paragraph(f" ㅇ {child}")
            for grandchild in grandchildren:
                doc.add_paragraph(f"  - {grandchild}")
    closing(doc)


def hangul_bullets(doc: Any) -> None:
    """Hangul's own bullets (글머리표): □, ㅇ, - defined in header.xml, not in the text."""
    header(doc)
    _levelled(doc, doc.styles.ensure_numbering(
        kind="bullet", levels=[{"char": "□"}, {"char": "ㅇ"}, {"char": "-"}]))
    closing(doc)


def _levelled(doc: Any, refs: list[str]) -> None:
    """The points as paragraphs whose shapes (refs, per level) carry the markers."""
    for text, children in POINTS:
        doc.add_paragraph(text, para_pr_id_ref=refs[0])
        for child, grandchildren in children:
            doc.add_paragraph(child, para_pr_id_ref=refs[1])
            for grandchild in grandchildren:
                doc.add_paragraph(grandchild, para_pr_id_ref=refs[2])


def hangul_numbering(doc: Any) -> None:
    """Hangul's paragraph numbering (문단 번호): 1. / 가. / 1) as official documents
    number their items."""
    header(doc)
    refs = doc.styles.ensure_numbering(kind="number", levels=[
        {"numFormat": "DIGIT", "text": "^1."}, {"numFormat": "HANGUL_SYLLABLE", "text": "^2."},
        {"numFormat": "DIGIT", "text": "^3)"}])
    _levelled(doc, refs)
    closing(doc)


CONTACT_ROWS = [("구분", "성명", "연락처"), ("책임자", "과장 나은비", "02-2100-7711"),
                ("담당자", "사무관 도현수", "02-2100-7716")]


def contact_table(doc: Any) -> None:
    """No header table: the contacts in a table after the end mark."""
    doc.add_paragraph("보도자료")
    doc.add_paragraph("보도일시  2026. 4. 2.(목) 즉시")
    doc.add_paragraph(HEADLINE)
    for text, _children in POINTS:
        doc.add_paragraph(f"□ {text}")
    doc.add_paragraph("붙임  회담 사진 1부.  끝.")
    doc.add_paragraph("<담당자 연락처>")
    table(doc, CONTACT_ROWS)


def png(width: int, height: int) -> bytes:
    """A small red PNG made here (no image library needed)."""
    raw = b"".join(b"\x00" + b"\xcc\x22\x22" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PHOTO = png(6, 4)
LOGO = png(3, 3)


def with_photo(doc: Any) -> None:
    """A letterhead logo at the top, the photo after the 붙임 line."""
    doc.add_picture(LOGO, "png", width_mm=20)
    typed_glyphs(doc)
    doc.add_picture(PHOTO, "png", width_mm=80)


SHAPES: dict[str, Callable[[Any], None]] = {
    "typed_glyphs": typed_glyphs, "hangul_bullets": hangul_bullets,
    "hangul_numbering": hangul_numbering, "contact_table": contact_table,
    "with_photo": with_photo,
}


def write(shape: str, folder: Path) -> Path:
    doc = new_document()
    SHAPES[shape](doc)
    path = folder / f"{shape}.hwpx"
    doc.save_to_path(str(path))
    return path
