"""Batch 16: names in culture and public-diplomacy reports (film weeks, concerts, K-pop and
Korean-language contests, exhibitions, taekwondo), told by their company (culture_names.py),
and the register words and derivations 31 held-out real texts showed flagged (docs/checks.md).
Every class has a wrong twin: a real misspelling in the same position is still flagged. All
texts here are invented; the names are made up."""

from __future__ import annotations

import pytest

from mfa_desk.model.release import Release, Segment
from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from mfa_desk.spelling.release_check import spell_check_release
from tests.spelling.test_batch5_classes import flagged, kinds


@pytest.mark.parametrize("name_text, twin_text, twin", [
    # A quoted title (of two words or more: one word alone in quotes may be any word).
    ("대사관은 ‘솔미르나 아르벨리’ 공연을 열었다.",
     "대사관은 ‘한국 전통 음악휘’ 공연을 열었다.", "음악휘"),
    # A body or venue noun after the name, spaced or solid.
    ("미르솔라 오케스트라의 공연이 열렸다.", "국제교루 오케스트라의 공연이 열렸다.", "국제교루"),
    ("도란비갤러리에서 전시가 열렸다.", "국제교루센터에서 전시가 열렸다.", "국제교루센터에서"),
    # A role noun after the person, or before (with the copula 인).
    ("아르테몬드 관장은 축사를 했다.", "외교뷰 관장은 축사를 했다.", "외교뷰"),
    ("최우수상은 박서윤 학생에게 돌아갔다.", "최우수상은 대핵생 학생에게 돌아갔다.", "대핵생"),
    ("후원회장인 카밀렌 도르베카와 협력했다.", "후원회장인 외교뷰와 협력했다.", "외교뷰와"),
    # A list with Latin-letter names among its items; a typo in a list of the same shape.
    ("무대에는 아르벨리와 토비아센, THE BLUE, KORA 등이 올랐다.",
     "분야는 ODA, SDGs, 보건, 인푸라, 농업 등이다.", "인푸라"),
    # A winner on an award line.
    ("○ 인기상: 토비아센 아스카 외 3명", "○ 인기상: 협력단체 외교뷰 외 3명", "외교뷰"),
    # A performer before the quoted work and 공연.
    ("1위는 리아벨타 “Fancy” 공연이 차지했다.", "1위는 외교뷰 “Fancy” 공연이 차지했다.", "외교뷰"),
])
def test_names_by_their_company(checker: SpellChecker, name_text: str, twin_text: str,
                                twin: str) -> None:
    assert all(kind == UNKNOWN_NAME for _, kind in kinds(checker, name_text))
    assert flagged(checker, name_text) == []
    assert flagged(checker, twin_text) == [twin]


def test_names_in_a_list_closed_or_opened_by_a_role(checker: SpellChecker) -> None:
    text = "아르벨리(1월), 엘레노라(2월), 토비아센(3월) 감독이 영화를 소개한다."
    assert [k for _, k in kinds(checker, text)] == [UNKNOWN_NAME] * 3
    assert flagged(checker, "소설가 토비아센, 엘레노라가 참석했다.") == []
    assert flagged(checker, "문학의 밤(소설가 토비아센, 편혜윤) 행사가 열린다.") == []
    assert flagged(checker, "문학의 밤(소설가 토비아센, 외교뷰) 행사가 열린다.") == ["외교뷰"]
    # A list of things closed by a title, its first item misspelt (the last stands right
    # before the title, where names.py already takes any unknown word for a name).
    assert flagged(checker, "심포지업(1월), 전시(2월), 공연(3월) 감독이 맡는다.") == ["심포지업"]


def test_spacing_errors_stay_spacing_errors_in_a_names_company(checker: SpellChecker) -> None:
    # A counter after its number, a name and its title run together, a quoted phrase
    # with 번째 joined: the company of names does not excuse them.
    assert flagged(checker, "예선 결과 13개팀이 본선 진출팀으로 선정되었다.") == ["개팀이"]
    assert flagged(checker, "사사키 유이씨 외 4명이 수상했다.") == ["유이씨"]
    assert flagged(checker, "대변인은 '올해 네번째 발사'를 규탄했다.") == ["네번째"]


def test_a_name_repeated_with_a_particle_or_its_place_word(checker: SpellChecker) -> None:
    release = Release()
    release.points = [
        Segment.of("솔미르나연합회(솔미련, 회장 김하늘)가 세미나를 연다.", ""),
        Segment.of("솔미련은 2021년 출범했다.", ""),
        Segment.of("작품은 찌로나덴스역 전시 공간에서, 찌로나덴스 한인타운에 전시된다.", ""),
    ]
    found = [(f.word, f.kind) for f in spell_check_release(
        release, with_suggestions=False, checker=checker, unknown_names=True)]
    assert ("솔미련은", UNKNOWN_NAME) in found and ("찌로나덴스", UNKNOWN_NAME) in found
    assert all(kind == UNKNOWN_NAME for _, kind in found)
    # A typo of the name is another word: still flagged.
    release.points[1] = Segment.of("솔미란은 2021년 출범했다.", "")
    found = [(f.word, f.kind) for f in spell_check_release(
        release, with_suggestions=False, checker=checker, unknown_names=True)]
    assert ("솔미란은", MISSPELLING) in found


@pytest.mark.parametrize("good, bad", [
    ("유감없이", "유감업이"), ("길놀이를", "길놀아를"), ("회고전은", "회교전은"),
    ("태권무", "태건무"), ("한인타운에", "한인타웅에"), ("다인종으로", "다인중으로"),
    ("석박사", "석박서"), ("케이팝", "케이펍"), ("프리미어", "프리미여"),
    ("인터내셔널", "인터네셔널"), ("시네마에서", "시내마에서"), ("비엔나", "비엔니"),
    ("한국대사배", "한국대사베"), ("총영사배", "총영사베"),
])
def test_words_of_the_culture_register(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"대사관은 {good} 행사를 열었고 {bad} 행사도 열었다.") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("칠레계", "칠레게"),  # a country + 계 (descent)
    ("한국명", "증진명"),  # a country + 명 (the name in its language); not after any noun
    ("물동이춤", "물동아춤"),  # a noun + 춤 (a dance)
    ("전통춤이", "전통충이"),
    ("이미지화한", "이미지화헌"),  # a noun + 화 (-isation) + a 하다 form
])
def test_derived_words_of_culture_reports(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"작가는 {good} 작품과 {bad} 작품을 냈다.") == [bad]


def test_roles_of_culture_reports_beside_a_name(checker: SpellChecker) -> None:
    # The fresh batch-16 set (food shows, a veterans' memorial): teachers, singers, chefs.
    assert flagged(checker, "한도윤 관장과 서민준 사범이 시범을 보였다.") == []
    assert flagged(checker, "성악가 서민준은 노래했다.") == []
    assert kinds(checker, "미르솔라 셰프가 요리했다.") == [("미르솔라", UNKNOWN_NAME)]
    # 셰프 is the standard spelling; 쉐프 is flagged, and names no one.
    assert flagged(checker, "미르솔라 쉐프가 요리했다.") == ["미르솔라", "쉐프가"]
    # A list opened by a role three words back; a typo among its items is still flagged.
    assert flagged(checker, "무용가 솔미르나 아르벨리, 토비아센, 엘레노라가 공연했다.") == []
    text = "무용가 솔미르나 아르벨리, 토비아센, 외교뷰가 공연했다."
    assert flagged(checker, text) == ["외교뷰가"]


def test_a_country_and_its_language(checker: SpellChecker) -> None:
    assert flagged(checker, "학생은 태국어로 편지를 읽고 증진어로 답했다.") == ["증진어로"]


def test_known_words_before_a_venue_noun(checker: SpellChecker) -> None:
    # A venue named by known words and its noun, solid; a slip in the noun is still flagged.
    assert flagged(checker, "도르트문트 오케스트라센터에서 공연했다.") == []
    assert flagged(checker, "도르트문트 오케스트라샌터에서 공연했다.") == [
        "도르트문트", "오케스트라샌터에서"]


def test_english_titles_in_quotes_and_korean_surnames_in_capitals(checker: SpellChecker) -> None:
    text = ('The lineup opens with "A Boy and Moonvale" and "Tarrowen", directed by '
            'PARK Seolvane, and closes with "The Confesion".')
    assert kinds(checker, text) == [("Moonvale", UNKNOWN_NAME), ("Tarrowen", UNKNOWN_NAME),
                                    ("Seolvane", UNKNOWN_NAME), ("Confesion", MISSPELLING)]
    # Outside a quoted title, and after no surname in capitals, the same words are checked.
    assert flagged(checker, "The lineup opens with Tarrowen, directed by Seolvane.") == [
        "Tarrowen", "Seolvane"]
    assert flagged(checker, 'He said "the moive was great".') == ["moive"]
