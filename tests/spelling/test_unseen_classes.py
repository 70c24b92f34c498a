"""Classes of correct words that real releases nobody had tuned on showed flagged
(benchmarks/data: none; measured by hand, docs/checks.md), each with a misspelling of
the same shape that must still be flagged. The texts are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import SpellChecker
from mfa_desk.spelling.korean import country_word


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [m.word for m in checker.misspellings(text)]


@pytest.mark.parametrize("good, bad", [
    ("분담액을", "뷴담액을"),  # 액: an amount of money, on a known stem
    ("송금액은", "송굼액은"),
    ("저강도", "저강또"),  # 저-: low
    ("고위험국의", "고위헙국의"),  # 고-: high
])
def test_amount_suffix_and_low_high_prefixes(checker: SpellChecker, good: str,
                                             bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("북중", "북즁"),
    ("한러", "한럭"),
    ("중러", "중럭"),
])
def test_one_syllable_countries_together(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} 간 협력 {bad} 간 협력") == [bad]


def test_country_words_take_each_country_once() -> None:
    assert country_word("미측") and country_word("한미일")
    assert not country_word("미미일") and not country_word("한미일중")
    assert not country_word("미")


def test_currency_counters_after_amounts(checker: SpellChecker) -> None:
    text = "정부는 30만미불을 지원하며 5개소에 2백만 위안화 규모를 30만미블을 더한다"
    assert flagged(checker, text) == ["만미블을"]


def test_long_names_of_institutions(checker: SpellChecker) -> None:
    text = "한국해양과학기술연구원과 한국해양과학기슬연구원"
    assert flagged(checker, text) == ["한국해양과학기슬연구원"]


def test_country_names_of_every_member_state(checker: SpellChecker) -> None:
    text = "부르키나파소와 레소토에 이어 카보베르데를 부르키나파쇼와 카보베르대를"
    assert flagged(checker, text) == ["부르키나파쇼와", "카보베르대를"]


def test_loanwords_take_agreeing_particles_only(checker: SpellChecker) -> None:
    text = "웨비나를 열고 해커톤과 거버넌스의 로드맵을 거버넌수의 웨비나을"
    assert flagged(checker, text) == ["거버넌수의", "웨비나을"]


def test_sino_korean_words_hunspell_lacks(checker: SpellChecker) -> None:
    text = "숙쥐, 상셰: 행동요령 숙지, 상세 일정, 자유무역특구와 양허성 차관"
    assert flagged(checker, text) == ["숙쥐", "상셰"]
