"""Foreign names across the two scripts: does a Hangul word transliterate a Latin name?

Korean writes foreign names in Hangul by sound (틸러슨 = Tillerson, 폼페이오 = Pompeo,
요시마사 = Yoshimasa). No dictionary holds them all, but the aligned English usually
carries the name. Both words are reduced to a skeleton of consonant classes (vowels,
h-like glides and the Korean epenthetic 으 dropped; k/g/c/q one class, t/d, p/b/f/v,
s/sh/th, j/ch/z, l/r), doubled classes merged, and compared by similarity. The romanised
form itself follows the Revised Romanization letter by letter.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

_BASE, _LAST = 0xAC00, 0xD7A3
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
            "wo", "we", "wi", "yu", "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")

# Latin letter groups to consonant classes, longest first; anything else is a vowel.
_CLASSES = (("tch", "J"), ("sch", "S"), ("ng", "N"), ("ch", "J"), ("sh", "S"), ("th", "T"),
            ("ph", "P"), ("ck", "K"), ("gh", ""), ("kk", "K"), ("tt", "T"), ("pp", "P"),
            ("ss", "S"), ("jj", "J"), ("x", "KS"), ("k", "K"), ("g", "K"), ("c", "K"),
            ("q", "K"), ("t", "T"), ("d", "T"), ("p", "P"), ("b", "P"), ("f", "P"),
            ("v", "P"), ("s", "S"), ("z", "J"), ("j", "J"), ("l", "L"), ("r", "L"),
            ("m", "M"), ("n", "N"))
SIMILAR = 0.75  # skeleton similarity from which a Hangul word renders a Latin name


def romanize(hangul: str) -> str:
    """Revised Romanization, letter by letter (no sound-change rules): 틸러슨 -> tilleoseun."""
    out: list[str] = []
    for ch in hangul:
        code = ord(ch)
        if not _BASE <= code <= _LAST:
            out.append(ch)
            continue
        index = code - _BASE
        out.append(_INITIALS[index // 588] + _MEDIALS[(index % 588) // 28] + _FINALS[index % 28])
    return "".join(out)


# Both skeletons are kept: the spelling highlighter asks again on every keystroke of a
# cell for each name against every word of the other language's text.
@lru_cache(maxsize=8192)
def _hangul_skeleton(hangul: str) -> str:
    # 으 after a consonant only carries it (슨 = "son", 트 = "t"): drop it before classing.
    return skeleton(re.sub("eu", "", romanize(hangul)))


@lru_cache(maxsize=8192)
def skeleton(latin: str) -> str:
    """Consonant classes of a Latin word, doubled classes merged: Tillerson -> TLSN."""
    # A silent k before n ("Knapper") and an r that only colours a vowel ("Tillerson",
    # "Knapper": Korean writes no r there) are not heard in the Hangul.
    word = re.sub(r"^kn", "n", latin.lower())
    word = re.sub(r"(?<=[aeiouy])r(?![aeiouy])", "", word)
    out: list[str] = []
    i = 0
    while i < len(word):
        for letters, cls in _CLASSES:
            if word.startswith(letters, i):
                out.extend(cls)
                i += len(letters)
                break
        else:
            i += 1
    merged = [c for n, c in enumerate(out) if n == 0 or c != out[n - 1]]
    return "".join(merged)


def renders(hangul: str, latin: str) -> bool:
    """Whether a Hangul word can be a transliteration of the Latin word `latin`."""
    a, b = _hangul_skeleton(hangul), skeleton(latin)
    if len(a) < 2 or len(b) < 2:
        # One consonant says little ("Teh" would match many a Korean word): only a long
        # name on both sides (하야시 = Hayashi, 요다 = Yoda is too short).
        return a == b != "" and len(hangul) >= 3 and len(latin) >= 5
    if 2 * min(len(a), len(b)) < SIMILAR * (len(a) + len(b)):
        return False  # the ratio is at most this even if the shorter is all in the longer
    return SequenceMatcher(None, a, b).ratio() >= SIMILAR


def romanizes_surname(syllable: str, word: str) -> bool:
    """Whether the capitalised Latin `word` spells the one-syllable Korean surname
    `syllable` in any of the romanisations people use: 함 Ham, 권 Kweon/Kwon, 박 Park,
    이 Lee, 정 Chung. The first consonant and the last sound must agree."""
    return bool(surname_keys(syllable) & latin_surname_keys(word))


# Keys a surname and its romanisations share (so aligners can compare them by equality):
# the class of the first consonant and of the last sound. 박 is Park, Pak or Bak; 정
# Chung, Jung or Jeong; ㅇ (no consonant) writes a vowel, a glide or an older L/R/N (이
# Lee/Yi/Rhee, 임 Lim/Im); 류 Ryu or Yoo; 노 Roh or Noh. A word gets every key its
# spelling allows; a syllable without a final consonant ends in a vowel, y or h (최 Choi,
# 오 Oh).
_KO_INITIAL_KEYS = {"g": "K", "kk": "K", "k": "K", "d": "T", "tt": "T", "t": "T", "b": "P",
                    "pp": "P", "p": "P", "j": "J", "jj": "J", "ch": "J", "s": "S", "ss": "S",
                    "h": "H", "m": "M", "n": "N", "r": "LV", "": "V"}
_LATIN_INITIAL_KEYS = {"k": "K", "g": "K", "t": "T", "d": "T", "p": "P", "b": "P", "j": "J",
                       "c": "J", "s": "S", "h": "H", "m": "M", "n": "NV", "r": "LVN", "l": "LV"}
_LATIN_FINALS = {"k": "K", "g": "K", "n": "N", "m": "M", "l": "L", "r": "L", "p": "P",
                 "t": "T"}


def _final_key(ending: str) -> str:
    if ending.endswith("ng"):
        return "G"
    if not ending or ending[-1] in "aeiouyh":
        return ""
    return _LATIN_FINALS.get(ending[-1], "?")


def surname_keys(syllable: str) -> frozenset[str]:
    """The keys of a one-syllable Korean surname: 함 -> {"HM"}."""
    code = ord(syllable) - _BASE if len(syllable) == 1 else -1
    if not 0 <= code <= _LAST - _BASE:
        return frozenset()
    final = _final_key(_FINALS[code % 28])
    return frozenset(i + final for i in _KO_INITIAL_KEYS[_INITIALS[code // 588]])


def latin_surname_keys(word: str) -> frozenset[str]:
    """The keys of a capitalised Latin word read as a romanised surname: Ham -> {"HM"},
    Lee -> {"L", "V"}; none for a word no surname is spelled like."""
    lower = word.lower()
    if not (2 <= len(word) <= 7) or not word[:1].isupper() or not lower.isalpha():
        return frozenset()
    initials = _LATIN_INITIAL_KEYS.get(lower[0], "V" if lower[0] in "aeiouyw" else "")
    return frozenset(i + _final_key(lower) for i in initials)
