"""Word-level English and eojeol/character-level Korean differences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mfa_desk.text.diff import MAX_TOKENS, Piece, diff_texts, inline, side


def test_english_changes_whole_words() -> None:
    pieces = diff_texts("The minister met the delegation on Monday.",
                        "The Minister met a delegation on Tuesday.", "en")
    assert inline(pieces) == ("The [-minister-]{+Minister+} met [-the-]{+a+} delegation on "
                              "[-Monday-]{+Tuesday+}.")


def test_korean_particle_change_is_shown_by_character() -> None:
    pieces = diff_texts("정부는 오늘 회의를 개최하였다", "정부가 오늘 회담을 개최하였다", "ko")
    # 정부는 -> 정부가 differs in one particle: characters; 회의를 -> 회담을 mostly: whole eojeol.
    assert inline(pieces) == "정부[-는-]{+가+} 오늘 [-회의를-]{+회담을+} 개최하였다"


def test_korean_inserted_eojeol() -> None:
    pieces = diff_texts("양국은 협력을 강화하기로 하였다",
                        "양국은 경제 협력을 강화하기로 하였다", "ko")
    assert inline(pieces) == "양국은{+ 경제+} 협력을 강화하기로 하였다"


def test_equal_and_empty() -> None:
    assert diff_texts("같다", "같다", "ko") == [Piece("=", "같다")]
    assert diff_texts("", "", "en") == []
    assert diff_texts("", "new", "en") == [Piece("+", "new")]


def test_very_long_texts_are_one_replacement() -> None:
    old, new = "a " * (MAX_TOKENS + 10), "b " * (MAX_TOKENS + 10)
    assert [p.op for p in diff_texts(old, new, "en")] == ["-", "+"]


@given(st.text(alphabet="가나다 정부는가 ab.,\n", max_size=40),
       st.text(alphabet="가나다 정부는가 ab.,\n", max_size=40), st.sampled_from(["ko", "en"]))
def test_pieces_give_back_both_texts(old: str, new: str, lang: str) -> None:
    pieces = diff_texts(old, new, lang)
    assert side(pieces, "old") == old
    assert side(pieces, "new") == new
    assert all(p.text for p in pieces)
    assert all(a.op != b.op for a, b in zip(pieces, pieces[1:], strict=False))
