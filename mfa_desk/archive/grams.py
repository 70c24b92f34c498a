"""Index terms: what the candidate index stores for each segment.

Korean (and anything on the Korean side) is indexed by the character bigrams of each
word, so two-syllable words (외교, 장관, 회담) are found - SQLite FTS5's trigram
tokenizer needs three characters and finds none of them. English is indexed by whole
lower-case words; Korean words are indexed whole as well, for matching. A term is one
64-bit integer: a bigram packs its two code points (21 bits each); a word is its CRC-32
above a tag bit (one for each language), so the kinds never collide. A hash collision
only adds a candidate, which the exact check that follows removes.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

ENGLISH_TAG = 1 << 45
KOREAN_WORD_TAG = 1 << 46
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    """NFC with runs of white space made one space: what matching compares."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def korean_terms(text: str) -> set[int]:
    """Bigrams inside each space-separated word (pairs across a space add index rows,
    not recall: a phrase is confirmed by a substring test anyway)."""
    return {(ord(a) << 21) | ord(b) for word in normalize(text).lower().split()
            for a, b in zip(word, word[1:], strict=False)}


# The commonest English words: in nearly every segment, so never the rarest term of a
# query; leaving them out saves 22% of the English index rows (measured per line on
# our fixtures and the real English releases).
STOPWORDS = frozenset("a an and as at be by for from has have in is it its of on or that the "
                      "their this to was were will with".split())


def english_terms(text: str) -> set[int]:
    return {ENGLISH_TAG | zlib.crc32(w.encode("utf-8"))
            for w in _WORD.findall(normalize(text).lower()) if w not in STOPWORDS}


def korean_word_terms(text: str) -> set[int]:
    """Whole Korean words (with their particles), for matching only: "950억" or
    "캐나다와" is far rarer than any of its bigrams, so a near copy of an old sentence
    is found by its words even when every bigram is common."""
    return {KOREAN_WORD_TAG | zlib.crc32(w.encode("utf-8"))
            for w in normalize(text).lower().split() if len(w) > 1}


def match_terms(ko: str) -> set[int]:
    return korean_terms(ko) | korean_word_terms(ko)


def segment_terms(ko: str, en: str) -> set[int]:
    return match_terms(ko) | english_terms(en)

