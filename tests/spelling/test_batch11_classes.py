"""Batch 11: the correct words that 24 real texts nobody had tuned on (cultural and public
diplomacy abroad, personnel announcements, embassy and consulate notices, three KO/EN pairs)
showed flagged, judged by hand before any change (docs/checks.md), by class. Every class has
a wrong twin of the same shape that must stay flagged. All texts here are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from tests.spelling.test_batch5_classes import flagged, kinds


@pytest.mark.parametrize("good, bad", [
    ("전통주를", "전통쥬를"), ("개막작으로", "개막잭으로"), ("현지어로", "현지여로"),
    ("창문틀을", "창문뜰을"), ("게첨식을", "게첨싁을"), ("한스타일을", "한스타알을"),
    ("게시글을", "게시귤을"), ("로밍을", "로밈을"), ("시니어를", "시니여를"),
    ("국경절을", "국경졀을"), ("메인이벤트를", "메인이벤투를"), ("투어를", "투워를"),
    ("뷰티를", "뷰틔를"),
])
def test_words_of_embassy_culture_reports_and_notices(checker: SpellChecker, good: str,
                                                     bad: str) -> None:
    assert flagged(checker, f"대사관은 {good} 소개하고 {bad} 소개했다.") == [bad]


def test_the_partner_abbreviated_after_korea(checker: SpellChecker) -> None:
    assert flagged(checker, "한-뉴 수교 60주년을 맞아 한-뉴간 교류와 한·몽 협력이 늘었다.") == []
    # Not after 한-, a slip after it, or no country's first syllable: still checked.
    assert flagged(checker, "뉴간 교류와 한-뉴깐 교류가 늘었다.") == ["뉴간", "뉴깐"]
    assert flagged(checker, "한-럭 전략대화를 개최하였다.") == ["럭"]


def test_laughter_of_doubled_syllables(checker: SpellChecker) -> None:
    assert flagged(checker, "“깔깔깔깔, 하하호호” 웃음소리와 하하하 소리가 났다.") == []
    assert flagged(checker, "“깔깔깔꺌, 하하호후” 웃음소리가 났다.") == ["깔깔깔꺌", "하하호후"]


@pytest.mark.parametrize("good, bad", [
    ("소응접실에서", "소응젓실에서"),  # 小- before a noun, as 대회의실
    ("중국통으로", "중국퉁으로"),  # -통 (通), an expert
    ("만찬장에서", "만찬쟝에서"),  # -장 (場), a venue
    ("학당장으로", "학당쟝으로"),  # -장 (長), a head
])
def test_small_prefix_and_expert_suffix(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"그는 {good} 알려졌고 {bad} 알려졌다.") == [bad]


def test_a_name_after_the_post_in_a_personnel_announcement(checker: SpellChecker) -> None:
    assert flagged(checker, "한반도평화교섭본부장에 이도훈, 제1차관에 장호진") == []
    # Not after a post: a word of a name's shape is still checked.
    assert flagged(checker, "회의에 이도훈 참석") == ["이도훈"]


def test_a_city_office_of_the_ministry_names_its_city(checker: SpellChecker) -> None:
    assert kinds(checker, "주 달라스 출장소와 하갓냐출장소가 공지했다.") == [
        ("달라스", UNKNOWN_NAME), ("하갓냐출장소가", UNKNOWN_NAME)]
    # A typo in the office word itself, or a country misspelt before 대사관, stays a misspelling.
    assert kinds(checker, "주슬로바키야대사관과 하갓냐출장쇼가 공지했다.") == [
        ("주슬로바키야대사관과", MISSPELLING), ("하갓냐출장쇼가", MISSPELLING)]


def test_an_embassy_culture_officer_is_a_title(checker: SpellChecker) -> None:
    assert flagged(checker, "김헌준 문화홍보관의 소개가 있었다.") == []
    assert flagged(checker, "김헌준 문화의 소개가 있었다.") == ["김헌준"]


def test_a_full_name_with_sshi_written_solid_gets_the_space(checker: SpellChecker) -> None:
    # 한글 맞춤법 제48항: 씨 after a name is written apart; the suggestion says so.
    text = "외교부는 최시원씨를 수교 50주년 기념 행사에 초청했다."
    assert flagged(checker, text) == ["최시원씨를"]
    assert checker.suggest("최시원씨를", "ko")[0] == "최시원 씨를"
    assert checker.suggest("최시원씨가", "ko")[0] == "최시원 씨가"


def test_biroet_before_a_comma_in_news_style(checker: SpellChecker) -> None:
    assert flagged(checker, "장관을 비롯, 각국 대사가 참석했다.") == []
    # A slip in it is still reported (as a word of a name's shape after the minister).
    assert [w for w, _ in kinds(checker, "장관을 비롣, 각국 대사가 참석했다.")] == ["비롣"]
