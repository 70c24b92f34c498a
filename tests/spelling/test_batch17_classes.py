"""Batch 17: false-alarm classes 16 held-out real texts showed (culture and public-diplomacy
reports, consular notices; docs/checks.md) that also held on the earlier sets: forms Hunspell
lacks in a paradigm it knows (form_gaps.py), Korea and one partner by one syllable, the places
of consular districts, a film's credit after its quoted title and a cast closed by 주연. Every
class has a wrong twin: a real misspelling in the same position is still flagged. All texts
here are invented; the names are made up."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import UNKNOWN_NAME, SpellChecker
from tests.spelling.test_batch5_classes import flagged, kinds, right_and_slip


@pytest.mark.parametrize("right, wrong, slip", [
    # -어지다 adnominals: the verb's infinitive and past are known (치러지다, 치러졌다).
    ("지난해 치러진 대회에는 20개국이 참가했다.",
     "지난해 치려진 대회에는 20개국이 참가했다.", "치려진"),
    ("문화원 앞에 세워진 조형물을 공개했다.", "문화원 앞에 세워잔 조형물을 공개했다.", "세워잔"),
    ("다음 달 치러질 선거에 대비해 안전에 유의하시기 바랍니다.",
     "다음 달 치러젼 선거에 대비해 안전에 유의하시기 바랍니다.", "치러젼"),
    # A noun + 하 (下) + a particle of place, written solid.
    ("양국 정부의 긴밀한 협조하에 행사가 열렸다.",
     "양국 정부의 긴밀한 협죠하에 행사가 열렸다.", "협죠하에"),
    ("어려운 상황하에서도 교류를 이어 왔다.",
     "어려운 상황하애서도 교류를 이어 왔다.", "상황하애서도"),
    # A mission title with the honorific 님 after a long country (a slip in the country or
    # the title is still caught), and a consular notice's 사증란.
    ("코스타리카대사님을 비롯한 주한 외교단과 크로아티아총영사님께 감사드립니다.",
     "코스타리까대사님을 비롯한 주한 외교단", "코스타리까대사님을"),
    ("코스타리카대사님을 비롯한 주한 외교단", "코스타리카대샤님을 비롯한 주한 외교단",
     "코스타리카대샤님을"),
    ("순회영사는 여권사증란추가신청, 재외국민등록신청을 접수한다.",
     "순회영사는 여권사쯩란 추가 신청을 접수한다.", "여권사쯩란"),
])
def test_right_word_and_its_slip(checker: SpellChecker, right: str, wrong: str,
                                   slip: str) -> None:
    right_and_slip(checker, right, wrong, slip)


def test_under_takes_only_particles_of_place(checker: SpellChecker) -> None:
    # Only particles of place follow the suffix (the word alone: before a noun, context
    # rules may take any modifier), so 발전하은 (for 발전하는) is no noun + 하 + 은.
    assert checker.is_correct("협력하에", "ko")
    assert not checker.is_correct("발전하은", "ko")
    assert not checker.is_correct("발전하를", "ko")


def test_korea_and_one_partner(checker: SpellChecker) -> None:
    assert flagged(checker, "한태 수교 65주년을 맞아 한몽 우호 음악회를 열었다.") == []
    # Only after 한, and only the partners' syllables; 간 stays a spacing error.
    assert flagged(checker, "태한 수교 65주년을 맞아 음악회를 열었다.") == ["태한"]
    assert flagged(checker, "한킴 우호 음악회를 열었다.") == ["한킴"]
    assert flagged(checker, "한태간 교류가 늘었다.") == ["한태간"]


def test_places_of_consular_districts(checker: SpellChecker) -> None:
    text = ("총영사관은 노스캐롤라이나 샬럿, 플로리다 올랜도에서 순회영사를 실시하고, "
            "산둥성 옌타이와 웨이하이에서도 민원을 접수한다.")
    assert flagged(checker, text) == []
    # A slip in the place, and the common non-standard 샬롯, are no words (after a place
    # they are reported as unknown names, as before).
    assert checker.is_correct("올랜도에서", "ko")
    assert not checker.is_correct("올랜두에서", "ko")
    assert not checker.is_correct("샬롯에서", "ko")
    # A province whose bare name is one jamo from a word only with 성: 후난 (후반).
    assert flagged(checker, "후난성 창사에서 행사를 열었다.") == []
    assert flagged(checker, "올해 후난에는 행사를 열었다.") == ["후난에는"]


def test_credit_after_a_quoted_title(checker: SpellChecker) -> None:
    text = "특별전에서는 '바다의 노래'(문태윤), '겨울 정원'(하솔빈) 등이 상영된다."
    assert flagged(checker, text) == []
    assert [k for _, k in kinds(checker, text)] == [UNKNOWN_NAME] * 2
    # Not a name's shape in the credit's place: a slip of a word stays a misspelling.
    assert flagged(checker, "특별전에서는 '바다의 노래'(외교뷰) 등이 상영된다.") == ["외교뷰"]
    # Not after a quoted title: parentheses after a plain word keep their judgement.
    assert flagged(checker, "특별전에서는 바다의 노래(외교뷰) 등이 상영된다.") == ["외교뷰"]


def test_cast_closed_by_starring(checker: SpellChecker) -> None:
    text = "개막작은 '먼 바다'(이도윤 감독, 한서빈, 문태윤 주연)였다."
    assert flagged(checker, text) == []
    assert flagged(checker, "개막작은 '먼 바다'(감독 이도윤, 외교뷰 주연)였다.") == ["외교뷰"]


def test_register_words(checker: SpellChecker) -> None:
    text = ("케이팝의 역동성과 쌍방향 교류, 옴니버스 영화 특별전, 당지 각계 인사와 문화원 "
            "관계관, 핑거푸드와 찜닭 시식, 한중 예술 교류전, 경제개발구에 진출한 기업.")
    assert flagged(checker, text) == []
    assert flagged(checker, "케이팝의 역둥성과 쌍뱡향 교류.") == ["역둥성과", "쌍뱡향"]


def test_bodies_abroad_and_cities_with_si(checker: SpellChecker) -> None:
    text = ("해외문화홍보원은 한국교육원, 한국영상자료원과 함께 부산비엔날레 특별전을 열고, "
            "상하이시 대외문화교류협회와 칭다오시에서 행사를 가졌다.")
    assert flagged(checker, text) == []
    # 시 after a noun that is no listed city is the bound noun of time written solid.
    assert flagged(checker, "사건사고 발생시 총영사관으로 연락하십시오.") == ["발생시"]
    assert flagged(checker, "해외문화홍보원과 헌국교육원이 참여했다.") == ["헌국교육원이"]



def test_names_in_a_middle_dot_list_closed_by_a_role(checker: SpellChecker) -> None:
    text = "사진전에는 문태윤·하솔빈·도예린·서아름 작가가 참여했다."
    assert flagged(checker, text) == []
    assert all(kind == UNKNOWN_NAME for _, kind in kinds(checker, text))
    # A slip of a word in such a list is still flagged: it is one jamo from the word.
    assert flagged(checker, "정치·경제·외교뷰 분야 전문가가 참석했다.") == ["외교뷰"]


def test_british_spellings_in_official_names(checker: SpellChecker) -> None:
    text = ("The Korean Cultural Centre in London met the International Labour Organization "
            "at the Victoria Theatre.")
    assert checker.misspellings(text, languages=["en"]) == []
    # Lowercase, the British spelling is still flagged in an en_US check.
    words = [m.word for m in checker.misspellings("The centre and the theatre were full.",
                                                  languages=["en"])]
    assert words == ["centre", "theatre"]
