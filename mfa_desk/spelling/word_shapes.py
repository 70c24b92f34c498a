"""Shapes of words the checker reasons about: typing slips, a verb's adnominal form,
contracted vowels, letters without case or punctuation, names close to one another."""

from __future__ import annotations

from mfa_desk.spelling.gazetteer import edit_distance


def one_slip(right: str, typed: str) -> bool:
    """Two adjacent letters swapped, or one letter doubled or undoubled."""
    if len(right) == len(typed):
        diff = [i for i, (a, b) in enumerate(zip(right, typed, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 \
            and right[diff[0]] == typed[diff[1]] and right[diff[1]] == typed[diff[0]]
    short, long_ = sorted((right, typed), key=len)
    if len(long_) - len(short) != 1:
        return False
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return (i > 0 and long_[i] == long_[i - 1]) or (
                i + 1 < len(long_) and long_[i] == long_[i + 1])
    return False


def adnominal(word: str) -> bool:
    """Ends in a syllable with final ㄴ or ㄹ (표명한, 할): a verb form before a noun."""
    code = ord(word[-1]) - 0xAC00
    return 0 <= code < 11172 and code % 28 in (4, 8)


# Contracted vowels: 뤄 = 루 + 어 (이뤄질 = 이루어질), 놨 = 노 + 았. Hunspell's Korean list
# lacks some contracted verb forms it knows written out.
_CONTRACTED = {14: (13, "어"), 9: (8, "아")}  # ㅝ = ㅜ + ㅓ, ㅘ = ㅗ + ㅏ


def uncontracted(word: str) -> str:
    """The word with its first contracted syllable written out (이뤄질 -> 이루어질), or the
    word itself when it has none. The final consonant moves to the second vowel."""
    for i, ch in enumerate(word):
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172 and (code // 28) % 21 in _CONTRACTED:
            vowel, second = _CONTRACTED[(code // 28) % 21]
            first = chr(0xAC00 + (code // 588) * 588 + vowel * 28)
            return word[:i] + first + chr(ord(second) + code % 28) + word[i + 1:]
    return word


def letters(word: str) -> str:
    """The letters alone, case-folded: "Secretary of" and "Secretaryof" are the same."""
    return "".join(c for c in word if c.isalpha()).casefold()


def close(name: str, word: str) -> bool:
    """Within two edits: a name of the release worth suggesting for the word."""
    return edit_distance(name, word, 2) <= 2
