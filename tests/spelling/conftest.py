"""Fixtures: the real Hunspell dictionaries (loaded once), a checker with a
personal dictionary and a user glossary folder in a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.resources import resource_path
from mfa_desk.spelling.checker import SpellChecker
from mfa_desk.spelling.dictionaries import EnchantDictionaries
from mfa_desk.spelling.wordlists import PersonalDictionary


@pytest.fixture(scope="session")
def dictionaries() -> EnchantDictionaries:
    d = EnchantDictionaries()
    d.load()
    assert d.unavailable_reason is None, d.unavailable_reason
    assert not d.missing, d.missing  # the Makefile installs hunspell-ko/en-us/en-gb
    return d


def make_checker(dictionaries: EnchantDictionaries, folder: Path) -> SpellChecker:
    checker = SpellChecker(dictionaries, PersonalDictionary(folder / "personal.txt"),
                           [resource_path("glossary"), folder / "glossary"])
    checker.load()
    return checker


@pytest.fixture
def checker(dictionaries: EnchantDictionaries, tmp_path: Path) -> SpellChecker:
    return make_checker(dictionaries, tmp_path)
