"""Index terms: what the candidate index stores for each segment.

Korean (and anything on the Korean side) is indexed by character bigrams over the
text with spaces removed, so two-syllable words (외교, 장관, 회담) are found - SQLite
FTS5's trigram tokenizer needs three characters and finds none of them. English is
indexed by whole lower-case words. A term is one 64-bit integer: a bigram packs its
two code points (21 bits each); an English word is its CRC-32 above a tag bit, so the
two kinds never collide. A hash collision only adds a candidate, which the exact
check that follows removes.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

ENGLISH_TAG = 1 << 45
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    """NFC with runs of white space made one space: what matching compares."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def squeeze(text: str) -> str:
    """Lower-case, no spaces: the form Korean bigrams are taken from."""
    return "".join(normalize(text).lower().split())


def korean_terms(text: str) -> set[int]:
    chars = squeeze(text)
    return {(ord(a) << 21) | ord(b) for a, b in zip(chars, chars[1:], strict=False)}


def english_terms(text: str) -> set[int]:
    return {ENGLISH_TAG | zlib.crc32(w.encode("utf-8"))
            for w in _WORD.findall(normalize(text).lower())}


def segment_terms(ko: str, en: str) -> set[int]:
    return korean_terms(ko) | english_terms(en)


def has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e" for c in text)
