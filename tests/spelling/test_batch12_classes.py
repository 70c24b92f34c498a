"""Batch 12: the correct words that 29 real texts nobody had tuned on (ministerial talks and
calls, vice-minister and director-general consultations, policy councils and joint committees,
spokesperson statements, notices, personnel, three KO/EN pairs) showed flagged, judged by hand
before any change (docs/checks.md), by class. Every class has a wrong twin of the same shape
that must stay flagged. All texts here are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from tests.spelling.test_batch5_classes import flagged, kinds


@pytest.mark.parametrize("good, bad", [
    ("투트랙", "투트렉"), ("어프로치를", "어프로차를"), ("디아스포라를", "디아스포리를"),
    ("지한파를", "지한퍄를"), ("즉문즉답을", "즉문즉담을"), ("기개최", "기개채"),
    ("규획을", "규횩을"), ("셔틀외교를", "셔틀외쿄를"), ("사우디를", "사우듸를"),
    ("중앙아를", "중앙야를"), ("가자지구를", "가자지쿠를"),
    # The fresh set found after the fixes.
    ("동아태부차관보를", "동아테부차관보를"), ("리히터", "리히타"), ("마오리를", "마오래를"),
    ("일방향을", "일뱡향을"), ("치어리딩을", "치어리딍을"),
])
def test_words_of_consultations_and_councils(checker: SpellChecker, good: str,
                                             bad: str) -> None:
    assert flagged(checker, f"양측은 {good} 논의하고 {bad} 논의했다.") == [bad]


def test_a_committee_called_by_its_short_form(checker: SpellChecker) -> None:
    text = "한중 경제공동위는 공동위 회의와 경제통상공동위, 자문위를 열었다."
    assert flagged(checker, text) == []
    # Not a committee's short form, or a slip in it: still checked.
    assert flagged(checker, "양측은 공둥위 회의와 논의위 결과를 점검했다.") == ["공둥위", "논의위"]


@pytest.mark.parametrize("joiner", ["·", "‧", "-"])
def test_two_countries_then_their_shared_noun(checker: SpellChecker, joiner: str) -> None:
    assert flagged(checker, f"참석자들은 미{joiner}중관계와 한{joiner}미동맹을 논의했다.") == []
    # The noun after the country misspelt: still flagged.
    assert flagged(checker, f"참석자들은 미{joiner}중괸계를 논의했다.") == ["중괸계를"]


def test_a_name_before_its_country_ministry_and_title(checker: SpellChecker) -> None:
    text = ("차관은 세르게이 보르스키 러시아 외교부 제1차관과 만났고, 국장은 케빈 박 미국 "
            "국무부 부차관보와, 과장은 마크 토퍼 미국 동북아 담당 부차관보와 협의했다.")
    assert kinds(checker, text) == [("세르게이", UNKNOWN_NAME), ("보르스키", UNKNOWN_NAME),
                                    ("케빈", UNKNOWN_NAME), ("토퍼", UNKNOWN_NAME)]
    # A word with a particle ends its phrase, so a run-together pair stays a misspelling.
    assert kinds(checker, "오후모스크바에서 세르게이 보르스키 러시아 외교부 제1차관과 만났다.")[0] \
        == ("오후모스크바에서", MISSPELLING)
