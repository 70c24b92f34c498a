"""Batch 8: the correct words that 24 real MOFA texts nobody had tuned on (aid, consular,
economic-security releases) showed flagged, judged by hand before any change
(docs/checks.md), by class. Every class has a wrong twin of the same shape that must stay
flagged. All texts here are invented."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from tests.spelling.test_batch5_classes import flagged, kinds


@pytest.mark.parametrize("good, bad", [
    ("다양해진", "다앙해진"),  # 다양하다 + 지다; 다앙하다 is no word
    ("복잡해졌다", "복좝해졌다"),
    ("중요해지고", "중오해지고"),
])
def test_the_become_form_of_a_ha_adjective(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"상황이 {good} 가운데 {bad} 상황") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("재파견할", "재파겸할"),  # 재 + 파견할; 파겸 is no noun
    ("재점검했다", "재점겸했다"),
])
def test_re_before_the_ha_verb_of_a_noun(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"정부는 인력을 {good} 예정이며 {bad} 예정") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("유럽발", "유렵발"),  # 發, coming from: the stem must be known
    ("의약품류", "의약풍류"),  # 類, kind
    ("지원반", "지웜반"),  # 班, unit of a task force
    ("투표율", "투표률"),  # 率 after a vowel is 율
    ("합격률", "합격율"),  # 率 after a final consonant other than ㄴ is 률
    ("출산율", "출산률"),  # ... and after ㄴ it is 율
])
def test_deriving_suffixes_of_aid_and_economic_releases(checker: SpellChecker, good: str,
                                                        bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("거주처", "거주쳐"),
    ("결부", "겹부"),
    ("도상훈련을", "도상훈렴을"),
    ("전초기지로서", "전초기쥐로서"),
    ("요소수", "요소쑤"),
    ("해외위난", "해외위란"),
    ("민관협력", "민곽협력"),
    ("건식품", "건식퓸"),
    ("남아프리카", "남아프르카"),
])
def test_register_words(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


def test_a_ha_root_sharing_the_next_word_s_ending(checker: SpellChecker) -> None:
    assert flagged(checker, "정세가 복잡·다양해진 상황이다.") == []
    assert flagged(checker, "정세가 불안정·복잡해졌다.") == []
    # A typo of the root, a bare root before a noun, a bare root alone: still flagged.
    assert flagged(checker, "정세가 복잽·다양해진 상황이다.") == ["복잽"]
    assert flagged(checker, "복잡·협력 관계") == ["복잡"]
    assert flagged(checker, "상황이 복잡 다양해졌다.") == ["복잡"]


def test_a_name_before_a_title_spelt_out_with_damdang(checker: SpellChecker) -> None:
    text = "부지사는 카흐랏 오스만레비치 앙카라 재난 대응 담당 부주지사와 면담하였다."
    assert kinds(checker, text) == [("카흐랏", UNKNOWN_NAME), ("오스만레비치", UNKNOWN_NAME)]
    # Without 담당 the title is too far to tell a name; a typo stays a misspelling.
    far = "부지사는 카흐랏 오스만레비치 앙카라 재난 대응 부주지사와 면담하였다."
    assert kinds(checker, far) == [("카흐랏", MISSPELLING), ("오스만레비치", MISSPELLING)]
    typo = "졍부 앙카라 재난 대응 담당 부주지사와 면담하였다."
    assert kinds(checker, typo) == [("졍부", MISSPELLING)]


def test_a_name_after_a_country_s_hanja_letter_in_a_headline(checker: SpellChecker) -> None:
    assert kinds(checker, "외교부, 北 박순녀 담화에 유감") == [("박순녀", UNKNOWN_NAME)]
    # Without the letter, or a typo one letter from a Korean word: still misspellings.
    assert kinds(checker, "외교부, 박순녀 담화에 유감") == [("박순녀", MISSPELLING)]
    assert kinds(checker, "北 외교뷰 담화에 유감") == [("외교뷰", MISSPELLING)]


def test_a_venue_written_solid_with_avenue(checker: SpellChecker) -> None:
    assert kinds(checker, "행사는 마르칸드에비뉴에서 열린다.") == [
        ("마르칸드에비뉴에서", UNKNOWN_NAME)]
    assert kinds(checker, "행사는 마르칸드에비누에서 열린다.") == [
        ("마르칸드에비누에서", MISSPELLING)]


# --- the fresh set of other kinds (briefings, personnel announcements), batch 8 -----------
@pytest.mark.parametrize("good, bad", [
    ("장관님", "쟝관님"),  # -님 after a known noun
    ("안보화", "안뵤화"),  # 化
    ("서명식을", "서멍식을"),  # 式
    ("확인되었듯이", "확인되얐듯이"),  # -듯이 on a known -다 form
])
def test_suffixes_and_endings_of_briefings(checker: SpellChecker, good: str, bad: str) -> None:
    # One text each: a word near a title (장관님) is read as a name.
    assert flagged(checker, f"{good} 관련 질의") == []
    assert flagged(checker, f"{bad} 관련 질의") == [bad]


def test_a_person_before_former_and_an_office(checker: SpellChecker) -> None:
    assert flagged(checker, "주영국대사에 박민호 전 외교부 아시아 담당 제1차관을 임명하였다.") == []
    assert flagged(checker, "총영사로 이민수 전 서울대 정치외교학과 겸임교수를 임명하였다.") == []
    # Without 전 the office is too far to tell a name.
    assert flagged(checker, "총영사로 이민수 서울대 정치외교학과 연구소 겸임교수를 임명하였다.") \
        == ["이민수"]


def test_deputy_head_is_a_title(checker: SpellChecker) -> None:
    assert flagged(checker, "한민수 유엔 사무차장은 회의에 참석하였다.") == []
    # A slip in the title: neither the title nor the name before it passes.
    assert flagged(checker, "한민수 유엔 사무차쟝은 회의에 참석하였다.") == ["한민수", "사무차쟝은"]
