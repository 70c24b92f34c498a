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
