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


def _hangul_skeleton(hangul: str) -> str:
    # 으 after a consonant only carries it (슨 = "son", 트 = "t"): drop it before classing.
    return skeleton(re.sub("eu", "", romanize(hangul)))


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
    return SequenceMatcher(None, a, b).ratio() >= SIMILAR
