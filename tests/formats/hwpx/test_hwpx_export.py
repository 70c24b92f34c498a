"""HWPX export checked by an independent implementation (python-hwpx 6.9: its package,
editor-open and OWPML-schema validators, its text extractor and object model), read
back by our importer, and compared with golden files.

An intentional change of the output updates the references:
    MFA_UPDATE_GOLDEN=1 bash tools/run-tests.sh tests/formats/hwpx/test_hwpx_export.py
then review `git diff tests/golden`.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mfa_desk.formats.hwpx.hwpx_export import export_hwpx
from mfa_desk.formats.importing import import_file
from mfa_desk.formats.native.export_payload import project_release
from mfa_desk.formats.native.mfadesk_file import dumps_release
from mfa_desk.formats.plaintext.foreign_import import EDITED_WARNING
from mfa_desk.formats.release_walker import ATTACHMENTS_LABEL, walk_release
from tests.formats.export_cases import FIXED_NOW, cases, releases
from tests.formats.test_export_golden import GOLDEN, _compare, canonical_xml
from tests.formats.visible_text import (
    Line,
    assert_reader_sees,
    hwpx_lines,
    release_texts,
    shown_in_order,
)

XML_PARTS = ("version.xml", "META-INF/container.xml", "META-INF/manifest.xml",
             "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml",
             "settings.xml")


def hwpx_bytes(release, variant: str) -> bytes:
    out = io.BytesIO()
    export_hwpx(release, variant, out, now=FIXED_NOW)
    return out.getvalue()


@pytest.fixture(scope="module")
def exported() -> dict[tuple[str, str], bytes]:
    release_set = releases()
    return {(name, variant): hwpx_bytes(release_set[name], variant)
            for name, variant in cases()}


def expected_texts(release, variant: str) -> list[str]:
    """Every non-empty paragraph the document must show, in reading order."""
    walked = walk_release(release, variant)

    def header(lang: str) -> list[str]:
        rows = [x for row in walked.header[lang] for x in (row.label, row.value)]
        return [walked.banner[lang], *rows]

    def block(b, lang: str) -> list[str]:
        label = [ATTACHMENTS_LABEL[lang]] if b.kind == "attachments" and b.number == 1 else []
        return [*label, b.texts.get(lang, "")]

    # Above everything: the embargo stamp (when under embargo), then the ministry's name.
    out: list[str] = [walked.stamp.get(lang, "") for lang in walked.langs]
    out += [walked.letterhead.name(lang) for lang in walked.langs]
    if variant != "both":
        out += header(variant)
        for b in walked.blocks:
            out += block(b, variant)
    else:
        out += header("ko") + header("en")
        for b in walked.blocks:
            if b.kind == "photo":
                out += [b.texts["ko"], b.texts["en"]]
            else:
                out += block(b, "ko") + block(b, "en")
    return [t for t in out if t]


@pytest.mark.parametrize(("name", "variant"), cases())
def test_python_hwpx_validators_accept_the_export(exported, name: str, variant: str) -> None:
    from hwpx.tools.package_validator import validate_editor_open_safety, validate_package
    from hwpx.tools.validator import validate_document

    data = exported[(name, variant)]
    package = validate_package(io.BytesIO(data))
    assert package.ok, [str(i) for i in package.errors]
    safety = validate_editor_open_safety(data)
    assert safety.ok, safety.summary
    schema = validate_document(io.BytesIO(data))
    assert schema.ok and not schema.issues, [str(i) for i in schema.issues]


@pytest.mark.parametrize(("name", "variant"), cases())
def test_python_hwpx_reads_every_paragraph_in_order(tmp_path: Path, exported, name: str,
                                                    variant: str) -> None:
    from hwpx import HwpxDocument
    from hwpx.tools.text_extractor import TextExtractor

    path = tmp_path / "out.hwpx"
    path.write_bytes(exported[(name, variant)])
    with TextExtractor(str(path)) as extractor:
        texts = [p.text() for p in extractor.iter_document_paragraphs()]
    assert [t for t in texts if t] == expected_texts(releases()[name], variant)
    # expected_texts shares the exporter's walker: the release's own texts, independently.
    for lang in ("ko", "en") if variant == "both" else (variant,):
        shown_in_order([Line(t) for t in texts], release_texts(releases()[name], lang),
                       f"{name}-{variant} by python-hwpx [{lang}]", with_markers=False)
    # The object model agrees on the tables: one cell per (row, column), in order.
    doc = HwpxDocument.open(str(path))
    tables = [t for p in doc.paragraphs for t in p.tables]
    walked = walk_release(releases()[name], variant)
    if variant == "both":
        assert len(tables) == 1
        side = tables[0]
        photos = sum(b.kind == "photo" for b in walked.blocks)
        assert side.row_count == 1 + len(walked.blocks)
        assert sum(len(r.cells) for r in side.rows) == 2 * side.row_count - photos
    else:
        (header,) = tables
        assert [c.text for r in header.rows for c in r.cells] == [
            x for row in walked.header[variant] for x in (row.label, row.value)]


def rewritten(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    """The package with one part changed, every other entry as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            dst.writestr(info, change(blob) if info.filename == part else blob)
    return out.getvalue()


def without_payload(data: bytes) -> bytes:
    """As if another program had written the same document: no embedded release."""
    return rewritten(data, "Contents/content.hpf",
                     lambda b: re.sub(rb'<opf:meta name="mfadesk-release".*?</opf:meta>', b"",
                                      b, flags=re.S))


@pytest.mark.parametrize(("name", "variant"), cases())
def test_own_export_restores_the_release_exactly(tmp_path: Path, exported, name: str,
                                                 variant: str) -> None:
    release = releases()[name]
    langs = ("ko", "en") if variant == "both" else (variant,)
    path = tmp_path / "own.hwpx"
    path.write_bytes(exported[(name, variant)])
    result = import_file(path)
    assert result.warnings == []
    assert dumps_release(result.release) == dumps_release(project_release(release, langs))
    # The embedded data restores it; the section text is what a reader sees (markers are
    # paragraph heads in HWPX, not text).
    assert_reader_sees(hwpx_lines(exported[(name, variant)]), release, variant,
                       f"{name}-{variant}.hwpx", with_markers=False)


def test_edited_export_is_read_again_with_the_edit(tmp_path: Path, exported) -> None:
    old, new = "양측은 청정에너지".encode(), "양국은 청정에너지".encode()
    data = rewritten(exported[("sample", "ko")], "Contents/section0.xml",
                     lambda b: b.replace(old, new))
    path = tmp_path / "edited.hwpx"
    path.write_bytes(data)
    result = import_file(path)
    assert result.warnings == [EDITED_WARNING]
    assert result.release.points[1].text.ko.startswith("양국은 청정에너지")


@pytest.mark.parametrize(("name", "variant"), cases())
def test_our_paragraph_reading_gets_the_release_back(tmp_path: Path, exported, name: str,
                                                     variant: str) -> None:
    """Without the embedded release, the paragraphs, Hangul bullets and numbering, the
    header table and the photos give the release's text back."""
    release = releases()[name]
    langs = ("ko", "en") if variant == "both" else (variant,)
    expected = project_release(release, langs)
    path = tmp_path / "back.hwpx"
    path.write_bytes(without_payload(exported[(name, variant)]))
    result = import_file(path)
    back = result.release

    def outline(seg, lang):
        return (seg.text.get(lang), [outline(c, lang) for c in seg.children])

    for lang in langs:
        assert back.headline.text.get(lang) == expected.headline.text.get(lang)
        assert [outline(p, lang) for p in back.points] == [
            outline(p, lang) for p in expected.points]
        assert [n.text.get(lang) for n in back.notes] == [
            n.text.get(lang) for n in expected.notes]
        assert [a.title.get(lang) for a in back.attachments] == [
            a.title.get(lang) for a in expected.attachments]
        for got, want in zip(back.attachments, expected.attachments, strict=True):
            assert (got.photo is None) == (want.photo is None)
            if got.photo is not None and want.photo is not None:
                assert got.photo.data == want.photo.data
                assert got.photo.caption.get(lang) == want.photo.caption.get(lang)
    if "ko" in langs:
        m, want = back.metadata, expected.metadata
        assert (m.timing_text, m.issued_at, m.department) == (
            want.timing_text, want.issued_at, want.department)
        assert [(c.role, c.name, c.phone) for c in m.contacts] == [
            (c.role, c.name, c.phone) for c in want.contacts]
    assert back.korean_numbering == release.korean_numbering or "ko" not in langs


def test_mimetype_is_first_and_stored(exported) -> None:
    with zipfile.ZipFile(io.BytesIO(exported[("sample", "ko")])) as zf:
        first = zf.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert zf.read("mimetype") == b"application/hwp+zip"


def test_export_is_reproducible() -> None:
    release = releases()["sample"]
    assert hwpx_bytes(release, "both") == hwpx_bytes(release, "both")


def _manifest(zf: zipfile.ZipFile) -> str:
    lines = []
    for info in zf.infolist():  # in zip order: the order is part of the format
        data = zf.read(info.filename)
        digest = "xml" if info.filename.endswith((".xml", ".hpf")) else \
            hashlib.sha256(data).hexdigest()[:16]
        lines.append(f"{info.filename} {info.compress_type} {digest}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("name", "variant"), cases())
def test_hwpx_parts_match_golden(exported, name: str, variant: str) -> None:
    with zipfile.ZipFile(io.BytesIO(exported[(name, variant)])) as zf:
        folder = GOLDEN / f"{name}-{variant}" / "hwpx"
        _compare(folder / "manifest.txt", _manifest(zf))
        for part in XML_PARTS:
            _compare(folder / (part.replace("/", "__") + ".txt"), canonical_xml(zf.read(part)))
        _compare(folder / "Preview__PrvText.txt",
                 zf.read("Preview/PrvText.txt").decode("utf-8").replace("\r\n", "\n") + "\n")
