"""A file is imported by what it is, whatever its name (a download saved as `view.do`, an
HWPX as `.zip`, a page's HTML as `.txt`), and a kind no importer reads is one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.file_kind import FileKind, sniff
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.hwpx.hwpx_export import export_hwpx
from mfa_desk.formats.importing import import_file
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.formats.plaintext.text_import import import_text_file
from mfa_desk.model.release import Release
from mfa_desk.resources import sample_release_path


@pytest.fixture(scope="module")
def sample() -> Release:
    return load_release(sample_release_path())


def _headline(path: Path) -> str:
    return import_file(path).release.headline.text.ko


def test_a_docx_saved_without_its_suffix_is_read_as_word(tmp_path: Path,
                                                         sample: Release) -> None:
    path = tmp_path / "view.do"
    export_docx(sample, "ko", path)
    assert sniff(path)[0] is FileKind.DOCX
    assert _headline(path) == sample.headline.text.ko


def test_an_hwpx_saved_as_zip_is_read_as_hangul(tmp_path: Path, sample: Release) -> None:
    path = tmp_path / "download.zip"
    export_hwpx(sample, "ko", path)
    assert sniff(path)[0] is FileKind.HWPX
    assert _headline(path) == sample.headline.text.ko


def test_a_page_s_html_saved_as_text_is_read_as_html(tmp_path: Path, sample: Release) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(export_html(sample, "ko", publish=True))
    assert sniff(path)[0] is FileKind.HTML
    result = import_file(path).release
    assert result.headline.text.ko == sample.headline.text.ko
    assert not any("<" in ref.segment.text.ko for ref in result.iter_segments())
    # The wrong twin: read as text (as before), the page was all markup and chrome.
    assert import_text_file(path).release.headline.text.ko != sample.headline.text.ko


def test_text_opening_with_an_angle_bracket_title_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("<참고자료>\n누리 협력 회의 개최\n\n□ 외교부는 오늘 회의를 개최하였다.\n",
                    encoding="utf-8")
    assert sniff(path)[0] is FileKind.TEXT
    assert import_file(path).release.points[0].text.ko.startswith("외교부는")


@pytest.mark.parametrize(("name", "data", "said"), [
    ("release.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
    # A PDF named as text: before, its operators came in as a release.
    ("release.txt", b"%PDF-1.7\nBT /F1 12 Tf (Seoul) Tj ET\n", "a PDF document"),
    ("photo", b"\x89PNG\r\n\x1a\n" + b"0" * 100, "a PNG image, not a release"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    ("scan.bmp", b"BM\x36\x00\x0c\x00\x00\x00\x00\x00", "a BMP image"),
])
def test_a_kind_no_importer_reads_is_one_line(tmp_path: Path, name: str, data: bytes,
                                              said: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        import_file(path)
    assert str(err.value).startswith(f"{path}: {said}")
    assert "\n" not in str(err.value)


def test_a_text_starting_with_bm_is_text(tmp_path: Path) -> None:
    path = tmp_path / "bmw.txt"
    path.write_text("BMW and the Ministry signed an agreement.\n\n1. The two sides met.\n",
                    encoding="utf-8")
    assert sniff(path)[0] is FileKind.TEXT


def test_other_archives_are_named(tmp_path: Path) -> None:
    odt = tmp_path / "release.odt"
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    other = tmp_path / "files.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("a.txt", "hello")
    with pytest.raises(InputError, match="an OpenDocument file"):
        import_file(odt)
    with pytest.raises(InputError, match="a zip archive, not a release"):
        import_file(other)


def _compound_file(tmp_path: Path, name: str, stream: str) -> Path:
    """A compound file's header (512-byte sectors, directory at sector 0) and a
    directory naming `stream`: enough for the sniffing, not for a reader."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[30:32] = (9).to_bytes(2, "little")
    header[48:52] = (0).to_bytes(4, "little")
    directory = bytearray(512)
    entry = "Root Entry".encode("utf-16-le")
    directory[:len(entry)] = entry
    named = stream.encode("utf-16-le")
    directory[128:128 + len(named)] = named
    path = tmp_path / name
    path.write_bytes(bytes(header) + bytes(directory))
    return path


def test_compound_files_are_told_apart_by_their_streams(tmp_path: Path) -> None:
    hwp = _compound_file(tmp_path, "download", "FileHeader")
    doc = _compound_file(tmp_path, "minutes.txt", "WordDocument")
    assert sniff(hwp)[0] is FileKind.HWP5
    assert sniff(doc)[0] is FileKind.WORD97
    with pytest.raises(InputError, match="old-format"):
        import_file(doc)
    with pytest.raises(InputError, match="HWP"):
        import_file(hwp)  # read as HWP 5 (this sketch of one is not readable)
