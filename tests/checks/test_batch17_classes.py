"""False-finding classes of the translation checks found on the batch-17 held-out pairs (news
copies of two aid announcements, a vice-ministerial meeting and an ambassador's call, and the
ministry's own Korean and English of one aid release; judged by hand before any change,
docs/checks.md), each with an invented pair or release beside its wrong twin: a real
discrepancy of the same shape that must still be reported.

Classes: a title the Korean repeats after a surname alone ("최 차관은") where the English names
the person by the bare surname ("Choi noted"); a title the English gives in a point beside a
long Korean paragraph it told in several short ones; a Korean day the news English names by
its weekday when no calendar can say which weekday it was (a copy without its date); a day
right after the partner of a meeting ("외교차관과 12일 면담하고") read as a number; a news
headline's "FM"; a place said as the setting ("필리핀에서는") that the English names in the
point before; two bare counts of other digits far apart ("1만 명을 넘을 수도" beside "30
remained missing") called one mismatch.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary, title_mentions
from mfa_desk.checks.translation import CheckContext, check_pair, check_translation
from mfa_desk.model.release import Release, Segment

from .exact_findings import assert_exact_findings

E, W = ERROR, WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a title after a surname alone, the English naming the bare surname -------------------
    ("최 차관은 협의체에 대한 상대국의 지지를 평가하였다.",
     "In the talks, Choi noted the partner's support for the forum.", []),
    ("김 차관은 양국 관계 발전을 위한 노력을 당부하였다.",
     "Kim asked for efforts to develop the relations.", []),
    ("최 차관은 협의체에 대한 상대국의 지지를 평가하였다.",
     "In the talks, Kim noted the partner's support for the forum.",
     [("glossary", W)]),  # another person's surname
    ("최 차관은 협의체에 대한 상대국의 지지를 평가하였다.",
     "In the talks, the official noted the partner's support for the forum.",
     [("glossary", W)]),  # nobody named: the title is asked for
    ("차관은 협의체에 대한 상대국의 지지를 평가하였다.",
     "In the talks, Choi noted the partner's support for the forum.",
     [("glossary", W)]),  # no surname in the Korean: the first mention
    ("고 차관은 협의체에 대한 상대국의 지지를 평가하였다.",
     "Korea of the forum noted the support.", [("glossary", W)]),  # a country, no subject
    # --- two bare counts of other digits, far apart: two facts, each missing -------------------
    ("수색이 본격화되면 사망자가 1만 명을 넘을 수도 있다.",
     "Another 30 remained missing as the search went on.", [("number", E), ("number", E)]),
    ("수색이 본격화되면 사망자가 1만 명을 넘을 수도 있다.",
     "The death toll could exceed 1,000 as the search goes on.",
     [("number", E)]),  # a slip of the unit: one mismatch
    ("이번 지진으로 300명이 사망하였다.", "The earthquake left 3,000 people dead.",
     [("number", E)]),
    ("이번 지진으로 30명이 사망하였다.", "The earthquake left 45 people dead.",
     [("number", E)]),  # near: one mismatch
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(2021, 5, default_glossary()), expected)


def test_a_title_after_a_surname_alone_is_a_mention_said_before() -> None:
    text = "임수석 외교부 대변인은 7일 밝혔다. 임 대변인은 이어 설명했다."
    assert title_mentions(text, "대변인") == 1
    # the President's office is no mention of the President
    assert title_mentions("윤석열 대통령이 지시했다고 대통령실은 밝혔다. 윤 대통령은 말했다.",
                          "대통령") == 1
    assert title_mentions("대변인은 밝혔다. 대변인은 설명했다.", "대변인") == 2
    assert title_mentions("정부는 인도적 지원을 결정했다.", "인도적 지원") == 1


# --- a news headline's "FM" --------------------------------------------------------------------
@pytest.mark.parametrize(("en", "expected"), [
    ("Vice FM holds talks on bilateral ties with Mongolian counterpart", []),
    ("Envoy holds talks on bilateral ties with Mongolian counterpart",
     [("glossary", W)]),
])
def test_a_headline_may_shorten_foreign_minister_to_fm(
        en: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.check, f.severity) for f in check_pair(
        "한-몽골 외교차관 면담", en, CheckContext(2021, 5, default_glossary()), headline=True)
        if f.check == "glossary"]
    assert found == expected


def test_fm_renders_foreign_minister_in_a_headline_only() -> None:
    found = [f.check for f in check_pair("외교차관은 몽골 측과 면담하였다.",
                                         "The Vice FM met the Mongolian side.",
                                         CheckContext(2021, 5, default_glossary()))]
    assert "glossary" in found


# --- a long Korean paragraph the news English tells in several points --------------------------
def _release(points: list[tuple[str, str]], date: dt.date | None) -> Release:
    release = Release()
    release.metadata.date = date  # None: a news copy without its date
    release.headline = Segment.of("정부, 지진 피해국에 500만 달러 지원",
                                   "Korea to Offer $5 Million in Aid")
    release.points = [Segment.of(ko, en) for ko, en in points]
    return release


LEAD = ("정부는 지진 피해국에 500만 달러의 인도적 지원을 제공하기로 했다.",
        "The government will provide US$5 million in humanitarian assistance to the country "
        "hit by the earthquake.")


def _briefing(en_around: str) -> Release:
    return _release([LEAD, ("", en_around),
                     ("임수석 외교부 대변인은 정례 브리핑에서 구호대 60명을 파견한다고 밝혔다. "
                      "임 대변인은 의약품도 군 수송기로 전달한다고 덧붙였다.",
                      "The team will comprise 60 members, according to the ministry.")],
                    dt.date(2023, 2, 7))


def _glossary_terms(release: Release) -> list[str]:
    return [f.ko for f in check_translation(release) if f.check == "glossary"]


def test_a_title_the_english_gives_in_the_point_beside_is_said() -> None:
    release = _briefing("It will also deliver medical supplies by military aircraft, the "
                        "ministry's spokesperson Lim Soo-suk told a press briefing.")
    assert "대변인" not in _glossary_terms(release)


def test_a_title_no_english_point_beside_gives_is_asked_for() -> None:
    release = _briefing("It will also deliver medical supplies by military aircraft, an "
                        "official told a press briefing.")
    assert "대변인" in _glossary_terms(release)


# --- a day the English names by its weekday, no calendar known ----------------------------------
DAY_ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("앞서 28일(현지 시간) 규모 7.7의 강진이 발생했다.",
     "A powerful 7.7-magnitude earthquake struck the country on Friday afternoon.", []),
    ("최 차관은 방한 중인 몽골 외교차관과 12일 면담하였다.",
     "Vice Minister Choi met with the Mongolian Vice Foreign Minister in Seoul on "
     "Wednesday.", []),
    ("앞서 28일(현지 시간) 규모 7.7의 강진이 발생했다.",
     "A powerful 7.7-magnitude earthquake struck the country in the afternoon.",
     [("date", E)]),  # no weekday: the day is missing
    ("최 차관은 방한 중인 몽골 외교차관과 12일 면담하였다.",
     "Vice Minister Choi met with the Mongolian Vice Foreign Minister in Seoul.",
     [("date", E)]),  # a date now, and missing
    ("지난 27일과 지난 28일 규모 7.7의 강진이 두 차례 발생했다.",
     "Two 7.7-magnitude earthquakes struck the country on Friday.",
     [("date", E)]),  # one weekday stands for one day only
]


@pytest.mark.parametrize("row", DAY_ROWS, ids=[f"day{i:02d}" for i in range(len(DAY_ROWS))])
def test_a_weekday_renders_a_day_when_no_calendar_is_known(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(None, None, default_glossary()), expected)


def test_a_weekday_the_calendar_contradicts_is_still_a_missing_day() -> None:
    # 2025-03-28 is a Friday: with the release's date known, "Saturday" does not render it.
    ko = "앞서 3월 28일 규모 7.7의 강진이 발생했다."
    assert_exact_findings(ko, "A 7.7-magnitude earthquake struck on Friday.",
                          CheckContext(2025, 3, default_glossary()), [])
    assert_exact_findings(ko, "A 7.7-magnitude earthquake struck on Saturday.",
                          CheckContext(2025, 3, default_glossary()), [("date", E)])


# --- a weekday two points away, its own Korean naming no day -----------------------------------
def _weekday_release(first_en: str) -> Release:
    return _release([
        (LEAD[0], first_en),
        ("", "The team will depart from Incheon International Airport later in the day."),
        ("외교부 대변인은 7일 정례 브리핑에서 구호대 60명을 파견한다고 밝혔다.",
         "The team will comprise 60 members, the spokesperson said.")], None)


def test_a_weekday_the_english_gives_two_points_before_renders_the_day() -> None:
    release = _weekday_release("South Korea will provide US$5 million in humanitarian "
                               "assistance, the ministry said Tuesday.")
    assert [f.check for f in check_translation(release) if f.check == "date"] == []


def test_without_a_weekday_near_the_day_is_missing() -> None:
    release = _weekday_release("South Korea will provide US$5 million in humanitarian "
                               "assistance, the ministry said.")
    assert [f.check for f in check_translation(release) if f.check == "date"] == ["date"]


# --- a place said where (or to whom) that the English leaves to its neighbour -----------------
def _two_points(second_ko: str, second_en: str) -> Release:
    return _release([
        ("정부는 지진 피해를 입은 필리핀에 10만 달러 규모의 인도적 지원을 제공한다.",
         "The government will extend US$100,000 in humanitarian assistance to the "
         "Philippines, which was hit by an earthquake."),
        (second_ko, second_en)], dt.date(2019, 10, 23))


def test_the_place_of_a_fact_the_english_said_before_is_no_missing_term() -> None:
    release = _two_points("필리핀에서는 약 4천가구가 피해를 입었다.",
                          "The earthquake affected about 4,000 households.")
    assert _glossary_terms(release) == []


def test_a_place_the_sentence_speaks_of_is_still_asked_for() -> None:
    release = _two_points("필리핀 정부는 약 4천가구가 피해를 입었다고 밝혔다.",
                          "The government said about 4,000 households were affected.")
    assert "필리핀" in _glossary_terms(release)


def test_an_accepted_rendering_in_the_point_beside_says_the_term() -> None:
    release = _two_points("정부는 국제연합 기구를 통해 식량 분야 위주로 지원할 계획이다.",
                          "The focus will be on food.")
    release.points.insert(1, Segment.of("", "The aid will be delivered by UN agencies."))
    assert "국제연합" not in _glossary_terms(release)
    release.points[1] = Segment.of("", "The aid will be delivered by relief agencies.")
    assert "국제연합" in _glossary_terms(release)


def test_a_forbidden_variant_beside_is_the_finding_not_a_missing_term() -> None:
    release = _briefing("It will also deliver medical supplies to Turkey by military aircraft.")
    release.points[2] = Segment.of("정부는 튀르키예에 구호대 60명을 파견한다고 밝혔다.",
                                   "The team will comprise 60 members.")
    found = [(f.severity, f.message) for f in check_translation(release)
             if f.check == "glossary" and f.ko == "튀르키예"]
    assert found == [(E, "튀르키예 is rendered 'Turkey' in the English around; the approved "
                         "rendering is 'Türkiye'")]
    release.points[1] = Segment.of("", "It will also deliver medical supplies by aircraft.")
    assert [f.severity for f in check_translation(release)
            if f.check == "glossary" and f.ko == "튀르키예"] == [W]
