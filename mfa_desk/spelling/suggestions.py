"""Suggestions for a flagged word: the spaced form of two Korean words written as one
first, then a listed Korean word one letter away, then Hunspell's, never a different proper
noun for a capitalised English word. Slow for Korean (30-180 ms): asked for only when the
user opens a word's menu."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from mfa_desk.glossary import Glossary
from mfa_desk.spelling.dictionaries import EnchantDictionaries, dictionary_key
from mfa_desk.spelling.gazetteer import near_places
from mfa_desk.spelling.korean import BOUND_NOUNS, TIME_WORDS, noun_candidates
from mfa_desk.spelling.names import SURNAMES, has_name_shape, is_title
from mfa_desk.spelling.word_shapes import adnominal, close, jamo_neighbours, letters


class SpellChecker(Protocol):
    """What the suggestions ask of `checker.SpellChecker` (named here, not imported: the
    checker imports this module)."""

    dictionaries: EnchantDictionaries
    glossary: Glossary

    def checks(self, lang: str, variant: str = "en_US") -> bool: ...
    def is_word(self, key: str, word: str) -> bool: ...
    def is_noun(self, key: str, word: str) -> bool: ...


def suggest(checker: SpellChecker, word: str, lang: str, variant: str = "en_US",
            limit: int = 8, names: Collection[str] = ()) -> list[str]:
    """Up to `limit` replacements (slow for Korean: call on request only).

    A Korean word that needs a space gets the spaced form first ("방한 시"). A
    capitalised English word is never offered a different proper noun: only places
    of the gazetteer and `names` (the release's own) near it, case and spacing
    variants, and common words.
    """
    if not word or "\x00" in word or not checker.checks(lang, variant):
        return []
    key = dictionary_key(lang, variant)
    found = checker.dictionaries.suggest(key, word)
    first: list[str] = []
    if lang == "ko":
        apart = spaced(checker, key, word)
        first = ([apart] if apart else []) + listed_near(checker.glossary.words, word)
    elif word[:1].isupper():
        near = [n for n in dict.fromkeys(names) if n != word and n[:1].isupper()]
        first = near_places(word, 2) + [n for n in near if close(n, word)]
        found = [s for s in found if not _other_proper_noun(checker, key, word, s)]
    return list(dict.fromkeys(s for s in first + found if s != word))[:limit]

def listed_near(listed: Collection[str], word: str) -> list[str]:
    """Listed words one letter from the word's stem, its particles kept: the standard
    spelling the glossary holds and Hunspell cannot offer (batch 18: 캘리그라피를 ->
    캘리그래피를, 샬롯 -> 샬럿, 춘앵젼 -> 춘앵전)."""
    return list(dict.fromkeys(near + word[len(stem):] for stem in noun_candidates(word)
                              if len(stem) >= 2 for near in jamo_neighbours(stem)
                              if near in listed))


def _other_proper_noun(checker: SpellChecker, key: str, word: str, suggestion: str) -> bool:
    """A suggestion naming someone or somewhere else: Hunspell knows it only
    capitalised (Pyongyang, Malawi) and its letters are not the word's."""
    if letters(suggestion) == letters(word):
        return False
    head = suggestion.split()[0].split("-")[0]
    if suggestion.isupper() and len(suggestion) > 1:
        return True
    return head[:1].isupper() and not checker.dictionaries.check(key, head.lower())

def spaced(checker: SpellChecker, key: str, word: str) -> str | None:
    """The spaced form of two words written as one: 방한시 -> "방한 시", 오후파리에서 ->
    "오후 파리에서", 윤장관은 -> "윤 장관은"; None when the word is no such pair."""
    if len(word) < 3:
        return None
    if word[0] in SURNAMES and is_title(word[1:]) and checker.dictionaries.check(key, word[1:]):
        return f"{word[0]} {word[1:]}"
    # A full name with 씨 written solid: "최시원씨를" -> "최시원 씨를" (한글 맞춤법 제48항:
    # 씨 after a name is written apart; after a surname alone it is a suffix, 김씨).
    for stem in noun_candidates(word):
        if stem.endswith("씨") and len(stem) >= 4 and has_name_shape(stem[:-1]):
            return f"{stem[:-1]} {word[len(stem) - 1:]}"
    for head in TIME_WORDS:
        tail = word[len(head):]
        if word.startswith(head) and len(tail) >= 2 and checker.is_word(key, tail):
            return f"{head} {tail}"
    for stem in noun_candidates(word):
        for bound in BOUND_NOUNS:
            head = stem[:-len(bound)]
            if not stem.endswith(bound) or len(head) < 2:
                continue
            # After a noun (방한 시), or after a verb's adnominal form (표명한 바).
            if checker.is_noun(key, head) or (bound == "바" and adnominal(head)
                                         and checker.dictionaries.check(key, head)):
                return f"{head} {bound}{word[len(stem):]}"
    return None
