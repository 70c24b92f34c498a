"""Held-out releases written after the importer: each field and segment of the
import must equal what a human reader says the release contains (the
NAME.expected.json next to each text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_compare import cases, compare

from mfa_desk.formats.text_import import import_text


def test_every_heldout_release_has_its_expected_result() -> None:
    found = cases()
    assert len(found) == 8
    assert all(expected.exists() for _, expected in found)


@pytest.mark.parametrize(("source", "expected"), cases(), ids=lambda p: Path(p).name)
def test_heldout_release_imports_as_a_reader_sees_it(source: Path, expected: Path) -> None:
    mismatches = [f"{c.name}: expected {c.expected!r}, got {c.actual!r}"
                  for c in compare(source, expected) if not c.ok]
    assert mismatches == []


# ------------------------------------------------- the rules the held-out set showed missing


def test_breadcrumb_section_then_category_keeps_the_category() -> None:
    result = import_text("KOR\nMinistry News\nPress Releases\nTalks Held\n1. They met.\n",
                         source="b.txt")
    assert result.release.metadata.category == "Press Releases"
    assert result.warnings == []


def test_section_alone_is_the_category() -> None:
    result = import_text("Ministry News\nTalks Held\n1. They met.\n", source="s.txt")
    assert result.release.metadata.category == "Ministry News"


_KOREAN_HEAD = ("보도자료\n담당부서: 기후환경과학외교국 기후변화외교과\n\n회의 개최\n"
                "□ 회의를 개최하였다.  끝.\n\n")


def test_contact_table_naming_only_the_division_is_the_same_department() -> None:
    text = (_KOREAN_HEAD +
            "담당 부서\t기후변화외교과\t책임자\t과장 한소율\t02-2100-7421\n")
    result = import_text(text, source="t.txt")
    r = result.release
    assert (r.metadata.department, r.notes, result.warnings) == (
        "기후환경과학외교국 기후변화외교과", [], [])
    assert [c.name for c in r.metadata.contacts] == ["한소율"]


def test_contact_table_naming_another_department_is_still_reported() -> None:
    text = (_KOREAN_HEAD +
            "담당 부서\t북미2과\t책임자\t과장 한소율\t02-2100-7421\n")
    result = import_text(text, source="t.txt")
    assert [n.text.ko for n in result.release.notes] == ["담당부서 북미2과"]
    assert result.warnings == ["t.txt:7: 담당부서 is given a second time; kept as a note"]
