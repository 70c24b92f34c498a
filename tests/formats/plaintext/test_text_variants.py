"""Variants of the published text forms the samples do not show: web tables copied
with labels and values on separate lines, Korean date lines, header values over
several lines, headlines without 제목, odd spaces and glyphs, deeper Korean marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mfa_desk.checks.findings import ERROR
from mfa_desk.checks.translation import check_translation
from mfa_desk.formats.importing import import_pair
from mfa_desk.formats.plaintext.text_import import import_text, import_text_file
from tests.formats.release_outline import RELEASES, points

VARIANTS = RELEASES / "variants"
VARIANT_PAIRS = sorted({p.name.split(".")[0] for p in VARIANTS.glob("[0-9][0-9]-*.txt")})


def _warnings(result_warnings: list[str]) -> list[str]:
    """Warnings without the folder of the file: "name.txt:3: message"."""
    return [Path(w).name for w in result_warnings]


# ---------------------------------------------------------------- the variant pairs


def test_web_table_date_and_hit_on_their_own_lines() -> None:
    result = import_text_file(VARIANTS / "10-peacekeeping-consultation.en.txt")
    r = result.release
    assert result.warnings == []
    assert r.headline.text.en == ("Korea and Chile Hold Policy Consultation on Peacekeeping "
                                  "(September 26)")
    assert r.metadata.date == dt.date(2026, 9, 26)
    assert r.metadata.category == "Press Releases"
    assert [s.text.en for s in r.subheadlines] == [
        "Fifth consultation discusses peacekeeping cooperation"]
    assert len(r.points) == 3 and r.unofficial_translation


def test_korean_date_line_indented_header_values_and_two_dash_subheadline() -> None:
    result = import_text_file(VARIANTS / "10-peacekeeping-consultation.ko.txt")
    r = result.release
    m = r.metadata
    assert result.warnings == []
    assert m.date == dt.date(2026, 9, 26)  # "2026. 9. 26.(토)" under 보도자료
    assert m.department == "다자외교조정관실 유엔과"  # "\t유엔과" continues the department
    assert [(c.role, c.rank, c.name, c.phone) for c in m.contacts] == [
        ("responsible", "과장", "윤서진", "02-2100-7650"),
        ("contact", "사무관", "한도경", "02-2100-7655"),  # the phone on the next line
    ]
    assert r.headline.text.ko == "한-칠레 평화유지 정책협의회 개최(9.26.)"
    assert [s.text.ko for s in r.subheadlines] == ["제5차 협의회, 평화유지 협력 논의"]
    assert points(r, "ko")[1] == ("양측은 유엔 평화유지활동 참여 확대 방안을 논의하였다.",
                                  ["양측은 2027년 상반기에 공동 교육과정을 운영하기로 하였다."])
    assert len(r.points) == 3 and r.notes == []


def test_korean_numbering_four_levels_odd_spaces_crlf_and_attachments() -> None:
    path = VARIANTS / "11-development-plan.ko.txt"
    assert b"\r\n" in path.read_bytes()
    result = import_text_file(path)
    r = result.release
    assert _warnings(result.warnings) == [
        "11-development-plan.ko.txt:10: no space after '1.'; read as point 1.",
        "11-development-plan.ko.txt:13: item '가)' is below level 3 (under '1)' items); "
        "kept as level 3",
        "11-development-plan.ko.txt:18: no space after 'ㅇ'",
    ]
    assert r.korean_numbering == "number"
    assert r.headline.text.ko == "2026년 개발협력 종합시행계획 확정"  # U+3000 is a space
    assert points(r, "ko") == [
        ("정부는 10.14.(수) 국제개발협력위원회를 열고 2026년 개발협력 종합시행계획을 확정하였다.", [
            ("올해 개발협력 예산은 총 6조 3,000억 원이다.", [
                "양자 협력에 4조 8,000억 원이 배정되었다.",
                "이 가운데 아시아 지역이 40%를 차지한다.",
                "다자 협력에 1조 5,000억 원이 배정되었다.",  # the zero-width space is gone
            ]),
            "지원 대상국은 모두 56개국이다.",
        ]),
        ("정부는 보건, 교육, 기후 분야를 중점 지원 분야로 정하였다.",
         ["특히 기후 분야 지원은 작년보다 20% 늘어난다."]),
        "위원회는 하반기 중 중간 점검을 실시할 예정이다.",
    ]
    assert [n.text.ko for n in r.notes] == [
        "개발협력 예산은 국회 심의 과정에서 일부 조정될 수 있다."]
    assert [a.title.ko for a in r.attachments] == ["2026년 종합시행계획 요약 1부.",
                                                   "분야별 예산 내역 1부."]


def test_embargo_line_and_contacts_with_extension_email_and_two_people() -> None:
    m = import_text_file(VARIANTS / "11-development-plan.ko.txt").release.metadata
    assert m.document_type == "보도자료"  # "보 도 자 료" under the letterhead "외교부"
    assert m.timing == "embargo"
    assert m.timing_text == "2026. 10. 15.(목) 조간; 엠바고 2026. 10. 14.(수) 12:00 이후 (온라인)"
    assert m.date == dt.date(2026, 10, 15)
    assert m.issued_at == dt.datetime(2026, 10, 14, 10, 0)
    assert [(c.rank, c.name, c.phone, c.department) for c in m.contacts] == [
        ("서기관", "오하람", "02-2100-7310, 내선 7310, oh.haram@mofa.example", "외교부 개발정책과"),
        ("사무관", "김누리", "02-2100-7315", "개발협력국 개발정책과"),
    ]


def test_english_bullets_en_dashes_point_note_and_bracketed_flag() -> None:
    result = import_text_file(VARIANTS / "11-development-plan.en.txt")
    r = result.release
    assert result.warnings == []
    assert r.metadata.date == dt.date(2026, 10, 15)  # "Date : 2026.10.15", "Hit : 1,204"
    assert r.unofficial_translation  # "(Unofficial translation)"
    first = points(r, "en")[0]
    assert [len(c[1]) if isinstance(c, tuple) else 0 for c in first[1]] == [3, 0]
    # the "*" note right under point 1 goes to the notes, in order, like the Korean "※"
    assert [n.text.en[:30] for n in r.notes] == ["The development cooperation bu"]


def test_box_and_ministry_news_forms() -> None:
    ko = import_text_file(VARIANTS / "12-youth-exchange.ko.txt")
    assert _warnings(ko.warnings) == ["12-youth-exchange.ko.txt:9: no space after '□'"]
    assert [a.title.ko for a in ko.release.attachments] == ["모집 안내문 1부."]
    assert ko.release.metadata.contacts[1].phone == "pyo.eunseo@mofa.example"
    en = import_text_file(VARIANTS / "12-youth-exchange.en.txt")
    assert en.release.metadata.category == "Ministry News"  # the breadcrumb is dropped
    assert en.release.metadata.date == dt.date(2026, 5, 25)  # "Date 2026. 5. 25."
    assert en.release.headline.text.en.endswith("(5.25.)")
    assert len(en.release.points[0].children) == 2
    assert en.release.unofficial_translation  # "*Unofficial Translation"


@pytest.mark.parametrize("name", VARIANT_PAIRS)
def test_variant_pairs_align_and_pass_the_translation_checks(name: str) -> None:
    result = import_pair(VARIANTS / f"{name}.ko.txt", VARIANTS / f"{name}.en.txt")
    assert not [w for w in result.warnings if ": the Korean has" in w]  # counts agree
    errors = [f for f in check_translation(result.release) if f.severity == ERROR]
    assert errors == []


# ---------------------------------------------------------------- inline variants


@pytest.mark.parametrize("date_lines", [
    "Date\n2026-09-26", "Date :\n2026.09.26", "Date : 2026.09.26", "Date 2026. 9. 26.",
    "Date\n\n2026-09-26", "Date 2026-09-26 hit 57", "Date\tSeptember 26, 2026",
    "2026-09-26", "작성일 2026-09-26",
])
def test_english_date_forms(date_lines: str) -> None:
    result = import_text(f"Press Releases\nTalks Held\n{date_lines}\nhit\n1,057\n1. They met.\n")
    r = result.release
    assert result.warnings == []
    assert (r.headline.text.en, r.metadata.date) == ("Talks Held", dt.date(2026, 9, 26))
    assert points(r, "en") == ["They met."]


def test_date_label_without_a_date_is_kept_as_text() -> None:
    result = import_text("Talks Held\nDate\nto be announced\n1. They met.\n", source="d.txt")
    assert result.release.headline.text.en == "Talks Held Date to be announced"
    assert result.release.metadata.date is None


def test_korean_date_line_weekday_is_checked() -> None:
    result = import_text("보도자료\n2026. 11. 4.(목)\n\n제목\n□ 내용이다.\n", source="k.txt")
    assert result.release.metadata.date == dt.date(2026, 11, 4)
    assert result.release.headline.text.ko == "제목"
    assert result.warnings == ["k.txt:2: 2026. 11. 4. is a Wednesday (수), not (목)"]


def test_date_line_below_the_first_point_is_text() -> None:
    r = import_text("제목\n□ 일정은 다음과 같다.\n2026. 11. 4.(수)\n").release
    assert r.metadata.date is None
    assert points(r, "ko") == ["일정은 다음과 같다. 2026. 11. 4.(수)"]


def test_header_value_on_the_next_line_of_a_table_copy() -> None:
    text = "담당부서\n유럽국 서유럽과\n담당자\n서기관 박서연 (02-2100-7405)\n\n제목\n□ 내용.\n"
    result = import_text(text)
    m = result.release.metadata
    assert result.warnings == []
    assert m.department == "유럽국 서유럽과"
    assert [(c.rank, c.name, c.phone) for c in m.contacts] == [
        ("서기관", "박서연", "02-2100-7405")]
    assert result.release.headline.text.ko == "제목"


def test_text_above_the_header_is_not_the_headline() -> None:
    text = ("국민과 함께하는 외교\n보도자료\n보도일시 즉시\n담당부서 유엔과\n\n"
            "유엔 평화유지 협력 강화\n□ 내용이다.\n")
    result = import_text(text, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "유엔 평화유지 협력 강화"
    assert [n.text.ko for n in r.notes] == ["국민과 함께하는 외교"]
    assert result.warnings == ["k.txt:1: text above the header fields is not the headline; "
                               "kept as a note"]
    assert points(r, "ko") == ["내용이다."]


def test_korean_web_page_title_above_its_fields_stays_the_headline() -> None:
    text = "유엔 평화유지 협력 강화\n담당부서 유엔과\n조회수 57\n□ 내용이다.\n"
    result = import_text(text)
    assert result.release.headline.text.ko == "유엔 평화유지 협력 강화"
    assert result.release.metadata.department == "유엔과" and result.warnings == []


@pytest.mark.parametrize("category", ["Press Releases", "Press Briefings", "Ministry News"])
def test_categories(category: str) -> None:
    r = import_text(f"{category}\nHeadline (September 26)\n1. Point.\n").release
    assert r.metadata.category == category
    assert r.headline.text.en == "Headline (September 26)"


@pytest.mark.parametrize(("line", "timing", "timing_text"), [
    ("보도시점 : 2026. 3. 18.(수) 조간", "embargo", "2026. 3. 18.(수) 조간"),
    ("엠바고 : 2026. 3. 18.(수) 06:00 이후", "embargo", "2026. 3. 18.(수) 06:00 이후"),
    ("보도일시: 즉시", "on_issue", "즉시"),
    ("보도일시 : 2026. 3. 18.(수) 10:00", "set_time", "2026. 3. 18.(수) 10:00"),
])
def test_korean_release_timing_lines(line: str, timing: str, timing_text: str) -> None:
    result = import_text(f"{line}\n\n제목\n□ 내용.\n")
    m = result.release.metadata
    assert (m.timing, m.timing_text) == (timing, timing_text)
    assert result.warnings == [] and result.release.headline.text.ko == "제목"


def test_embargo_word_inside_a_timing_value_is_not_a_field() -> None:
    m = import_text("보도일시 2026. 3. 18.(수) 조간 엠바고\n제목\n□ 내용.\n").release.metadata
    assert m.timing_text == "2026. 3. 18.(수) 조간 엠바고"


@pytest.mark.parametrize(("line", "expected"), [
    ("담당자 : 외교부 ○○과 사무관 홍길동 (02-2100-0000)",
     [("사무관", "홍길동", "02-2100-0000", "외교부 ○○과")]),
    ("담당자 서기관 강지호 (02-2100-8114), 사무관 임채원 (02-2100-8117)",
     [("서기관", "강지호", "02-2100-8114", ""), ("사무관", "임채원", "02-2100-8117", "")]),
    ("담당자 서기관 강지호, 사무관 임채원 (02-2100-8114)",
     [("서기관", "강지호", "02-2100-8114", ""), ("사무관", "임채원", "02-2100-8114", "")]),
    ("담당자 사무관 홍길동 (02-2100-0000, 내선 1234)",
     [("사무관", "홍길동", "02-2100-0000, 내선 1234", "")]),
    ("담당자 사무관 홍길동 (내선 1234)", [("사무관", "홍길동", "내선 1234", "")]),
    ("담당자 홍길동 사무관 (hong@mofa.example)", [("사무관", "홍길동", "hong@mofa.example", "")]),
])
def test_contact_shapes(line: str, expected: list[tuple[str, str, str, str]]) -> None:
    result = import_text(f"{line}\n\n제목\n□ 내용.\n")
    contacts = result.release.metadata.contacts
    assert [(c.rank, c.name, c.phone, c.department) for c in contacts] == expected
    assert result.release.headline.text.ko == "제목" and result.warnings == []


def test_only_a_headline_and_unmarked_paragraphs() -> None:
    text = "Korea Hosts Forum\n\nThe Ministry hosted a forum.\n\nExperts from 9 countries came.\n"
    result = import_text(text, source="p.txt")
    assert result.release.headline.text.en == "Korea Hosts Forum"
    assert points(result.release, "en") == ["The Ministry hosted a forum.",
                                            "Experts from 9 countries came."]
    assert len(result.warnings) == 1


def test_title_label_alone_bracketed_doctype_and_subtitle_label() -> None:
    text = ("[보도참고자료]\n보도일시 즉시\n\n제목\n유엔 평화유지 회의 개최\n"
            "부제: 40개국 대표 참석\n□ 내용.\n")
    result = import_text(text)
    r = result.release
    assert result.warnings == []
    assert r.metadata.document_type == "보도참고자료"
    assert r.headline.text.ko == "유엔 평화유지 회의 개최"
    assert [s.text.ko for s in r.subheadlines] == ["40개국 대표 참석"]


def test_title_label_with_nothing_after_it_is_kept() -> None:
    r = import_text("제목\n□ 내용.\n").release
    assert r.headline.text.ko == "제목" and points(r, "ko") == ["내용."]


def test_closing_contact_table_repeats_the_header_without_duplicates() -> None:
    text = ("담당부서 유엔과\n책임자 과장 김민수 (02-2100-7600)\n\n제목\n□ 내용.  끝.\n\n"
            "<담당자 연락처>\n담당부서\t담당자\t연락처\n유엔과\t과장 김민수\t02-2100-7600\n"
            "유엔과\t주무관 이서윤\t02-2100-7609\n담당부서 유엔과\n")
    result = import_text(text)
    m = result.release.metadata
    assert result.warnings == [] and result.release.notes == []
    assert [(c.role, c.rank, c.name, c.phone, c.department) for c in m.contacts] == [
        ("responsible", "과장", "김민수", "02-2100-7600", "유엔과"),
        ("contact", "주무관", "이서윤", "02-2100-7609", "유엔과"),
    ]


def test_header_table_pasted_with_its_borders() -> None:
    text = ("외교부\n보도자료\n+--------+----------------+\n"
            "| 보도 일시 | 2026. 4. 2.(목) 석간 | 배포 일시 | 2026. 4. 2.(목) 09:00 |\n"
            "| 담당 부서 | 북미국 북미1과 | 책임자 | 과장 정다온 (02-2100-7740) |\n"
            "| | | 담당자 | 서기관 최가람 (02-2100-7745) |\n|---|---|\n\n"
            "한-미 전략대화 개최\n - 공급망 협력 논의\n□ 내용이다.\n")
    result = import_text(text)
    r = result.release
    assert result.warnings == []
    assert (r.metadata.timing, r.metadata.department) == ("embargo", "북미국 북미1과")
    assert [c.name for c in r.metadata.contacts] == ["정다온", "최가람"]
    assert r.headline.text.ko == "한-미 전략대화 개최"
    assert [s.text.ko for s in r.subheadlines] == ["공급망 협력 논의"]


@pytest.mark.parametrize("field", ["담당부서  유엔과", "담당자  사무관 홍길동 (02-2100-0000)",
                                   "보도일시  즉시", "보도일시  2026. 3. 18.(수) 10:00"])
@pytest.mark.parametrize("headline", ["한-칠레 제5차 정책협의회 개최", "외교장관 회담 결과"])
def test_centred_headline_right_under_the_header_is_not_a_field_value(field: str,
                                                                      headline: str) -> None:
    result = import_text(f"{field}\n          {headline}\n□ 내용.\n")
    assert result.release.headline.text.ko == headline
    assert result.warnings == []


def test_inquiry_field_after_the_end_mark() -> None:
    result = import_text("제목이다\n□ 내용.  끝.\n\n문의처: 유엔과 사무관 홍길동 (02-2100-7605)\n")
    contacts = result.release.metadata.contacts
    assert [(c.role, c.rank, c.name, c.phone, c.department) for c in contacts] == [
        ("contact", "사무관", "홍길동", "02-2100-7605", "유엔과")]
    assert result.warnings == [] and result.release.notes == []
