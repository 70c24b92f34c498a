"""The label tables: one place for a label, read the same way everywhere."""

from __future__ import annotations

from mfa_desk.text.labels import DATE_LABELS, DEPARTMENT_LABELS, HEADER_FIELDS, label_of


def test_a_label_is_read_with_spaces_case_and_a_colon() -> None:
    assert label_of("작성일", DATE_LABELS) == "작성일"
    assert label_of("Date :", DATE_LABELS) == "date"
    assert label_of("부 서 명", DEPARTMENT_LABELS) == "부서명"
    assert label_of("작성일 2026-03-18", DATE_LABELS) is None


def test_the_header_fields_keep_their_order() -> None:
    assert HEADER_FIELDS[:3] == ("보도일시", "보도시점", "배포일시")
