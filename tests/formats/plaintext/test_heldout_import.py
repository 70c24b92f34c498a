"""Held-out releases written after the importer: each field and segment of the
import must equal what a human reader says the release contains (the
NAME.expected.json next to each text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mfa_desk.formats.plaintext.text_import import import_text
from tests.formats.heldout_compare import PROBES, cases, compare


def test_every_heldout_release_has_its_expected_result() -> None:
    found = cases() + cases(PROBES)
    assert len(found) == 18
    assert all(expected.exists() for _, expected in found)


@pytest.mark.parametrize(("source", "expected"), cases() + cases(PROBES),
                         ids=lambda p: Path(p).name)
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


def test_korean_lettered_item_used_twice_is_reported_and_kept() -> None:
    text = "제목\n1. 하나.\n  가. 첫째.\n  가. 둘째.\n  다. 셋째.\n"
    result = import_text(text, source="g.txt")
    assert [c.text.ko for c in result.release.points[0].children] == ["첫째.", "둘째.", "셋째."]
    assert result.warnings == ["g.txt:4: item 가. is used twice; renumbered 나."]


def test_level3_marks_are_checked_per_list_and_restart_under_each_parent() -> None:
    text = ("제목\n1. 하나.\n  가. 가가.\n    1) 일.\n    2) 이.\n    4) 사.\n  나. 나나.\n"
            "    1) 다시 일.\n    ① 원.\n    ① 투.\n")
    result = import_text(text, source="l.txt")
    children = result.release.points[0].children
    assert [g.text.ko for g in children[0].children] == ["일.", "이.", "사."]
    assert [g.text.ko for g in children[1].children] == ["다시 일.", "원.", "투."]
    assert [w for w in result.warnings if "renumbered" in w] == [
        "l.txt:6: item 4) where 3) was due; renumbered 3)",
        "l.txt:10: item ① is used twice; renumbered ②"]


def test_unordered_marks_are_not_checked() -> None:
    result = import_text("제목\n□ 하나.\n ㅇ 가.\n ㅇ 나.\n  - 다.\n  - 라.\n", source="u.txt")
    assert result.warnings == []


def test_slash_between_two_header_fields_on_one_line_belongs_to_neither() -> None:
    text = ("보도자료\n담당부서 유럽국 서유럽과 / 담당자 사무관 김도윤 (02-2100-7444)\n\n"
            "회담 결과\n□ 회담을 가졌다.\n")
    result = import_text(text, source="h.txt")
    meta = result.release.metadata
    assert meta.department == "유럽국 서유럽과"
    assert [(c.rank, c.name, c.phone) for c in meta.contacts] == [
        ("사무관", "김도윤", "02-2100-7444")]
    assert result.warnings == []


def test_letterhead_and_document_type_on_one_line() -> None:
    text = "외교부 보도참고자료\n보도시점: 즉시\n\n회의 참석 결과\n1. 회의에 참석하였다.\n"
    result = import_text(text, source="d.txt")
    r = result.release
    assert (r.metadata.document_type, r.headline.text.ko, r.notes, result.warnings) == (
        "보도참고자료", "회의 참석 결과", [], [])


def test_letterhead_alone_is_not_a_document_type() -> None:
    result = import_text("외교부\n보도자료\n\n회의 결과\n□ 회의를 열었다.\n", source="e.txt")
    assert result.release.metadata.document_type == "보도자료"
    assert result.release.headline.text.ko == "회의 결과"


def test_english_attachment_word_followed_by_its_first_item() -> None:
    text = ("Press Releases\nTalks Held\n1. They met.\n\nAttachment 1. Photos of the talks\n"
            "           2. Joint statement\n\n* unofficial translation\n")
    result = import_text(text, source="a.txt")
    r = result.release
    assert [a.title.en for a in r.attachments] == ["Photos of the talks", "Joint statement"]
    assert [p.text.en for p in r.points] == ["They met."]
    assert (r.notes, result.warnings) == ([], [])


@pytest.mark.parametrize("bar", ["｜", "│"])
def test_full_width_and_box_drawing_bars_separate_header_fields(bar: str) -> None:
    row = f"담당부서{bar}유럽국 서유럽과 {bar} 책임자{bar}과장 김도윤 (02-2100-7444)"
    text = f"보도자료\n{row}\n\n회담 결과\n□ 회담을 가졌다.\n"
    result = import_text(text, source="f.txt")
    meta = result.release.metadata
    assert meta.department == "유럽국 서유럽과"
    assert [c.name for c in meta.contacts] == ["김도윤"]
    assert (result.release.headline.text.ko, result.warnings) == ("회담 결과", [])


@pytest.mark.parametrize("row", ["보도자료   보도일시: 2026. 3. 4.(수) 즉시",
                                 "외교부 보 도 자 료 | 보도일시 2026. 3. 4.(수) 즉시"])
def test_document_type_and_first_header_field_on_one_line(row: str) -> None:
    text = f"{row}\n\n장관, 3개국 순방(3.5.-9.)\n\n1. 장관은 3개국을 방문한다.  끝.\n"
    result = import_text(text, source="r.txt")
    r = result.release
    assert (r.metadata.document_type, r.metadata.date) == ("보도자료", dt.date(2026, 3, 4))
    assert r.headline.text.ko == "장관, 3개국 순방(3.5.-9.)"
    assert ([p.text.ko for p in r.points], result.warnings) == (["장관은 3개국을 방문한다."], [])


def test_document_type_word_inside_a_sentence_is_text() -> None:
    result = import_text("제목\n□ 보도자료 보도일시 관련 문의가 많았다.\n", source="s.txt")
    assert [p.text.ko for p in result.release.points] == ["보도자료 보도일시 관련 문의가 많았다."]


def test_contact_table_head_row_adds_no_empty_contact() -> None:
    text = ("보도자료\n보도일시 즉시\n\n회의 개최\n□ 회의를 열었다.  끝.\n\n<담당자 연락처>\n"
            "구분 | 성명 | 연락처\n책임자 | 과장 나은비 | 02-2100-7711\n"
            "담당자 | 사무관 도현수 | 02-2100-7716\n")
    result = import_text(text, source="c.txt")
    contacts = result.release.metadata.contacts
    assert [(c.role, c.rank, c.name, c.phone) for c in contacts] == [
        ("responsible", "과장", "나은비", "02-2100-7711"),
        ("contact", "사무관", "도현수", "02-2100-7716")]
    assert result.warnings == []
