"""constants.lang_of: a language name read from outside, as a Lang or None."""

from __future__ import annotations

from mfa_desk.constants import LANGS, lang_of


def test_lang_of_accepts_exactly_the_two_languages() -> None:
    assert [lang_of(name) for name in LANGS] == ["ko", "en"]
    for name in ("", "both", "KO", "en_US", " ko", "kor"):
        assert lang_of(name) is None, name
