"""Spelling in the shapes real published releases take (issue #11); invented texts.

Amounts with units, foreign names in Hangul confirmed by the English and the reverse,
administrative compounds, spacing errors with the spaced form first, names in name
position as "unknown name", and suggestions that never swap one proper noun for another.
"""

from __future__ import annotations

import pytest

from mfa_desk.model.release import Release, Segment
from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from mfa_desk.spelling.release_check import spell_check_release
from mfa_desk.text.translit import renders


def kinds(checker: SpellChecker, text: str, other: str = "") -> list[tuple[str, str]]:
    return [(m.word, m.kind) for m in checker.misspellings(text, other_text=other, names=True)]


@pytest.mark.parametrize("text", [
    "정부는 10만불 규모의 지원을 결정하였다.",
    "현지에서 3천여 명이 대피하였고 2만여 명이 피해를 입었다.",
    "스위스는 200만 프랑, 영국은 7백여 만 파운드를 지원하였다.",
    "총 5개국이 참여하였다.",
    "사업비는 120억원이다.",
])
def test_number_with_unit_or_counter_is_no_word(checker: SpellChecker, text: str) -> None:
    assert kinds(checker, text) == []


@pytest.mark.parametrize("text", [
    "제5차 회의 참석차 방한한 대표단은 확진자 현황을 정례적으로 공유하였다.",
    "미측으로서도 협의를 지속하기로 하였다.",
    "적십자사를 통해 지원한다.",
])
def test_administrative_compounds_pass(checker: SpellChecker, text: str) -> None:
    assert kinds(checker, text) == []


@pytest.mark.parametrize(("text", "word", "spaced"), [
    ("금번 방한시 양국 장관은 회담을 가졌다.", "방한시", "방한 시"),
    ("공연 관람후 만찬이 열렸다.", "관람후", "관람 후"),
    ("윤장관은 이어 기자회견을 가졌다.", "윤장관은", "윤 장관은"),
    ("입장을 표명한바 있다.", "표명한바", "표명한 바"),
    ("회의때 논의하였다.", "회의때", "회의 때"),
    ("회의는 오후파리에서 열렸다.", "오후파리에서", "오후 파리에서"),
])
def test_spacing_errors_are_flagged_with_the_spaced_form_first(
        checker: SpellChecker, text: str, word: str, spaced: str) -> None:
    assert (word, MISSPELLING) in kinds(checker, text)
    assert checker.suggest(word, "ko")[0] == spaced


@pytest.mark.parametrize(("hangul", "latin"), [
    ("틸러슨", "Tillerson"), ("블링컨", "Blinken"), ("폼페이오", "Pompeo"),
    ("요시마사", "Yoshimasa"), ("파딜랴", "PADILLA"), ("오스발도", "Osvaldo"),
])
def test_transliteration_renders_the_latin_name(hangul: str, latin: str) -> None:
    assert renders(hangul, latin)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("틸러슨", "Trump"), ("외교부", "Ministry"), ("정부", "Pompeo"), ("장관", "Secretary"),
    ("위해", "Teh"), ("대", "Teh"),
])
def test_transliteration_refuses_other_words(hangul: str, latin: str) -> None:
    assert not renders(hangul, latin)


def test_names_confirmed_across_the_pair(checker: SpellChecker) -> None:
    ko = "양 장관은 캄팔레오를 방문하였다."
    en = "The two ministers visited Kampaleo."
    assert kinds(checker, ko) == [("캄팔레오를", MISSPELLING)]  # not in name position
    assert kinds(checker, ko, en) == []
    assert kinds(checker, "The ministers met Kampaleo.") == [("Kampaleo", MISSPELLING)]
    assert kinds(checker, "The ministers met Kampaleo.", "장관들은 캄팔레오를 만났다.") == []


def test_names_in_a_single_text_are_unknown_names(checker: SpellChecker) -> None:
    ko = "보르하 미네즈 외무장관은 오대산 월정사를 방문하였다. 아쿠라미(Akurami) 대사도 동행하였다."
    assert kinds(checker, ko) == [("보르하", UNKNOWN_NAME), ("미네즈", UNKNOWN_NAME),
                                  ("오대산", UNKNOWN_NAME), ("월정사를", UNKNOWN_NAME)]
    en = ("Foreign Minister Kampaleo met Secretary Vantrell, and Typhoon Marwok left "
          "Gwangwon-do. Vantrellsaid so.")
    assert kinds(checker, en) == [("Kampaleo", UNKNOWN_NAME), ("Vantrell", UNKNOWN_NAME),
                                  ("Marwok", UNKNOWN_NAME), ("Gwangwon-do", MISSPELLING),
                                  ("Vantrellsaid", MISSPELLING)]
    # The underline and the spelling count leave unknown names out.
    assert [m.word for m in checker.misspellings(en)] == ["Gwangwon-do", "Vantrellsaid"]


@pytest.mark.parametrize("text", [
    "Minister Kangvoiced regret.", "Secretaryof State", "the twotop diplomats",
    "SecretaryPompeo explained", "the ViceMinister said", "US-North Koreadialogue",
])
def test_words_run_together_stay_misspellings(checker: SpellChecker, text: str) -> None:
    found = kinds(checker, "Minister Kang spoke. " + text)
    assert found and all(kind == MISSPELLING for _, kind in found), found


def test_gazetteer_places_pass_and_no_other_proper_noun_is_suggested(
        checker: SpellChecker) -> None:
    text = "Pyeongchang, Gangwon-do, Incheon, Suncheon, Changwon and Pyeongchang-gun"
    assert kinds(checker, text) == []
    assert checker.suggest("Gwangwon-do", "en")[0] == "Gangwon-do"
    for word in ("Pyeongchan", "Marawi", "Kampaleo"):
        for s in checker.suggest(word, "en"):
            head = s.split()[0].split("-")[0]
            assert checker.dictionaries.check("en_US", head.lower()) \
                or s in ("Pyeongchang", "Pyeongchang-gun"), (word, s)


def test_release_names_come_first_and_unknown_names_are_reported_apart(
        checker: SpellChecker) -> None:
    release = Release()
    release.headline = Segment.of("외교장관 회담", "Foreign Minister Meets Minister Vantrell")
    release.points = [Segment.of("", "Minister Vantrel praised the talks with Minister "
                                     "Okonjo.")]
    findings = spell_check_release(release, checker=checker, unknown_names=True)
    by_word = {f.word: f for f in findings}
    assert by_word["Vantrell"].kind == UNKNOWN_NAME
    assert by_word["Okonjo"].kind == UNKNOWN_NAME
    # Neither spelling is known: both are names; the other is suggested first.
    assert by_word["Vantrel"].kind == UNKNOWN_NAME
    assert by_word["Vantrel"].suggestions[0] == "Vantrell"
    assert [f.word for f in spell_check_release(release, checker=checker)] == []


@pytest.mark.parametrize(("text", "word"), [
    ("He met the Foriegn Minister of Laos.", "Foriegn"),
    ("The Prime Minsiter Vu spoke.", "Minsiter"),
    ("Minister Kang met Minister Kangg.", "Kangg"),
])
def test_slips_in_name_position_stay_misspellings(checker: SpellChecker, text: str,
                                                  word: str) -> None:
    assert (word, MISSPELLING) in kinds(checker, text)
