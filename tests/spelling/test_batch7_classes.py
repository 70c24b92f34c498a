"""Batch 7: the correct words that 19 real MOFA texts nobody had tuned on showed flagged
(judged by hand before any change, docs/checks.md), by class. Every class has a wrong twin
of the same shape that must stay flagged. All texts here are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from tests.spelling.test_batch5_classes import flagged, kinds


@pytest.mark.parametrize("text, name", [
    ("제3차 '한-모라비아 그룹 정무국장회의'에 참석하였다.", "모라비아"),
    ("한·카르벨리아 협력위원회를 개최하였다.", "카르벨리아"),
])
def test_korea_s_partner_after_han_is_an_unknown_name(checker: SpellChecker, text: str,
                                                      name: str) -> None:
    assert kinds(checker, text) == [(name, UNKNOWN_NAME)]


def test_a_typo_of_a_country_after_han_stays_a_misspelling(checker: SpellChecker) -> None:
    # 베트낭 is one letter away from 베트남: a slip, not a partner's name.
    assert kinds(checker, "한-베트낭 관계를 강화하였다.") == [("베트낭", MISSPELLING)]


def test_a_venue_after_the_date_in_parentheses_is_an_unknown_name(
        checker: SpellChecker) -> None:
    text = "개최 현황 : 3차(’18.4월, 로델스타트), 2차(’16.9월, 서울), 1차(2014.5월, 카를로바츠)"
    assert set(kinds(checker, text)) == {("로델스타트", UNKNOWN_NAME),
                                         ("카를로바츠", UNKNOWN_NAME)}


@pytest.mark.parametrize("text, word", [
    ("2차(’16.9월, 서욿)", "서욿"),  # two syllables: a typo of 서울, no name
    ("2차(’16.9월, 로델스타트 인근)", "로델스타트"),  # not the last item before ")"
    ("회의는 로델스타트에서 열렸다.", "로델스타트에서"),  # no date, no parentheses
])
def test_the_same_words_elsewhere_are_misspellings(checker: SpellChecker, text: str,
                                                    word: str) -> None:
    assert (word, MISSPELLING) in kinds(checker, text)


def test_a_hotel_named_solid_is_an_unknown_name(checker: SpellChecker) -> None:
    assert kinds(checker, "회의는 마르칸다호텔에서 열렸다.") == [("마르칸다호텔에서", UNKNOWN_NAME)]
    # A slip in the word 호텔 itself is still a misspelling.
    assert kinds(checker, "회의는 마르칸다호탤에서 열렸다.") == [("마르칸다호탤에서", MISSPELLING)]


@pytest.mark.parametrize("good, bad", [
    ("자금줄", "자금쭐"),
    ("회의체에서", "회의채에서"),
    ("핵심축인", "핵싱축인"),
    ("남중국해", "남중귝해"),
    ("긴밀", "긴믿"),
])
def test_register_words(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


def test_amidst(checker: SpellChecker) -> None:
    assert flagged(checker, "amidst the changes, amidts the talks") == ["amidts"]


@pytest.mark.parametrize("text, name", [
    ("Secretary of State Mel Dorrison met the Minister.", "Dorrison"),  # Dorris + on
    ("Ambassador Clara Wiltan attended.", "Wiltan"),  # Wilt + an
])
def test_a_surname_ending_like_a_function_word_is_a_name(checker: SpellChecker, text: str,
                                                         name: str) -> None:
    assert (name, UNKNOWN_NAME) in kinds(checker, text)


@pytest.mark.parametrize("text, word", [
    ("The talks in Seoulon June 3 went well.", "Seoulon"),  # Seoul + on, no name before
    ("Minister Park met Secretaryof State Dorrison.", "Secretaryof"),  # "of" is no ending
])
def test_words_run_together_stay_misspellings(checker: SpellChecker, text: str,
                                              word: str) -> None:
    assert (word, MISSPELLING) in kinds(checker, text)


def test_a_name_after_initials_is_an_unknown_name(checker: SpellChecker) -> None:
    found = kinds(checker, "The meeting was chaired by H.E. Vuo Thanh Lam, Minister of X.")
    assert ("Vuo", UNKNOWN_NAME) in found


def test_a_capitalised_typo_after_a_sentence_is_a_misspelling(checker: SpellChecker) -> None:
    found = kinds(checker, "They met in Seoul. Vuo was not there.")
    assert ("Vuo", MISSPELLING) in found


# --- batch-7 fresh texts (safety notices, aid news, public-diplomacy news) -----------------
@pytest.mark.parametrize("text, word", [
    ("행사는 코르벨타워에서 열린다.", "코르벨타워에서"),
    ("행사는 코르벨홀에서 열린다.", "코르벨홀에서"),
    ("행사는 미라벨디자인플라자에서 열린다.", "미라벨디자인플라자에서"),
])
def test_a_venue_named_solid_is_an_unknown_name(checker: SpellChecker, text: str,
                                                word: str) -> None:
    assert kinds(checker, text) == [(word, UNKNOWN_NAME)]


def test_a_slip_in_the_venue_word_stays_a_misspelling(checker: SpellChecker) -> None:
    assert kinds(checker, "행사는 코르벨타월에서 열린다.") == [("코르벨타월에서", MISSPELLING)]


def test_a_neighbourhood_after_its_district_is_an_unknown_name(
        checker: SpellChecker) -> None:
    assert kinds(checker, "서울 중구 다람동 소재 회의장") == [("다람동", UNKNOWN_NAME)]
    # Not after a district: no address, so still a misspelling.
    assert kinds(checker, "정부는 다람동 회의를 열었다") == [("다람동", MISSPELLING)]


def test_a_storm_named_in_quotes_is_an_unknown_name(checker: SpellChecker) -> None:
    assert kinds(checker, "태풍 ‘보르미’로 인해 피해가 발생했다.") == [("보르미", UNKNOWN_NAME)]
    assert kinds(checker, "‘보르미’로 인해 피해가 발생했다.") == [("보르미", MISSPELLING)]


def test_the_outlet_of_a_byline_in_brackets_is_an_unknown_name(checker: SpellChecker) -> None:
    text = "[가람데일리 뉴스 속보팀] 정부가 지원을 결정했다."
    assert kinds(checker, text) == [("가람데일리", UNKNOWN_NAME)]
    # The same word in the body is a misspelling.
    assert ("가람데일리", MISSPELLING) in kinds(checker, "정부는 가람데일리 보도를 부인했다.")


@pytest.mark.parametrize("good, bad", [
    ("재외국민보호팀", "재외국민보효팀"),  # 팀 (team) after a compound of known nouns
    ("참가료는", "참갸료는"),  # 료 (料, fee)
    ("인니에", "인늬에"),  # 인니 (印尼, Indonesia) in news copies
])
def test_team_and_fee_suffixes_and_news_abbreviations(checker: SpellChecker, good: str,
                                                      bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


def test_the_connective_ending_neunba(checker: SpellChecker) -> None:
    assert flagged(checker, "위협이 크다고 판단되는바, 우리 국민은 유의하기 바람") == []
    # -ㄴ 바 (bound noun) is written apart; a slip in the verb is still caught.
    assert flagged(checker, "입장을 표명한바 있다") == ["표명한바"]
    assert flagged(checker, "위협이 크다고 판단돠는바, 우리 국민은 유의하기 바람") == [
        "판단돠는바"]


def test_a_bare_web_address_is_no_word(checker: SpellChecker) -> None:
    assert flagged(checker, "자세한 내용은 홈페이지(kfweekk.or.kr)에서 확인") == []
    assert flagged(checker, "자세한 내용은 kfweekk 홈페이지에서 확인") == ["kfweekk"]
