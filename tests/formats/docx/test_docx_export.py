"""What a Word user relies on: styles, list numbering, fonts, languages, page, properties."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.docx.docx_text import NumberingRenderer
from mfa_desk.model.release import BiText, Release, Segment
from tests.formats.export_cases import FIXED_NOW, docx_bytes, releases


@pytest.fixture(scope="module")
def release_set():
    return releases()


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _labels(document) -> list[tuple[str, str, str]]:
    """(style, rendered list label, text) of every body paragraph, tables included."""
    renderer = NumberingRenderer(document)
    out = []
    for p in document.element.body.iter(qn("w:p")):
        para = docx.text.paragraph.Paragraph(p, document.part)
        out.append((para.style.name, renderer.label(p), para.text))
    return out


def test_korean_points_use_box_circle_and_dash_markers(release_set) -> None:
    release = release_set["sample"]
    rows = _labels(_open(docx_bytes(release, "ko")))
    points = [(style, label) for style, label, _ in rows if style.startswith("MFA Point")]
    assert points[0] == ("MFA Point 1", "□")
    assert ("MFA Point 2", "ㅇ") in points and ("MFA Point 3", "-") in points
    assert ("MFA End Mark", "", "끝.") in rows


def test_english_points_are_numbered_and_renumber_like_word(release_set) -> None:
    release = release_set["sample"]
    rows = _labels(_open(docx_bytes(release, "en")))
    level1 = [label for style, label, _ in rows if style == "MFA Point 1"]
    assert level1 == [f"{i}." for i in range(1, len(release.points) + 1)]
    assert {label for style, label, _ in rows if style == "MFA Point 2"} == {"°"}
    assert ("MFA Unofficial Translation", "", "* unofficial translation") in rows


def test_inserting_a_point_in_word_renumbers_the_following_ones(release_set) -> None:
    document = _open(docx_bytes(release_set["sample"], "en"))
    first = next(p for p in document.paragraphs if p.style.name == "MFA Point 1")
    new = first.insert_paragraph_before("A point added in Word.", style="MFA Point 1")
    new._p.get_or_add_pPr().append(first._p.pPr.numPr.__copy__())
    level1 = [label for style, label, _ in _labels(document) if style == "MFA Point 1"]
    assert level1 == [f"{i}." for i in range(1, len(release_set["sample"].points) + 2)]


def test_numbered_korean_release_uses_numbers(release_set) -> None:
    rows = _labels(_open(docx_bytes(release_set["numbered"], "ko")))
    assert [label for style, label, _ in rows if style == "MFA Point 1"] == ["1.", "2.", "3."]


def test_fonts_and_run_languages(release_set) -> None:
    document = _open(docx_bytes(release_set["sample"], "both"))
    fonts = document.styles.element.find(f"{qn('w:docDefaults')}//{qn('w:rFonts')}")
    assert fonts.get(qn("w:eastAsia")) == "Malgun Gothic"
    assert fonts.get(qn("w:ascii")) == "Arial"
    seen = set()
    for run in document.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not text.strip():
            continue
        lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        assert lang is not None, f"run {text!r} has no language"
        hangul = any("\uac00" <= ch <= "\ud7a3" for ch in text)
        if hangul:
            assert lang.get(qn("w:val")) == "ko-KR", text
        seen.add(lang.get(qn("w:val")))
        assert lang.get(qn("w:eastAsia")) == "ko-KR"
    assert seen == {"ko-KR", "en-US"}


def test_runs_carry_no_direct_formatting(release_set) -> None:
    document = _open(docx_bytes(release_set["sample"], "ko"))
    for rpr in document.element.body.iter(qn("w:rPr")):
        assert [child.tag for child in rpr] in ([qn("w:lang")], [qn("w:noProof")], [])


def test_page_is_a4_and_properties_are_filled(release_set) -> None:
    release = release_set["sample"]
    document = _open(docx_bytes(release, "ko"))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    props = document.core_properties
    assert props.title == release.headline.text.ko
    assert props.language == "ko-KR"
    assert props.created == FIXED_NOW
    assert props.modified == FIXED_NOW


def test_side_by_side_is_one_row_per_segment(release_set) -> None:
    release = release_set["sample"]
    document = _open(docx_bytes(release, "both"))
    table = document.tables[0]
    texts = [(row.cells[0].text, row.cells[1].text) for row in table.rows]
    for ref in release.iter_segments():
        assert (ref.segment.text.ko, ref.segment.text.en) in texts


def test_photo_is_scaled_to_text_width(release_set) -> None:
    document = _open(docx_bytes(release_set["sample"], "en"))
    shapes = document.inline_shapes
    assert len(shapes) == sum(1 for a in release_set["sample"].attachments if a.photo)
    assert all(shape.width == Mm(170) for shape in shapes)


def test_tall_photo_is_scaled_to_fit_the_page() -> None:
    from mfa_desk.model.release import Attachment, Photo
    from tests.formats.samples import png_bytes

    wide = png_bytes()
    import struct

    # The same PNG, its header saying it is four times as tall as wide.
    width = struct.unpack(">I", wide[16:20])[0]
    tall = wide[:20] + struct.pack(">I", width * 4) + wide[24:]
    release = Release(headline=Segment.of("제목", "Title"),
                      attachments=[Attachment(BiText("사진", "Photo"),
                                              Photo(tall, "image/png", BiText("설명", "Caption")))])
    document = _open(_bytes(release, "ko"))
    shape = document.inline_shapes[0]
    assert round(shape.height.mm) == 190 and shape.width < Mm(170)


def _bytes(release: Release, variant: str) -> bytes:
    out = io.BytesIO()
    export_docx(release, variant, out)
    return out.getvalue()


def test_unreadable_photo_is_one_clear_error() -> None:
    from mfa_desk.model.release import Attachment, Photo

    release = Release(headline=Segment.of("제목", "Title"),
                      attachments=[Attachment(BiText("사진", "Photo"),
                                              Photo(b"\x89PNG broken", "image/png"))])
    with pytest.raises(InputError, match=r"attachments\[0\].photo: the photo is not a readable"):
        export_docx(release, "ko", io.BytesIO())


def test_control_characters_are_dropped_with_a_warning_naming_the_segment() -> None:
    release = Release(headline=Segment.of("제목\x00입니다", "Title\x07"),
                      points=[Segment.of("점\ufffe", "point\x1b")])
    out = io.BytesIO()
    warnings = export_docx(release, "both", out)
    assert any(w.startswith("headline (ko)") for w in warnings)
    assert any(w.startswith("points[0] (en)") for w in warnings)
    document = _open(out.getvalue())
    assert document.tables[0].rows[1].cells[0].text == "제목입니다"


def test_exporting_a_missing_language_is_refused() -> None:
    release = Release(headline=Segment(text=BiText("제목", "")))
    with pytest.raises(InputError, match="no English text"):
        export_docx(release, "en", io.BytesIO())
