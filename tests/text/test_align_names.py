"""A person's name in Hangul and in Latin letters reduces to the same key (batch 17: 뭉흐징 /
Munkhjin, 시진핑 / Xi Jinping), and a different name or a common word does not."""

from __future__ import annotations

import pytest

from mfa_desk.text.align.names import hangul_key, latin_keys, name_keys


@pytest.mark.parametrize(("hangul", "latin"), [
    ("뭉흐징", "Munkhjin"), ("시진핑", "XiJinping"), ("바트숨베르", "Batsumber"),
    ("윤석열", "YoonSukYeol"), ("골드버그", "Goldberg"), ("문재인", "MoonJaein"),
])
def test_a_name_and_its_transliteration_share_a_key(hangul: str, latin: str) -> None:
    assert hangul_key(hangul) in latin_keys(latin)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("뭉흐징", "Batsumber"), ("시진핑", "Shoukry"), ("골드버그", "Blinken"),
])
def test_two_names_do_not(hangul: str, latin: str) -> None:
    assert hangul_key(hangul) not in latin_keys(latin)


def test_a_korean_name_counts_before_a_title_only() -> None:
    countries = {"몽골", "미국"}.__contains__
    assert name_keys("바트숨베르 뭉흐징 몽골 외교차관과 면담하였다.", True, countries) \
        == {hangul_key("뭉흐징")}
    assert name_keys("필립 골드버그 주한 미국대사를 접견하였다.", True, countries) \
        == {hangul_key("골드버그")}
    # the word before the title is no name: 관련 of "코로나19 대응 관련" is not taken
    assert name_keys("코로나19 대응 관련 문재인 대통령께서 발표하였다.", True) \
        == {hangul_key("문재인")}
    assert name_keys("뭉흐징은 몽골의 도시이다.", True) == set()


def test_short_keys_say_nothing() -> None:
    assert name_keys("다이 대사는 사의를 표하였다.", True) == set()  # 다이: one class
    assert name_keys("Dai thanked the government.", False) == set()
