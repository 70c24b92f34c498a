from __future__ import annotations

import pytest

from mfa_desk.spelling.tokens import is_acronym, strip_possessive, tokenize


def words(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.script) for t in tokenize(text)]


def test_routes_by_script_not_by_pane() -> None:
    assert words("외교부는 Seoul에서 회담을") == [("외교부는", "ko"), ("Seoul", "en"),
                                             ("에서", "ko"), ("회담을", "ko")]


def test_offsets_are_character_offsets() -> None:
    text = "한국어 텍스트 and English"
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("text", [
    "https://www.mofa.go.kr/eng/brd/m_5676/list.do",
    "www.mofa.go.kr",
    "press@mofa.go.kr",
    "+82-2-2100-7000",
    "02-2100-7000",
    "2026. 3. 18.",
    "3.17.",
    "14.2",
    "1,200",
    "09:30",
    "65th",
    "G20",
    "COVID-19",
    "ROK",
    "UN",
    "ROK-US",
    "DPRK's",
])
def test_skips_what_is_not_a_word(text: str) -> None:
    assert tokenize(text) == []


def test_hangul_after_a_number_is_checked_and_marked_attached() -> None:
    tokens = tokenize("2026년 10개국과의 (화)")
    assert [(t.text, t.attached) for t in tokens] == [("년", True), ("개국과의", True),
                                                       ("화", True)]


def test_apostrophes_and_hyphens_stay_inside_words() -> None:
    assert words("Korea's minister’s Ji-hoon's don't ‘quoted’") == [
        ("Korea's", "en"), ("minister’s", "en"), ("Ji-hoon's", "en"), ("don't", "en"),
        ("quoted", "en")]


def test_helpers() -> None:
    assert is_acronym("ASEAN") and is_acronym("UN's") and not is_acronym("Seoul")
    assert not is_acronym("A")
    assert strip_possessive("Ji-hoon's") == "Ji-hoon"
    assert strip_possessive("Koreas’") == "Koreas"
    assert strip_possessive("is") == "is"


def test_nul_and_other_scripts_give_no_words() -> None:
    assert tokenize("\x00\x00 北京 東京 — …") == []
