"""HWPX written by python-hwpx (an independent implementation) read into releases exactly:
typed glyphs, Hangul's own bullets and numbering, a header table, a closing contact
table, a letterhead logo and a photo; and bad files refused with one line."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.importing import import_file
from tests.formats import hwpx_samples as s
from tests.formats.release_outline import shape as shape_of
from tests.formats.test_import_safety import _refused


def _outline(seg) -> object:
    return (seg.text.ko, [_outline(c) for c in seg.children]) if seg.children else seg.text.ko


POINT_OUTLINE = [
    s.POINTS[0][0],
    (s.POINTS[1][0], [(s.POINTS[1][1][0][0], [s.POINTS[1][1][0][1][0]]), s.POINTS[1][1][1][0]]),
    s.POINTS[2][0],
]


@pytest.mark.parametrize("shape", ["typed_glyphs", "hangul_bullets", "hangul_numbering",
                                   "with_photo"])
def test_release_shapes_read_exactly(tmp_path: Path, shape: str) -> None:
    result = import_file(s.write(shape, tmp_path))
    r = result.release
    m = r.metadata
    assert (m.document_type, m.timing_text, m.issued_at, m.department) == (
        "보도자료", "2026. 4. 2.(목) 즉시", dt.datetime(2026, 4, 2, 10, 0), "가상국 가상과")
    assert [(c.role, c.rank, c.name, c.phone) for c in m.contacts] == [
        ("responsible", "과장", "나은비", "02-2100-7711"),
        ("contact", "사무관", "도현수", "02-2100-7716")]
    assert r.headline.text.ko == s.HEADLINE
    assert [x.text.ko for x in r.subheadlines] == [s.SUBHEADLINE]
    assert [_outline(p) for p in r.points] == POINT_OUTLINE
    assert [n.text.ko for n in r.notes] == [s.NOTE]
    assert [a.title.ko for a in r.attachments] == ["회담 사진 1부."]
    assert r.languages == ["ko"] and not r.has_language("en")
    if shape == "with_photo":
        # The logo above the text is left out (and said); the photo joins the 붙임 item.
        photo = r.attachments[0].photo
        assert photo is not None and photo.data == s.PHOTO and photo.media_type == "image/png"
        assert result.warnings == [f"{tmp_path / 'with_photo.hwpx'}: left out 1 picture(s) "
                                   "above the first point (a letterhead or logo)"]
    else:
        assert r.attachments[0].photo is None and result.warnings == []


@pytest.mark.parametrize("shape", sorted(s.SHAPES))
def test_legacy_hwp_reads_as_its_hwpx_does(tmp_path: Path, shape: str) -> None:
    """The same document saved as HWP 5 by python-hwpx: converted by python-hwpx, read by
    our HWPX reader, it gives the same release as the .hwpx."""
    from hwpx import HwpxDocument

    hwpx_path = s.write(shape, tmp_path)
    hwp_path = tmp_path / f"{shape}.hwp"
    HwpxDocument.open(str(hwpx_path)).save_to_path(str(hwp_path))
    assert hwp_path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    from_hwpx, from_hwp = import_file(hwpx_path), import_file(hwp_path)
    assert shape_of(from_hwp.release) == shape_of(from_hwpx.release)
    assert [w.replace(".hwp", ".hwpx", 1) for w in from_hwp.warnings] == from_hwpx.warnings


def test_hwp5_file_named_hwpx_is_read_as_hwp5(tmp_path: Path) -> None:
    from hwpx import HwpxDocument

    hwpx_path = s.write("hangul_bullets", tmp_path)
    renamed = tmp_path / "renamed.hwpx"
    HwpxDocument.open(str(hwpx_path)).save_to_path(str(tmp_path / "saved.hwp"))
    renamed.write_bytes((tmp_path / "saved.hwp").read_bytes())
    assert shape_of(import_file(renamed).release) == shape_of(import_file(hwpx_path).release)


def test_hangul_numbering_keeps_numbered_korean(tmp_path: Path) -> None:
    release = import_file(s.write("hangul_numbering", tmp_path)).release
    assert release.korean_numbering == "number"


def test_closing_contact_table_gives_the_contacts(tmp_path: Path) -> None:
    result = import_file(s.write("contact_table", tmp_path))
    r = result.release
    assert [(c.role, c.rank, c.name, c.phone) for c in r.metadata.contacts] == [
        ("responsible", "과장", "나은비", "02-2100-7711"),
        ("contact", "사무관", "도현수", "02-2100-7716")]
    assert [p.text.ko for p in r.points] == [text for text, _c in s.POINTS]
    assert r.notes == [] and result.warnings == []


def test_python_hwpx_skeleton_is_refused_as_empty(tmp_path: Path) -> None:
    """The empty template python-hwpx ships (written by Hangul) opens; it has no text."""
    import hwpx

    skeleton = Path(hwpx.__file__).parent / "data" / "Skeleton.hwpx"
    with pytest.raises(InputError) as info:
        import_file(skeleton)
    assert str(skeleton) in str(info.value) and "\n" not in str(info.value)


# ---------------------------------------------------------------- bad files


def _package(path: Path, section: bytes, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", b"application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("Contents/section0.xml", section)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


SEC = (b'<hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
       b'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph">%s</hs:sec>')


def _p(text: bytes) -> bytes:
    return b'<hp:p paraPrIDRef="0"><hp:run><hp:t>%s</hp:t></hp:run></hp:p>' % text


def test_minimal_package_without_manifest_reads(tmp_path: Path) -> None:
    body = SEC % (_p("제목".encode()) + _p("□ 첫째 항목.".encode()))
    release = import_file(_package(tmp_path / "min.hwpx", body)).release
    assert (release.headline.text.ko, [p.text.ko for p in release.points]) == (
        "제목", ["첫째 항목."])


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)


@pytest.mark.parametrize(("name", "content", "fragments"), [
    ("old.hwp", OLE, ("not a readable HWP 5 document", "save it as HWPX (.hwpx) or DOCX")),
    ("renamed.hwpx", OLE, ("not a readable HWP 5 document", "save it as HWPX (.hwpx) or DOCX")),
    ("text.hwp", b"plain text", ("not a Hangul document",)),
    ("text.hwpx", b"not a package", ("not a zip package",)),
])
def test_files_that_are_not_hangul_documents_get_one_line(
        tmp_path: Path, name: str, content: bytes, fragments: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _refused(path, *fragments)


def test_zip_that_is_not_hangul_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.hwpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", b"<a/>")
    _refused(path, "not a Hangul document")


def test_oversized_part_is_refused_before_reading(tmp_path: Path) -> None:
    _refused(_package(tmp_path / "big.hwpx", SEC % b"",
                      {"BinData/image1.png": b"\0" * (21 * 2**20)}), "20 MB")


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE hs:sec [<!ENTITY a "AAAAAAAAAA">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    body = laughs + SEC % (_p("제목".encode()) + _p("□ 항목 &c; 끝.".encode()))
    release = import_file(_package(tmp_path / "lol.hwpx", body)).release
    assert "AAAA" not in release.points[0].text.ko


def test_broken_section_xml_is_one_line(tmp_path: Path) -> None:
    _refused(_package(tmp_path / "broken.hwpx", b"<hs:sec><hp:p>"),
             "part Contents/section0.xml is not readable XML")


def test_section_named_in_manifest_but_missing(tmp_path: Path) -> None:
    hpf = (b'<opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest>'
           b'<opf:item id="s1" href="Contents/section1.xml" media-type="application/xml"/>'
           b'</opf:manifest><opf:spine><opf:itemref idref="s1"/></opf:spine></opf:package>')
    _refused(_package(tmp_path / "missing.hwpx", SEC % b"", {"Contents/content.hpf": hpf}),
             "Contents/section1.xml", "missing")


# ---------------------------------------------------------------- what python-hwpx cannot write
# Written here with plain XML following the OWPML schema: page headers, footnotes, text
# boxes, outline numbering, symbol-font bullets, soft line breaks.

HEAD = ('<hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"><hh:refList>'
        '<hh:numberings itemCnt="1"><hh:numbering id="3" start="0">'
        '<hh:paraHead start="1" level="1" numFormat="DIGIT">^1.</hh:paraHead>'
        '<hh:paraHead start="1" level="2" numFormat="HANGUL_SYLLABLE">^2.</hh:paraHead>'
        '</hh:numbering></hh:numberings>'
        '<hh:bullets itemCnt="1"><hh:bullet id="1" char="\uf06e"/></hh:bullets>'
        '<hh:paraProperties itemCnt="4">'
        '<hh:paraPr id="0"><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr>'
        '<hh:paraPr id="1"><hh:heading type="OUTLINE" idRef="0" level="0"/></hh:paraPr>'
        '<hh:paraPr id="2"><hh:heading type="OUTLINE" idRef="0" level="1"/></hh:paraPr>'
        '<hh:paraPr id="3"><hh:heading type="BULLET" idRef="1" level="0"/></hh:paraPr>'
        '</hh:paraProperties></hh:refList></hh:head>').encode()


def _para(text: str, shape: int = 0, inner: str = "") -> str:
    return (f'<hp:p paraPrIDRef="{shape}"><hp:run>{inner}<hp:t>{text}</hp:t></hp:run>'
            '</hp:p>')


def _sub_list(*paragraphs: str) -> str:
    return "<hp:subList>" + "".join(paragraphs) + "</hp:subList>"


def test_page_header_footnote_text_box_and_outline_numbering(tmp_path: Path) -> None:
    sec_pr = '<hp:secPr outlineShapeIDRef="3"/>'
    page_header = ("<hp:ctrl><hp:header>" + _sub_list(_para("보도일시  2026. 5. 6.(수) 즉시"),
                                                       _para("- 1 -")) + "</hp:header></hp:ctrl>")
    box = ("<hp:rect><hp:drawText>" + _sub_list(_para("가상 회의 개최")) + "</hp:drawText>"
           "</hp:rect>")
    footnote = ("<hp:ctrl><hp:footNote>" + _sub_list(_para("2020년 출범")) + "</hp:footNote>"
                "</hp:ctrl>")
    body = "".join([
        _para("보도자료", 0, sec_pr + page_header),
        f'<hp:p paraPrIDRef="0"><hp:run>{box}</hp:run></hp:p>',
        _para("양측은 첫째 사항에 합의하였다.", 1),
        _para("양측은 공동 연구를 추진하기로<hp:lineBreak/>하였다.", 2),
        _para("양측은 둘째 사항을 논의하였다.", 1, footnote),
        _para("끝."),
    ])
    path = _package(tmp_path / "parts.hwpx", SEC % body.encode(),
                    {"Contents/header.xml": HEAD})
    result = import_file(path)
    r = result.release
    m = r.metadata
    assert (m.document_type, m.timing_text) == ("보도자료", "2026. 5. 6.(수) 즉시")
    assert r.headline.text.ko == "가상 회의 개최"
    assert [_outline(p) for p in r.points] == [
        ("양측은 첫째 사항에 합의하였다.", ["양측은 공동 연구를 추진하기로 하였다."]),
        "양측은 둘째 사항을 논의하였다."]
    assert [n.text.ko for n in r.notes] == ["2020년 출범"]
    assert result.warnings == []


def test_tracked_deletions_are_left_out_and_insertions_kept(tmp_path: Path) -> None:
    mark = '<hp:{0} Id="1" TcId="1" paraend="0"/>'
    deleted = (f"양측은 {mark.format('deleteBegin')}지난해 {mark.format('deleteEnd')}"
               f"{mark.format('insertBegin')}올해 {mark.format('insertEnd')}협력을 논의하였다.")
    across = ('<hp:p paraPrIDRef="0">'
              f'<hp:run><hp:t>□ 둘째 항목{mark.format("deleteBegin")}은 지운</hp:t></hp:run>'
              f'<hp:run><hp:t>다른 글자{mark.format("deleteEnd")}이다.</hp:t></hp:run></hp:p>')
    body = _para("제목") + _para(f"□ {deleted}") + across
    r = import_file(_package(tmp_path / "tracked.hwpx", SEC % body.encode())).release
    assert [p.text.ko for p in r.points] == ["양측은 올해 협력을 논의하였다.", "둘째 항목이다."]


def test_symbol_font_bullets_are_the_points_when_nothing_else_is(tmp_path: Path) -> None:
    body = _para("제목") + _para("첫째 항목.", 3) + _para("둘째 항목.", 3)
    path = _package(tmp_path / "symbols.hwpx", SEC % body.encode(),
                    {"Contents/header.xml": HEAD})
    assert [p.text.ko for p in import_file(path).release.points] == ["첫째 항목.", "둘째 항목."]


def test_foreign_korean_english_table_is_read_as_two_languages(tmp_path: Path) -> None:
    rows = [("한-가상국 회의 개최", "Korea-Virtualia Meeting Held"),
            ("□ 양측은 회의를 개최하였다.", "1. The two sides held a meeting."),
            ("□ 양측은 협력을 논의하였다.", "2. They discussed cooperation."),
            ("□ 양측은 다시 만나기로 하였다.", "3. They agreed to meet again.")]
    cells = "".join("<hp:tr>" + "".join(f"<hp:tc>{_sub_list(_para(t))}</hp:tc>" for t in row)
                    + "</hp:tr>" for row in rows)
    body = f'<hp:p paraPrIDRef="0"><hp:run><hp:tbl>{cells}</hp:tbl></hp:run></hp:p>'
    r = import_file(_package(tmp_path / "pair.hwpx", SEC % body.encode())).release
    assert (r.headline.text.ko, r.headline.text.en) == rows[0]
    assert [(p.text.ko, p.text.en) for p in r.points] == [
        (ko[2:], en[3:]) for ko, en in rows[1:]]


def _fixture_texts() -> list[Path]:
    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "releases"
    return sorted(fixtures.glob("*.txt")) + sorted((fixtures / "defects").glob("*.txt"))


@pytest.mark.parametrize("text_file", _fixture_texts(), ids=lambda p: p.name)
def test_text_pasted_into_one_paragraph_reads_as_the_text(tmp_path: Path,
                                                          text_file: Path) -> None:
    """A release pasted into Hangul with soft line breaks (Shift+Enter) gives the release
    its plain text gives. (The real published texts beside the project are web-page
    copies: their page chrome is the text importer's region finder's business, and the
    text import of them is not yet a reference to compare with.)"""
    from xml.sax.saxutils import escape

    from mfa_desk.formats.native.canonical import release_to_canonical
    from mfa_desk.formats.plaintext.text_encoding import decode_bytes

    text = decode_bytes(text_file.read_bytes(), str(text_file))
    lines = "<hp:lineBreak/>".join(escape(line) for line in text.splitlines())
    path = _package(tmp_path / "pasted.hwpx", SEC % _para(lines).encode())
    expected = release_to_canonical(import_file(text_file).release)
    assert release_to_canonical(import_file(path).release) == expected
