"""Batch 10: the correct words that 43 real texts nobody had tuned on (consular, economic
security, aid, climate, overseas-Korean, cultural diplomacy, G20 and spokesperson texts)
showed flagged, judged by hand before any change (docs/checks.md), by class. Every class has
a wrong twin of the same shape that must stay flagged. All texts here are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import SpellChecker
from tests.spelling.test_batch5_classes import flagged


@pytest.mark.parametrize("good, bad", [
    ("최일선에서", "최일썬에서"),
    ("적실성 있는", "적실썽 있는"),
    ("다차원적", "다차원젹"),
    ("전용망을", "전용먕을"),
    ("표준안을", "표준앤을"),
])
def test_nouns_of_ministry_prose(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"외교부는 {good} 검토하고 {bad} 검토했다.") == [bad.split()[0]]


@pytest.mark.parametrize("good, bad", [
    ("앱을", "앺을"), ("아웃리치", "아웃리취"), ("원팀으로", "원틤으로"),
    ("포토월을", "포토윌을"), ("미디어아트를", "미디어아투를"), ("스마트팜을", "스마트펌을"),
])
def test_loanwords_of_news_copies_and_culture_reports(checker: SpellChecker, good: str,
                                                      bad: str) -> None:
    assert flagged(checker, f"대사관은 {good} 소개하고 {bad} 소개했다.") == [bad]


def test_short_names_of_ministries(checker: SpellChecker) -> None:
    assert flagged(checker, "산업부는 고용부, 복지부와 함께 회의를 열었다.") == []
    assert flagged(checker, "산엽부는 고용뷰와 회의를 열었다.") == ["산엽부는", "고용뷰와"]


def test_the_news_agency_of_english_datelines(checker: SpellChecker) -> None:
    assert flagged(checker, "SEOUL, May 26 (Yonhap) -- The ministry said.") == []
    assert flagged(checker, "SEOUL, May 26 (Yonhapp) -- The ministry said.") == ["Yonhapp"]


@pytest.mark.parametrize("good, bad", [
    ("지속키로", "지속퀴로"),  # 하기 fused into 키 (한글 맞춤법 제40항)
    ("간편케", "간편퀘"),
    ("발급받을", "발급밧을"),  # -받다 written solid after a noun
    ("초청받은", "초청밭은"),
    ("담아갈", "담아걀"),  # the auxiliary 가다 written solid (제47항)
    ("신청량이", "신청럄이"),  # 量 after a noun
    ("한인회총연합회", "한인회총연합휘"),  # a derived noun heading a compound
    ("로이터통신과", "로이터통씬과"),
])
def test_contractions_suffixes_and_compounds(checker: SpellChecker, good: str,
                                             bad: str) -> None:
    assert flagged(checker, f"정부는 {good} 검토하고 {bad} 검토했다.") == [bad]


def test_a_typo_in_the_noun_before_the_fused_ending_is_still_flagged(
        checker: SpellChecker) -> None:
    text = "회의를 지솓키로 했고 쟈원받은 물품을 받았다."
    assert flagged(checker, text) == ["지솓키로", "쟈원받은"]
