"""Which script a text is written in: one Hangul test and one threshold for the
whole program (text, HTML and DOCX import, the checks, spelling).

A Korean release quotes English names and acronyms (UN, WFP, ASEAN); an English
page of the ministry carries Korean navigation. Both stay on their side when a
text is Korean from `KOREAN_SHARE` of its letters being Hangul.
"""

from __future__ import annotations

import re
from typing import Literal

Script = Literal["ko", "en"]

# Hangul syllables, the conjoining jamo and the compatibility jamo (ㅇ ㄱ ...).
HANGUL_CLASS = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
SYLLABLE_CLASS = "\uac00-\ud7a3"  # whole syllables only (가-힣)
LATIN_CLASS = "A-Za-z\u00c0-\u024f"  # with the accented letters of names (Müller, Sánchez)
HANGUL = re.compile(f"[{HANGUL_CLASS}]")
HANGUL_RUN = re.compile(f"[{HANGUL_CLASS}]+")
SYLLABLE = re.compile(f"[{SYLLABLE_CLASS}]")
LATIN = re.compile(f"[{LATIN_CLASS}]")

# Korean when at least this share of the letters is Hangul. Measured on the
# project's fixtures and ../shared/real-releases (UTF-8 files): Korean texts
# 0.63-1.0, English texts 0.0-0.034 (the ministry's page with Korean skip links).
KOREAN_SHARE = 0.3


def is_hangul(char: str) -> bool:
    return HANGUL.match(char) is not None


def has_hangul(text: str) -> bool:
    return HANGUL.search(text) is not None


def has_latin(text: str) -> bool:
    return LATIN.search(text) is not None


def letter_counts(text: str) -> tuple[int, int]:
    """(Hangul letters, Latin letters) in `text`."""
    return len(HANGUL.findall(text)), len(LATIN.findall(text))


def hangul_share(text: str) -> float | None:
    """The share of Hangul among the letters; None when there are no letters."""
    hangul, latin = letter_counts(text)
    return None if hangul + latin == 0 else hangul / (hangul + latin)


def script_of(text: str, default: Script = "ko") -> Script:
    """"ko" when Hangul makes up `KOREAN_SHARE` of the letters, else "en";
    `default` when there are no letters at all."""
    share = hangul_share(text)
    if share is None:
        return default
    return "ko" if share >= KOREAN_SHARE else "en"


def is_korean(text: str) -> bool:
    return script_of(text, "en") == "ko"
