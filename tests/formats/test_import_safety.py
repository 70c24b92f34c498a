"""Untrusted DOCX and HTML: caps checked before parsing, one clear InputError line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.importing import import_file
from tests.formats.export_cases import docx_bytes, releases

CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/content-types"><Override PartName="/word/document.xml" ContentType="{ct}"/>'
                 '</Types>')
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _zip(path: Path, members: dict[str, bytes], content_type: str = WORD) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES.format(ct=content_type))
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _refused(path: Path, *fragments: str) -> str:
    with pytest.raises(InputError) as info:
        import_file(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    for fragment in fragments:
        assert fragment in message
    return message


def test_member_larger_than_20_mb_is_refused(tmp_path: Path) -> None:
    _refused(_zip(tmp_path / "big.docx", {"word/document.xml": b"\0" * (21 * 2**20)}),
             "word/document.xml", "20 MB")


def test_total_above_50_mb_is_refused(tmp_path: Path) -> None:
    members = {f"word/media/image{i}.png": bytes(19 * 2**20) for i in range(3)}
    _refused(_zip(tmp_path / "total.docx", members), "50 MB")


def test_compression_ratio_above_100_is_refused(tmp_path: Path) -> None:
    _refused(_zip(tmp_path / "ratio.docx", {"word/document.xml": b" " * (3 * 2**20)}),
             "compressed", "100 to 1")


def test_more_than_1000_members_are_refused(tmp_path: Path) -> None:
    members = {f"word/part{i}.xml": b"<a/>" for i in range(1001)}
    _refused(_zip(tmp_path / "many.docx", members), "1002 parts")


def test_docm_is_refused_by_name_and_by_content(tmp_path: Path) -> None:
    real = docx_bytes(releases()["sample"], "ko")
    named = tmp_path / "macro.docm"
    named.write_bytes(real)
    _refused(named, "macro-enabled")
    disguised = _zip(tmp_path / "disguised.docx", {"word/document.xml": b"<w/>"},
                     "application/vnd.ms-word.document.macroEnabled.main+xml")
    _refused(disguised, "macro-enabled")


def test_non_word_files_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("just text", encoding="utf-8")
    _refused(text, "not a zip package")
    sheet = _zip(tmp_path / "sheet.docx", {"xl/workbook.xml": b"<x/>"},
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    _refused(sheet, "no Word document part")
    broken = _zip(tmp_path / "broken.docx", {"word/document.xml": b"<w:document"})
    _refused(broken, "not a readable Word document")


def test_old_or_encrypted_word_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    _refused(path, "password-protected")


def test_html_beyond_parser_depth_limit_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_bytes(b"<html><body>" + b"<div>" * 5000 + b"x" + b"</div>" * 5000
                     + b"</body></html>")
    _refused(page, "parser limit", "Excessive depth")


def test_html_with_huge_text_node_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    page.write_bytes(b"<html><body><p>" + b"a" * (11 * 2**20) + b"</p></body></html>")
    _refused(page, "parser limit")


def test_html_entities_are_not_expanded_from_outside(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    page = tmp_path / "xxe.html"
    page.write_text(f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body>'
                    "<p>&x;</p></body></html>", encoding="utf-8")
    from mfa_desk.formats.html.html_import import html_columns, parse_html

    lines = html_columns(parse_html(page.read_bytes(), str(page)))
    assert not any("TOPSECRET" in line for line in lines)
