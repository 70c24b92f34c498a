"""Batch 6: the correct words that 16 real MOFA texts nobody had tuned on showed flagged
(judged by hand before any change, docs/checks.md), by class. Every class has a wrong twin
of the same shape that must stay flagged. All texts here are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from mfa_desk.spelling.word_shapes import active_form
from tests.spelling.test_batch5_classes import flagged, kinds


def test_a_place_before_a_chinese_unit_character_is_an_unknown_name(
        checker: SpellChecker) -> None:
    text = ("여행경보는 카르반디스탄州 북부, 모로비아島, 텔라쿠市 및 "
            "(후라바드, 케셰르, 모르잔 州)와 오세다·카룬바르市에 발령되었다.")
    found = kinds(checker, text)
    assert found and all(kind == UNKNOWN_NAME for _, kind in found), found
    assert {w for w, _ in found} == {"카르반디스탄", "모로비아", "텔라쿠", "후라바드", "케셰르",
                                     "모르잔", "오세다", "카룬바르"}


def test_the_same_words_without_the_unit_are_misspellings(checker: SpellChecker) -> None:
    text = "여행경보는 카르반디스탄을 비롯해 후라바드, 케셰르와 모로비아에 발령되었다."
    found = kinds(checker, text)
    assert ("카르반디스탄을", MISSPELLING) in found and ("후라바드", MISSPELLING) in found
    assert ("모로비아에", MISSPELLING) in found


def test_a_typo_of_a_word_before_a_unit_character_of_one_syllable_stays(
        checker: SpellChecker) -> None:
    # One syllable before 州 is no name: a slip there is still a misspelling.
    assert ("쳔", MISSPELLING) in kinds(checker, "쳔州 지역")


@pytest.mark.parametrize("good", ["한-러 전략대화", "한.러 정책협의회", "한·호 관계",
                                  "한-러간 교류", "러-한 협의"])
def test_one_syllable_countries_in_a_pair(checker: SpellChecker, good: str) -> None:
    assert flagged(checker, f"{good}를 개최하였다") == []


@pytest.mark.parametrize("bad", ["러 전략대화", "한-럭 전략대화", "관-러 협의"])
def test_a_lone_or_mistyped_country_syllable_is_flagged(checker: SpellChecker,
                                                        bad: str) -> None:
    assert flagged(checker, f"{bad}를 개최하였다") != []


def test_the_first_words_of_a_long_name_before_a_title_are_unknown_names(
        checker: SpellChecker) -> None:
    text = "장 차관은 방한한 하미드 바슈르 알카디리 이라크 양자외교차관과 협정에 서명하였다."
    found = kinds(checker, text)
    assert found and all(kind == UNKNOWN_NAME for _, kind in found), found
    assert {w for w, _ in found} == {"하미드", "바슈르", "알카디리"}


def test_the_same_words_far_from_any_title_are_misspellings(checker: SpellChecker) -> None:
    found = kinds(checker, "정부는 하미드 바슈르 알카디리를 지원하기로 하였다.")
    assert found and all(kind == MISSPELLING for _, kind in found), found


def test_a_word_with_a_particle_heads_no_name(checker: SpellChecker) -> None:
    # 오전 + 뉴욕에서 run together, before a name: still a spacing error.
    found = kinds(checker, "장관은 오전뉴욕에서 카림 벨라디(Karim Beladi) 이라크 외교장관과 "
                           "회담하였다.")
    assert ("오전뉴욕에서", MISSPELLING) in found


@pytest.mark.parametrize("good, bad", [
    ("방산협력을", "방산협럭을"),  # 방산 (방위산업) + 협력
    ("조속", "조솎"),  # 조속 확정
    ("분과위에서", "분과외에서"),  # 분과위원회
    ("브렉시트", "브렉시크"),
])
def test_register_words(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


def test_active_form_of_a_passive_verb() -> None:
    assert active_form("파병된", 2) == "파병한"
    assert active_form("파병되어", 2) == "파병하여"
    assert active_form("파병되었다", 2) == "파병하였다"
    assert active_form("파병됐다", 2) == "파병했다"
    assert active_form("파병돼", 2) == "파병해"
    assert active_form("파병한", 2) is None


@pytest.mark.parametrize("good, bad", [
    ("파병된", "파볍된"),  # 되다 form of a noun whose 하다 form Hunspell knows
    ("파병되어", "파병되엉"),
    ("파병됐다", "파병돴다"),
    ("보여주는", "보어주는"),  # 보어 is a noun: no -어 form of a verb
    ("알려주고", "알려쥬고"),
    ("지속해나가기로", "지솎해나가기로"),
])
def test_verb_forms_hunspell_lacks(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("남태평양국가에", "남태펑양국가에"),  # a noun of four syllables heads a compound
    ("남태평양국가에", "남태평양국갸에"),
    ("동남아시아국가들과", "동남아시아국가듈과"),
])
def test_a_four_syllable_noun_heads_a_compound(checker: SpellChecker, good: str,
                                               bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


def test_a_place_named_after_its_country_is_an_unknown_name(checker: SpellChecker) -> None:
    found = kinds(checker, "협력원은 루마니아 코스탄베, 모로코 마르케자, 미국 오하이주 "
                           "벨튼빌에 있다.")
    assert ("코스탄베", UNKNOWN_NAME) in found and ("마르케자", UNKNOWN_NAME) in found
    assert ("오하이주", UNKNOWN_NAME) in found and ("벨튼빌에", UNKNOWN_NAME) in found


def test_a_typo_or_a_word_away_from_its_country_is_a_misspelling(
        checker: SpellChecker) -> None:
    found = kinds(checker, "미국 졍부는 대사관 코스탄베와 사우디아라비아 동부 및 "
                           "카르담에서 만났다.")
    assert ("졍부는", MISSPELLING) in found  # one letter from 정부는: a typo, not a name
    assert ("코스탄베와", MISSPELLING) in found  # after 대사관, no country
    assert ("카르담에서", MISSPELLING) in found  # a known word (및) ends the run


def test_countries_are_the_glossary_pairs_with_a_demonym(checker: SpellChecker) -> None:
    assert {"미국", "호주", "루마니아", "프랑스"} <= checker.countries
    assert not {"차관", "외교부", "한반도"} & checker.countries


@pytest.mark.parametrize("good, bad", [
    ("체류객에게", "체류곅에게"),  # 客: a visitor, on a known noun
    ("여론주도층", "여론주도충"),  # 層: a class of people
    ("취약층을", "취약칭을"),
    ("영사협력원을", "영사협력윈을"),  # 協力員, listed (원 is no suffix: 국민원 for 국민은)
    ("원격지에서", "원곅지에서"),
    ("탈북과", "탈붑과"),
])
def test_suffixes_and_words_of_the_fresh_texts(checker: SpellChecker, good: str,
                                               bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


def test_won_is_no_suffix(checker: SpellChecker) -> None:
    assert flagged(checker, "국민원") == ["국민원"]  # a typo of 국민은


def test_the_outlet_of_a_dateline_is_an_unknown_name(checker: SpellChecker) -> None:
    found = kinds(checker, "(서울=카로뉴스) 외교부는 [서울=베라통신] 발표를 카로뉴스를 "
                           "통해 밝혔다.")
    assert ("카로뉴스", UNKNOWN_NAME) in found and ("베라통신", UNKNOWN_NAME) in found
    assert ("카로뉴스를", MISSPELLING) in found  # the same word outside a dateline
