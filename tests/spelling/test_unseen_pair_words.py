"""Correct words the spell checker flagged on six real KO/EN pairs nobody here had tuned on
(docs/checks.md, "Issue: unseen real pairs"), one class a test, each with a misspelling
of the same shape that must still be flagged. The texts are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import SpellChecker


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [m.word for m in checker.misspellings(text)]


@pytest.mark.parametrize("good, bad", [
    ("참여형", "참어형"),  # 형: -type, on a known stem
    ("맞춤형으로", "맞츔형으로"),
    ("검색창에", "검섹창에"),  # 창: box, window
    ("인도지원조정실은", "인도지원조젼실은"),  # 실: office, on a compound
    ("상황실에서", "상황싈에서"),
])
def test_type_box_and_office_suffixes(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} 행사와 {bad} 행사") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("수백명이", "수백멍이"),  # a number in Hangul, then a counter
    ("수십만", "수십먄"),
    ("수천여개의", "수천여걔의"),
])
def test_numbers_written_in_hangul(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} 주민과 {bad} 주민") == [bad]


def test_a_reporters_name_before_the_title(checker: SpellChecker) -> None:
    assert flagged(checker, "[가나뉴스=정혜민 기자] 정부는 지원을 결정하였다.") == []
    assert flagged(checker, "정혜민은 정부의 지원을 결정하였다.") == ["정혜민은"]


def test_durations_run_into_one_word(checker: SpellChecker) -> None:
    assert flagged(checker, "the yearslong conflict and a decadeslong effort") == []
    assert flagged(checker, "the yaerslong conflict and a decadeslnog effort") == [
        "yaerslong", "decadeslnog"]


def test_a_list_of_organisations_holds_names(checker: SpellChecker) -> None:
    text = "참여 단체 : KCOC, 굿네이버스, 글로벌케어, 밀알복지재단, 한국해비타트 - 국제기구 : UNHCR"
    assert flagged(checker, text) == []
    kinds = {m.word: m.kind for m in checker.misspellings(text, names=True)}
    assert kinds and set(kinds.values()) == {"unknown name"}, kinds
    # A list of things shows no organisation: its items are words, a typo a misspelling.
    assert flagged(checker, "구입 품목 : 쌀, 밀가류, 설탕, 소금") == ["밀가류"]
    assert flagged(checker, "지원 분야 : ODA, 보건, 교욱, 농업") == ["교욱"]
    # A sentence after the list is checked as ever.
    assert flagged(checker, f"{text}. 정부는 지원을 결졍하였다.") == ["결졍하였다"]


def test_a_place_named_before_the_word_for_it(checker: SpellChecker) -> None:
    text = "지난 17일 콰줄루나탈 지역에서 폭우가 쏟아졌다."
    assert flagged(checker, text) == []
    assert [m.kind for m in checker.misspellings(text, names=True)] == ["unknown name"]
    # A word of two syllables before 지역 is a word: its typo stays a misspelling.
    assert flagged(checker, "분쟹 지역에서 폭우가 쏟아졌다.") == ["분쟹"]
    # Three syllables elsewhere are not a place, nor before 시 ("when").
    assert flagged(checker, "콰줄루나탈에서 폭우가 쏟아졌다.") == ["콰줄루나탈에서"]
    assert flagged(checker, "회의참섯 시 유의하여야 한다.") == ["회의참섯"]


def test_a_place_named_after_city_of(checker: SpellChecker) -> None:
    text = "the clashes in the city of Marawi forced the evacuation of residents"
    assert flagged(checker, text) == []
    assert [m.kind for m in checker.misspellings(text, names=True)] == ["unknown name"]
    # Not a place: a capitalised word elsewhere, and a lower-case typo after "city of".
    assert flagged(checker, "the clashes in Marawi forced the evacuation") == ["Marawi"]
    assert flagged(checker, "the city of marawi forced the evacuaton") == ["marawi", "evacuaton"]
