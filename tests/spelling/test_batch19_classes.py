"""Batch 19: false-alarm classes 17 held-out real texts showed (culture reports of KCCs and
missions, a consular notice, English reports of missions; docs/checks.md): people in a list a
role opens or a count of people closes, a noun + 용 (for a use), words of the register, a
hyphen after a combining form, a foreign letter in a capitalised word, the possessive of a
name the release sets apart. Every class has a wrong twin: a real misspelling in the same
place is still flagged. All texts here are invented; the names are made up."""

from __future__ import annotations

import pytest

from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from mfa_desk.spelling.korean import suffix_agrees
from tests.spelling.test_batch5_classes import flagged, kinds, right_and_slip
from tests.spelling.test_batch18_classes import release_kinds


@pytest.mark.parametrize("case", [
    # People in a list a role opens with the topic particle, or a count of people closes.
    ("초대전 참여작가로는 감나래, 도하솔, 변우진, 석다온 등 10인이다.",
     "초대전 참여작가로는 감나래, 도하솔, 변우진, 사과나뮤 등 10인이다.", "사과나뮤"),
    ("행사에는 감나래, 도하솔, 변우진 등 3명이 참석했다.",
     "행사에는 감나래, 도하솔, 변우진 등 3명이 참석햇다.", "참석햇다"),
    # A noun + 용 (用, for a use); a slip in the stem or of the suffix stays flagged.
    ("방한용 모자와 보호용 장갑을 나눠 주었다.", "방헌용 모자와 보호용 장갑을 나눠 주었다.",
     "방헌용"),
    ("방한용 모자와 보호용 장갑을 나눠 주었다.", "방한욤 모자와 보호용 장갑을 나눠 주었다.",
     "방한욤"),
    # Words of the register: a branch and its head, an embassy's consular section, loanwords.
    ("민주평통 지회장은 대사관 영사부와 함께 행사를 열었다.",
     "민주평통 지회장은 대사관 영사부와 함께 헹사를 열었다.", "헹사를"),
    ("오피니언 리더를 초청해 토크쇼와 민화 컬러링, 향미 체험을 진행했다.",
     "오피니언 리더를 초청해 토크쇼와 민화 컬러링, 향미 체험을 진행햇다.", "진행햇다"),
    ("도이칠란트 북부의 축제에서 컵받침을 판매했다.",
     "도이칠란트 북부의 축제에서 컵받침을 판매헀다.", "판매헀다"),
    ("협약식은 서귀포시에 있는 본부에서 열렸다.", "협약식은 서귀포시에 있는 본부에서 열럈다.",
     "열럈다"),
    # The fresh set: a painter named with 화백; the register of KCC and contest reports.
    ("개원 축하로 감나래 화백 작품 전시회가 열렸다.",
     "개원 축하로 감나래 화백 작품 전시회가 열렷다.", "열렷다"),
    ("디지털 문화관과 코리아하우스에서 초중등학교 학생의 일반부, 중고등부 대회를 열었다.",
     "디지털 문화관과 코리아하우스에서 초중등학교 학생의 일반부, 중고등부 대회를 열엇다.",
     "열엇다"),
    # English: a combining form before a word the dictionary writes solid; hanji.
    ("The socio-economic ties grew, as did interest in hanji.",
     "The socio-ecomonic ties grew, as did interest in hanji.", "socio-ecomonic"),
])
def test_right_text_and_its_twin(checker: SpellChecker, case: tuple[str, str, str]) -> None:
    right_and_slip(checker, *case)


def test_a_list_needs_names_and_a_count_of_people(checker: SpellChecker) -> None:
    # Places counted, not people: no list of names, the slip is still flagged.
    assert flagged(checker, "참여기관으로는 박물관, 미술관, 도서곽 등 10곳이다.") == ["도서곽"]
    # A word that is no name (no surname first) in a list a role opens stays flagged.
    assert "사과나뮤" in flagged(checker, "참여작가로는 감나래, 도하솔, 사과나뮤 등 10인이다.")
    # Countries counted are no people: the list's unknown words keep their verdict.
    counted = kinds(checker, "행사에는 감나래, 도하솔, 변우진 등 3개국이 참석했다.")
    assert [kind for _, kind in counted] == [MISSPELLING] * 3


def test_a_use_suffix_is_no_slip_of_a_known_word(checker: SpellChecker) -> None:
    known = {"태평양"}.__contains__
    assert not suffix_agrees("태평용", "용", known)  # 태평양 with its vowel slipped
    assert suffix_agrees("방한용", "용", known)
    assert flagged(checker, "양국은 태평용에서 협력을 논의했다.") == ["태평용에서"]
    assert flagged(checker, "임시거처용 텐트를 지원했다.") == []


def test_a_slipped_role_confirms_no_name(checker: SpellChecker) -> None:
    assert flagged(checker, "개원 축하로 감나래 화박 작품 전시회가 열렸다.") == ["감나래", "화박"]


def test_hyphen_only_after_a_combining_form(checker: SpellChecker) -> None:
    assert flagged(checker, "The informa-tion was shared.") == ["informa-tion"]
    assert flagged(checker, "Indo-Pacific and geo-political issues.") == []


def test_a_foreign_letter_makes_a_capitalised_word_a_name(checker: SpellChecker) -> None:
    assert kinds(checker, "The reception was held at Žofín palace in Prague.") \
        == [("Žofín", UNKNOWN_NAME)]
    # Letters English loanwords carry (café, Zürich) make no name: still a misspelling.
    assert kinds(checker, "The reception was held at Zofín palace in Prague.") \
        == [("Zofín", MISSPELLING)]
    assert kinds(checker, "the žofín was held.") == [("žofín", MISSPELLING)]


def test_the_possessive_of_a_name_the_release_sets_apart(checker: SpellChecker) -> None:
    named = "In his long career, Ambassador Hwang Dosun opened the show."
    found = release_kinds(checker, named, "Dosun's works were shown.", pane="en")
    assert found and all(kind == UNKNOWN_NAME for _, kind in found)
    # A slip of the name differs from it: still a misspelling.
    assert ("Dosen's", MISSPELLING) in release_kinds(
        checker, named, "Dosen's works were shown.", pane="en")
