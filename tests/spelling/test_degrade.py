"""Missing pieces degrade, never crash: no Enchant library, a dictionary missing."""

from __future__ import annotations

import builtins
import sys
from pathlib import Path

import pytest

from mfa_desk.resources import resource_path
from mfa_desk.spelling.checker import SpellChecker
from mfa_desk.spelling.dictionaries import INSTALL_LINE, EnchantDictionaries
from mfa_desk.spelling.release_check import spell_check_release
from mfa_desk.spelling.wordlists import PersonalDictionary

from .samples import seeded_release


def fresh_checker(tmp_path: Path, tags: dict[str, tuple[str, ...]] | None = None) -> SpellChecker:
    checker = SpellChecker(EnchantDictionaries(tags), PersonalDictionary(tmp_path / "p.txt"),
                           [resource_path("glossary")])
    checker.load()
    return checker


def assert_off_with_reason(checker: SpellChecker) -> None:
    messages = checker.messages()
    assert len(messages) == 1 and "\n" not in messages[0]
    assert messages[0].startswith("spell checking is off") and INSTALL_LINE in messages[0]
    assert not checker.available and not checker.checks("ko") and not checker.checks("en")
    release, _ = seeded_release()
    assert spell_check_release(release, checker=checker) == []
    assert checker.misspellings("협럭 recieve") == []
    assert checker.suggest("recieve", "en") == []
    assert checker.is_correct("recieve", "en")


def test_enchant_import_error_turns_checking_off(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "enchant", None)  # `import enchant` -> ImportError
    assert_off_with_reason(fresh_checker(tmp_path))


def test_enchant_os_error_turns_checking_off(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def failing_import(name: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if name == "enchant":
            raise OSError("libenchant-2.so.2: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "enchant", raising=False)
    monkeypatch.setattr(builtins, "__import__", failing_import)
    checker = fresh_checker(tmp_path)
    assert "cannot open shared object file" in checker.messages()[0]
    assert_off_with_reason(checker)


def test_missing_korean_dictionary_leaves_korean_unchecked_and_says_so_once(
        tmp_path: Path) -> None:
    checker = fresh_checker(tmp_path, {"ko": ("xx_KR",), "en_US": ("en_US",),
                                       "en_GB": ("en_GB",)})
    assert checker.messages() == [
        "Korean is not spell-checked: no dictionary (xx_KR) is installed"]
    assert not checker.checks("ko") and checker.checks("en")
    release, _ = seeded_release()
    findings = spell_check_release(release, checker=checker)
    assert {f.lang for f in findings} == {"en"}
    assert {f.word for f in findings} >= {"officals", "helth", "minerls"}
    checker.load()  # loading again does not repeat the message
    assert len(checker.messages()) == 1


def test_missing_english_variant_leaves_only_that_variant_unchecked(tmp_path: Path) -> None:
    checker = fresh_checker(tmp_path, {"ko": ("ko_KR", "ko"), "en_US": ("en_US",),
                                       "en_GB": ("xx_GB",)})
    assert checker.messages() == [
        "English (UK) is not spell-checked: no dictionary (xx_GB) is installed"]
    assert checker.misspellings("recieve", "en_GB") == []
    assert [m.word for m in checker.misspellings("recieve 협럭", "en_US")] == ["recieve", "협럭"]


def test_korean_falls_back_to_the_next_tag(tmp_path: Path) -> None:
    checker = fresh_checker(tmp_path, {"ko": ("xx_KR", "ko"), "en_US": ("en_US",)})
    assert checker.messages() == [] and checker.dictionaries.providers["ko"].endswith(":ko")
    assert [m.word for m in checker.misspellings("협럭")] == ["협럭"]


def test_broken_word_lists_are_reported_and_not_overwritten(tmp_path: Path,
                                                            dictionaries: EnchantDictionaries
                                                            ) -> None:
    personal = tmp_path / "p.txt"
    personal.write_bytes(b"\xff\xfe broken")
    user_glossary = tmp_path / "glossary"
    user_glossary.mkdir()
    (user_glossary / "words.txt").write_text("re:([unclosed\n", encoding="utf-8")
    checker = SpellChecker(dictionaries, PersonalDictionary(personal),
                           [resource_path("glossary"), user_glossary])
    checker.load()
    messages = checker.messages()
    assert any(m.startswith("glossary not used:") and "line 1" in m for m in messages)
    assert any(m.startswith("personal dictionary not used:") and "UTF-8" in m
               for m in messages)
    # the shipped glossary still works
    assert checker.misspellings("공급망을") == []
    from mfa_desk.errors import InputError

    with pytest.raises(InputError):
        checker.add_to_personal("word")
    assert personal.read_bytes() == b"\xff\xfe broken"
