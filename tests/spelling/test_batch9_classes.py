"""Batch 9: the correct words that 33 real texts nobody had tuned on (personnel
announcements, briefings, embassy notices, culture reports, news copies of releases) showed
flagged, judged by hand before any change (docs/checks.md), by class. Every class has a
wrong twin of the same shape that must stay flagged. All texts here are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from tests.spelling.test_batch5_classes import flagged, kinds


def test_a_name_with_the_age_in_parentheses(checker: SpellChecker) -> None:
    text = ("정부는 주노르웨이 대사에 방경훈(57·외시 19회) 전 조약국장을, 주시드니 총영사에 "
            "염도윤(61) 전 도의회 의원을 임명했다.")
    assert flagged(checker, text) == []
    # Without the age (a count, not an age, in the parentheses; no parentheses), or a word
    # of no name's shape before them: still flagged.
    assert flagged(checker, "정뷰(57개국) 발표") == ["정뷰"]
    assert kinds(checker, "전시회에 방경훈 전시물을 냈다.") == [("방경훈", MISSPELLING)]
    assert flagged(checker, "졍부(57) 발표") == ["졍부"]


def test_a_name_before_an_office_of_the_rank_gwan(checker: SpellChecker) -> None:
    assert flagged(checker, "주가나 대사에는 박훈 조달청 국제협력관이 임명됐다.") == []
    assert flagged(checker, "홍보관리관을 거쳐 연구관으로 일했다.") == []
    # A typo of the office is no title: it is flagged, and so is the unknown word before it.
    assert flagged(checker, "박훈 조달청 국제혐력관이") == ["박훈", "국제혐력관이"]


def test_a_name_that_reads_as_a_surname_and_a_title(checker: SpellChecker) -> None:
    # 임수석 is 임 + 수석 (senior secretary) written solid, or the spokesperson Lim Soo-suk.
    assert flagged(checker, "임수석 외교부 대변인은 정례브리핑에서 밝혔다.") == []
    assert flagged(checker, "한장관 외교부 대변인이 답했다.") == []
    # With a particle, or no title after it: two words run together, still flagged.
    assert flagged(checker, "임수석은 외교부 대변인과 만났다.") == ["임수석은"]
    assert flagged(checker, "윤장관은 방한하였다.") == ["윤장관은"]


@pytest.mark.parametrize("good, bad", [
    ("주슬로바키아대사관", "주슬로바키야대사관"),  # a country of five syllables
    ("주중한국대사관은", "주중한국대사곤은"),  # one-syllable country, Korea between
    ("주엘살바도르대사에는", "주엘살바돌대사에는"),
    ("주코트디부아르대한민국대사관", "주코트디부아르대한민국대사곤"),
])
def test_a_mission_named_after_its_country(checker: SpellChecker, good: str, bad: str) -> None:
    # The typo is reported (as a misspelling, or as an unknown name where it ends in 대사).
    assert [word for word, _ in kinds(checker, f"{good} 직원과 {bad} 직원")] == [bad]


@pytest.mark.parametrize("good, bad", [
    ("현재 상황이라든지", "현재 상황이라든찌"),
    ("브리핑이라든지", "브리핑이라든치"),
    ("계획이든지", "계획이든찌"),
    ("위험이 높을 것인바", "위험이 높을 것인봐"),
])
def test_particles_of_briefings_and_notices(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} 그리고 {bad}") == [bad.split()[-1]]


@pytest.mark.parametrize("good, bad", [
    ("숲 12만 헥타르가", "숲 12만 헥타룰가"),
    ("가옥 2000여채가", "가옥 2000여챼가"),
    ("나무 300그루를", "나무 300그루룰"),
])
def test_units_and_counters_after_a_number(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} 불탔고 {bad} 불탔다") == [bad.split()[-1].lstrip("0123456789")]


@pytest.mark.parametrize("good, bad", [
    ("아랍권", "아랍궈"),  # 圈, sphere
    ("이슬람권", "이슬럼권"),  # the stem must be known
    ("빈곤선", "빈근선"),  # 線, line
    ("감염증", "감엄증"),  # 症, disease
    ("추도비가", "추도뷔가"),  # 碑, monument
    ("체재비를", "체제뷔를"),  # 費, cost
])
def test_suffixes_sphere_line_disease_and_cost(checker: SpellChecker, good: str,
                                               bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("아그레망", "아그래망"),
    ("외시", "외쉬"),
    ("석좌", "석좌쇼"),
    ("영사과에서", "영사괘에서"),
    ("위로전을", "위로젼을"),
    ("조평통", "조평퉁"),
    ("카카오톡", "카카오똑"),
    ("퍼포먼스를", "퍼포먼쓰를"),
    ("탈레반이", "탈래반이"),
])
def test_register_words(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("베이루트에서", "베이루투에서"),
    ("카불", "카뷸"),
    ("킨샤사의", "킨사샤의"),
    ("브라티슬라바", "브라티슬라비"),
])
def test_capitals_of_the_world(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


def test_english_words_of_the_register(checker: SpellChecker) -> None:
    text = "Bushfires and wildfires: fire extinguishment; aid of US$1 mln and 2 bln won."
    assert flagged(checker, text) == []
    assert flagged(checker, "bushfirres and extinguishmant of 1 mlm") == [
        "bushfirres", "extinguishmant", "mlm"]


def test_a_name_after_an_abbreviated_title(checker: SpellChecker) -> None:
    text = "The Consul General, Mr. Kim Haksung, and Amb. Park Dongsu attended."
    assert kinds(checker, text) == [("Haksung", UNKNOWN_NAME), ("Dongsu", UNKNOWN_NAME)]
    # At a sentence start after a real full stop the same word is still a misspelling.
    assert kinds(checker, "The event was held. Haksung arrived.") == [("Haksung", MISSPELLING)]


def test_a_japanese_prefecture_with_hyeon(checker: SpellChecker) -> None:
    text = "부총영사는 시즈오카현 민단이 주최한 대회에 참석했다."
    assert kinds(checker, text) == [("시즈오카현", UNKNOWN_NAME)]
    # A stem of two syllables is no name of that shape: still a misspelling.
    assert kinds(checker, "부총영사는 오카현 민단이 주최한 대회에 참석했다.") == [
        ("오카현", MISSPELLING)]


def test_a_name_before_wiwon_and_words_of_the_second_fresh_set(checker: SpellChecker) -> None:
    assert flagged(checker, "주 인도 대사에 권순대 외교안보연구원 연구위원을 임명했다.") == []
    assert flagged(checker, "주 오만 대사에 김의식 주 오클랜드분관장이 임명됐다.") == []
    assert flagged(checker, "한국 홍보관에서 도이치어로 설명했다.") == []
    # A typo of the title is none: the name before it and the typo are flagged.
    assert flagged(checker, "권순대 외교안보연구원 연구위언을") == ["권순대", "연구위언을"]
    assert flagged(checker, "분관잠이 홍보괸에서 도이치여로") == [
        "분관잠이", "홍보괸에서", "도이치여로"]


def test_the_original_of_a_name_in_parentheses_after_the_hangul(checker: SpellChecker) -> None:
    text = "총영사관은 ‘영사관 개방행사(Lange Nacht der Konsulate)’에 참여했다."
    assert kinds(checker, text) == [("Lange", UNKNOWN_NAME), ("Nacht", UNKNOWN_NAME),
                                    ("Konsulate", UNKNOWN_NAME)]
    # In English prose the same words stay misspellings; a lower-case slip in the
    # parentheses too.
    assert ("Konsulate", MISSPELLING) in kinds(
        checker, "The event (Lange Nacht der Konsulate) was held.")
    assert kinds(checker, "공급망(suply chain) 협력") == [("suply", MISSPELLING)]


def test_the_head_of_an_organisation_in_parentheses(checker: SpellChecker) -> None:
    assert flagged(checker, "방범대(대장 정상구)와 한인학교 (교장 박은경) 관계자") == []
    # Not a full name of three syllables, or no name's shape: still flagged.
    assert flagged(checker, "대회(신청 기갼)와 (대장 졍상구)") == ["기갼", "졍상구"]


def test_a_name_before_a_profession(checker: SpellChecker) -> None:
    assert flagged(checker, "함양분 서예가는 시범을 보였고 곽두례 작가가 참석했다.") == []
    assert flagged(checker, "함양분 서예과는 시범을 보였다.") == ["함양분", "서예과는"]


def test_protocol_and_the_korean_war(checker: SpellChecker) -> None:
    text = ("호주 외교통상부 의전장의 축배 제의에 이어 한국전 참전용사가 참석했고, 우장하오 "
            "중국 외교부 부장조리와 김진호 전 아중동국장이 함께했다.")
    assert flagged(checker, text) == []
    assert flagged(checker, "의전쟝의 축배에 한궉전 참전용사가 참석했다.") == ["의전쟝의", "한궉전"]
    assert flagged(checker, "김진호 전 아중둥국장이 함께했다.") == ["아중둥국장이"]
