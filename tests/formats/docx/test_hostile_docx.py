"""DOCX crash classes of the issue #12 fault run, reproduced from their descriptions:
each is read or refused with one line, quickly and in bounded memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_text import xml_int
from mfa_desk.formats.importing import import_file
from mfa_desk.formats.plaintext.list_labels import format_number
from tests.formats.hostile_files import (
    corrupt_deflate_docx,
    lying_zip_docx,
    mutated_rels_docx,
    numbering_docx,
    wrong_content_type_docx,
)
from tests.formats.test_import_safety import _refused as _one_line_refusal
from tests.fuzz.harness import CliWorker


def _write(tmp_path: Path, data: bytes, name: str = "case.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("fmt", "start", "ilvl"), [
    ("lowerRoman", "100000000", "0"),  # built the numeral letter by letter: > 100 s
    ("upperRoman", "-5", "0"),
    ("decimal", "x1", "0"),  # ValueError
    ("decimal", "1", "a"),  # ValueError
    ("decimal", "1", "12"),  # IndexError
    ("lowerLetter", "9" * 5000, "0"),  # more digits than int() accepts
])
def test_hostile_numbering_values_are_clamped(tmp_path: Path, fmt: str, start: str,
                                               ilvl: str) -> None:
    result = import_file(_write(tmp_path, numbering_docx(fmt, start, ilvl)))
    assert result.release.points  # the text is still read as a release


def test_numbering_helpers_clamp() -> None:
    assert format_number("lowerRoman", 1994) == "mcmxciv"
    assert format_number("upperRoman", 100_000_000) == "100000000"  # digits, as Word
    assert xml_int("12", 0, 0, 8) == 8 and xml_int(" 3 ", 0, 0, 8) == 3
    assert xml_int("x", 1, 0, 9) == 1 and xml_int(None, 1, 0, 9) == 1


def test_corrupt_deflate_is_one_line(tmp_path: Path) -> None:
    _one_line_refusal(_write(tmp_path, corrupt_deflate_docx()), "not a readable Word document")


@pytest.mark.parametrize("part", ["word/_rels/document.xml.rels", "_rels/.rels"])
def test_mutated_relationships_are_one_line(tmp_path: Path, part: str) -> None:
    _one_line_refusal(_write(tmp_path, mutated_rels_docx(part)), "not a readable Word document")


@pytest.mark.parametrize(("part_type", "as_type"), [
    ("styles", "numbering"), ("numbering", "styles"), ("styles", "document.main")])
def test_parts_of_the_wrong_content_type(tmp_path: Path, part_type: str, as_type: str) -> None:
    path = _write(tmp_path, wrong_content_type_docx(part_type, as_type))
    try:
        result = import_file(path)
    except InputError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
    else:
        assert result.release.points


def test_lying_zip_stops_at_the_declared_size_in_bounded_memory(tmp_path: Path) -> None:
    # 200 MB really inside, 30 KB declared: inflating it whole needed ~400 MB before.
    path = _write(tmp_path, lying_zip_docx(200 * 2**20))
    worker = CliWorker(memory_mb=150)
    try:
        answer = worker.run(["inspect", str(path)])
    finally:
        worker.close()
    assert answer.problem() == "" and answer.exit == 2
    assert "word/document.xml" in answer.stderr and str(path) in answer.stderr
