"""False-finding classes of the translation checks found on the batch-18 held-out pairs (two
phone calls, a ministerial meeting, an MOU, a consular notice, an aid announcement and an
embassy's notice in both languages; judged by hand before any change, docs/checks.md), each
with an invented pair or release beside its wrong twin: a real discrepancy of the same shape
that must still be reported.

Classes: an amount whose digits a hyphen joins to the scale ("500-thousand dollars"); a
Korean date written with its weekday ("6.24(월)") that the English names by that weekday
alone; the day the ministry spoke before quotes joined by "며" ('외교부는 21일 "..."며
"..."고 밝혔다'); "워싱턴 D.C." rendered "Washington"; a year and a month written "2019.4월"
(not the decimal 2019.4); a footnote the English folds into the paragraph it annotates.
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_translation
from mfa_desk.model.release import Release, Segment

from .exact_findings import assert_exact_findings

E, W = ERROR, WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- digits joined to the scale by a hyphen -------------------------------------------------
    ("말라위와 나미비아에 각 50만 달러를 지원한다.",
     "500-thousand dollars each will be given to Malawi and Namibia.", []),
    ("말라위와 나미비아에 각 50만 달러를 지원한다.",
     "400-thousand dollars each will be given to Malawi and Namibia.", [("number", E)]),
    ("기금에 300만 달러를 출연한다.", "It will give a three-million-dollar contribution "
     "to the fund.", []),
    ("기금에 300만 달러를 출연한다.", "It will give a two-million-dollar contribution "
     "to the fund.", [("number", E)]),
    # --- a Korean date with its weekday, the English naming the weekday alone -----------------
    ("양측은 6.24.(월) 워싱턴에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in Washington on Monday.", []),
    ("양측은 6.24.(월) 워싱턴에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in Washington on Tuesday.",
     [("date", E)]),  # another weekday: the day is missing
    ("양측은 6.24. 워싱턴에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in Washington on Monday.",
     []),  # no weekday written, no calendar: one weekday stands for one day (batch 17)
    # --- the day the ministry spoke, before quotes joined by "며" -------------------------------
    ('외교부는 21일 "특별여행주의보를 1개월 연장했다"며 "추가 연장이 없는 한 자동 해제된다"고 '
     '밝혔다.', "The ministry said it extended the special travel advisory by one month; it "
     "will be lifted automatically unless extended again.", []),
    ('외교부는 21일 회의를 열어 "특별여행주의보를 1개월 연장했다"며 "추가 연장이 없는 한 자동 '
     '해제된다"고 밝혔다.', "The ministry said it extended the special travel advisory by one "
     "month; it will be lifted automatically unless extended again.",
     [("date", E)]),  # the day of a meeting, not of the saying
    # --- the capital without its district -------------------------------------------------------
    ("양측은 워싱턴 D.C.에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in Washington.", []),
    ("양측은 워싱턴 D.C.에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in New York.",
     [("latin", W), ("glossary", W)]),  # another city: D.C. and 워싱턴 are both missing
    # --- a year and a month written "2019.4월" --------------------------------------------------
    ("양국은 2019.4월 특별 전략적 동반자 관계로 격상하였다.",
     "The two countries upgraded their ties to a special strategic partnership in April "
     "2019.", []),
    ("양국은 2019.4월 특별 전략적 동반자 관계로 격상하였다.",
     "The two countries upgraded their ties to a special strategic partnership in April "
     "2018.", [("number", E)]),  # another year
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(None, None, default_glossary()), expected)


# --- a footnote the English folds into the paragraph it annotates ------------------------------
def _with_note(second_en: str) -> Release:
    release = Release()
    release.headline = Segment.of("한-우즈베키스탄 외교장관 회담 결과",
                                  "Outcome of the Korea-Uzbekistan Foreign Ministers' Meeting")
    release.points = [
        Segment.of("두 장관은 11.4. 서울에서 회담을 가졌다.",
                   "The two ministers met in Seoul on November 4."),
        Segment.of("두 장관은 특별 전략적 동반자 관계*의 내실화를 위해 긴밀히 소통하기로 하였다.",
                   second_en)]
    release.notes = [Segment.of("* 2019.4월 특별 전략적 동반자 관계 격상", "")]
    return release


def _note_findings(release: Release) -> list[tuple[str, str]]:
    return [(f.severity, f.message.split(" (")[0]) for f in check_translation(release)
            if f.segment == "notes[0]"]


def test_a_note_the_english_gives_in_a_point_is_a_merge_to_note() -> None:
    release = _with_note("They agreed to deepen the special strategic partnership, "
                         "established in April 2019, through close communication.")
    assert _note_findings(release) == [
        (W, "Merged: its content is in the English of points[1]")]


def test_a_note_no_english_point_states_has_no_translation() -> None:
    release = _with_note("They agreed to deepen the special strategic partnership through "
                         "close communication.")
    assert _note_findings(release) == [(E, "The note has no English translation")]


def test_a_fact_the_point_says_itself_does_not_stand_for_the_note() -> None:
    release = _with_note("They agreed to deepen the special strategic partnership, "
                         "established in April 2019, through close communication.")
    release.points[1] = Segment.of("두 장관은 2019.4월 격상된 특별 전략적 동반자 관계*의 내실화를 "
                                   "위해 긴밀히 소통하기로 하였다.", release.points[1].text.en)
    assert _note_findings(release) == [(E, "The note has no English translation")]


# --- the two countries of a bilateral call tie a gap to no point -------------------------------
def _call(second_en: str, others_name_them: bool) -> Release:
    release = Release()
    release.headline = Segment.of("한러 외교장관 통화", "Top diplomats hold phone talks")
    country = "South Korea and Russia" if others_name_them else "the two sides"
    release.points = [
        Segment.of("양 장관은 코로나19 대응을 위해 협력하기로 했다.",
                   f"Officials of {country} agreed to cooperate on COVID-19."),
        Segment.of("당시 이 회의에는 한국과 미국, 중국, 러시아, 몽골 5개국이 참석했다.", ""),
        Segment.of("양 장관은 올해도 고위급 교류를 추진해 나가기로 했다.", second_en),
        Segment.of("양 장관은 한반도 평화 프로세스 진전을 위해 협력하기로 했다.",
                   f"Officials of {country} agreed to work for peace on the peninsula.")]
    return release


def _gaps(release: Release) -> list[tuple[str, str]]:
    return [(f.segment, f.message.split(":")[0].split(" (")[0])
            for f in check_translation(release) if f.check == "structure"]


SECOND = "South Korea and Russia agreed to push for high-level exchanges this year."


def test_countries_every_point_names_tie_a_gap_to_no_neighbour() -> None:
    assert _gaps(_call(SECOND, others_name_them=True)) == [
        ("points[1]", "This Korean point has no English translation")]


def test_countries_only_the_neighbour_names_make_a_merge() -> None:
    assert _gaps(_call(SECOND, others_name_them=False)) == [("points[1]", "Merged")]


# --- a term only the neighbour's other side says ties an English point to it ------------------
def _meeting(last_ko: str) -> Release:
    release = Release()
    release.headline = Segment.of("외교장관 회담 결과", "Outcome of the Foreign Ministers' Meeting")
    release.points = [
        Segment.of("조 장관은 11.4. 방한한 외교장관과 회담을 갖고 양국 관계 및 한반도 정세 등에 "
                   "대해 의견을 교환하였다.",
                   "Minister Cho held a meeting with the visiting Foreign Minister on "
                   "November 4."),
        Segment.of("", "The two ministers discussed bilateral relations and the situation on "
                       "the Korean Peninsula."),
        Segment.of("두 장관은 고위급 교류를 지속해 나가기로 하였다.",
                   "Both agreed to continue high-level exchanges."),
        Segment.of(last_ko, "They also agreed to work together on the environment.")]
    return release


def test_an_english_point_saying_a_term_only_the_korean_beside_says_is_a_split() -> None:
    release = _meeting("두 장관은 환경 분야 협력을 확대하기로 하였다.")
    assert _gaps(release) == [("points[1]", "Split")]


def test_a_term_other_points_say_too_leaves_the_english_point_alone() -> None:
    release = _meeting("두 장관은 한반도 정세와 환경 분야 협력을 논의하였다.")
    assert _gaps(release) == [("points[1]", "This English point has no Korean source")]


# --- a news lead restating the first point ------------------------------------------------------
MOU_POINT = ("박 국장과 홀름그렌 차관보는 6.24.(월) 워싱턴에서 외교정보 협력 MOU를 체결하였다.",
             "Director-General Park signed the MOU on diplomatic intelligence with Assistant "
             "Secretary Holmgren in Washington on Monday.")
LATER = ("양측은 올해 초부터 실무 협의를 진행해 왔다.",
         "The two sides have held working-level consultations since early this year.")


def _news(points: list[tuple[str, str]]) -> Release:
    release = Release()
    release.headline = Segment.of("외교정보 협력 MOU 체결", "")
    release.points = [Segment.of(ko, en) for ko, en in points]
    return release


def test_an_english_lead_restating_the_first_point_is_a_split() -> None:
    lead = ("", "South Korea and the United States signed an MOU on diplomatic intelligence, "
                "the ministry said Tuesday.")
    assert _gaps(_news([lead, MOU_POINT, LATER])) == [("headline", "The headline has no "
                                                       "English translation"),
                                                      ("points[0]", "Split")]


def test_an_english_point_after_the_first_pair_is_no_lead() -> None:
    added = ("", "The MOU was signed in Washington after months of consultations.")
    assert _gaps(_news([MOU_POINT, added, LATER]))[1:] == [
        ("points[1]", "This English point has no Korean source")]


def test_a_lead_with_no_fact_of_the_point_after_it_has_no_korean_source() -> None:
    lead = ("", "The allies have worked on intelligence sharing for years, officials said.")
    assert _gaps(_news([lead, MOU_POINT, LATER]))[1:] == [
        ("points[0]", "This English point has no Korean source")]
