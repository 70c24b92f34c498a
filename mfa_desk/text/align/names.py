"""A person's name in Hangul and in Latin letters, as an anchor both languages share.

A foreign name written in Hangul (뭉흐징, 시진핑, 바트숨베르) or a Korean name in full
(윤석열) is the same name as "Munkhjin", "Xi Jinping", "Batsumber", "Yoon Suk Yeol" in
the English: a fact a translation keeps. Both are reduced to the classes of their
consonants, the sounds any transliteration keeps (vowels, and the h, w and y of glides,
vary): ㅂ/b/p/f P, ㄷ/d/t T, ㄱ/g/k/c/q K, ㅈ/ㅊ/j/ch/z J, ㅅ/s/x/sh S, ㅎ/h/kh H, ㅁ M,
ㄴ/ㅇ(final)/n/ng N, ㄹ/l/r L; doubled classes count once. A Hangul name counts only where
it names a person (the word before a title: "시진핑 국가주석", "뭉흐징 몽골 외교차관");
short keys (fewer than three classes: 다이, "Dai") say nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Initial consonants of a Hangul syllable, in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ
# ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
_INITIAL = "KKNTTLMPPSS JJJKTPH"
# Final consonants: none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ
# ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
_FINAL = " KKKNNNTLLLLLLLLMPPTTNTTKTP "
_LATIN = [("ng", "N"), ("kh", "H"), ("ch", "J"), ("sh", "S"), ("th", "T"), ("ph", "P"),
          ("zh", "J")]
_LATIN_ONE = {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("dt", "T"),
              **dict.fromkeys("gkcq", "K"), **dict.fromkeys("jz", "J"),
              **dict.fromkeys("sx", "S"), "h": "H", "m": "M", "n": "N", "l": "L", "r": "L"}
MIN_KEY = 3

# A person's title; the name stands in the words just before it ("시진핑 국가주석",
# "바트숨베르 뭉흐징 몽골 외교차관", "골드버그 주한 미국대사").
_KO_TITLE = re.compile(r"(?:국가주석|주석|대통령|총리|장관|차관|대사|대변인|특사|사무총장|의장|"
                       r"위원장|총재|외무장관|국무장관|외교부장|차관보)"
                       r"(?=[은는이가과와의을를에께도\s,.·]|$)")
# Words between a name and its title: 주한 (in Korea), 신임 (new), a ministry, a country
# (`skip`, the caller's glossary).
_WORD_MAX = 12
_BETWEEN = frozenset("주한 신임 전 현 전임 신임장 외교부 정부 주 駐 前".split())
_EN_RUN = re.compile(r"[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)*")


def _squeeze(classes: str) -> str:
    return re.sub(r"(.)\1+", r"\1", classes.replace(" ", ""))


def hangul_key(word: str) -> str:
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        out.append(_INITIAL[code // 588])
        out.append(_FINAL[code % 28])
    return _squeeze("".join(out))


_TOKEN = re.compile(r"ng|kh|ch|sh|th|ph|zh|.")
_CLASS = {**_LATIN_ONE, **dict(_LATIN)}


@lru_cache(maxsize=8192)
def _word_keys(word: str) -> frozenset[str]:
    """The key of a Latin word, with and without an r before a consonant or at the end
    (Korean drops it: "Goldberg" 골드버그)."""
    w = word.lower()
    return frozenset(_squeeze("".join(_CLASS.get(t, "") for t in _TOKEN.findall(text)))
                     for text in (w, re.sub(r"r(?![aeiouy])", "", w)))


def latin_keys(word: str) -> set[str]:
    """The keys of a Latin word or of words written together ("XiJinping")."""
    return set(_word_keys(word))


def _run_keys(words: list[str]) -> set[str]:
    keys = {""}
    for w in words:
        keys = {k + wk for k in keys for wk in _word_keys(w)}
    return {_squeeze(k) for k in keys}


def name_keys(text: str, korean: bool, skip: Callable[[str], bool] | None = None
              ) -> set[str]:
    """The keys (of at least `MIN_KEY` classes) of the people `text` names: in Korean, the
    name just before a title, past words such as 주한 or a country (`skip`); in English,
    every one to three capitalised words in a row."""
    keys: set[str] = set()
    if korean:
        for m in _KO_TITLE.finditer(text):
            start = m.start()
            while start > max(0, m.start() - _WORD_MAX) \
                    and "\uac00" <= text[start - 1] <= "\ud7a3":
                start -= 1  # the whole word: 미국대사, 외교차관 (bounded: a run without spaces)
            words = re.findall(r"[가-힣]+", text[max(0, start - 40):start])
            while words and (words[-1] in _BETWEEN or (skip is not None and skip(words[-1]))):
                words.pop()
            if not words:
                continue
            name = words[-1]
            if len(name) == 1 and len(words) > 1:  # 다이 빙: the family name after
                name = words[-2] + name
            if len(name) <= 5:
                keys.add(hangul_key(name))
    else:
        for m in _EN_RUN.finditer(text):
            words = re.split(r"[\s-]+", m.group(0))
            for n in range(1, 4):
                for i in range(len(words) - n + 1):
                    keys |= _run_keys(words[i:i + n])
    return {k for k in keys if len(k) >= MIN_KEY}
