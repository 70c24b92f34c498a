"""Split text into the words a spell checker looks at, by script.

Hangul runs go to the Korean dictionary and Latin runs to the English one,
whichever pane they are in (Hunspell's Korean dictionary accepts every
non-Hangul token, so routing by pane would miss English typos in Korean text).
Things that are not words to a dictionary are recognised and skipped here:
URLs and bare web addresses, e-mail addresses, numbers with whatever is glued to them (dates
"2026. 3. 18.", phones "+82-2-2100-7000", amounts "142억", ordinals "65th"),
letter-digit codes ("G20", "COVID-19") and all-capital acronyms ("ROK", "UN").
Hangul may also come decomposed (conjoining jamo, as pasted from some macOS
programs); Hunspell's Korean dictionary reads both forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Script = Literal["ko", "en"]

_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_LATIN_WORD = rf"[{_LATIN_LETTER}]+(?:['’][{_LATIN_LETTER}]+)*"

# A web address without its scheme or www ("pdweek.or.kr", "mofa.go.kr/eng"; batch 7):
# its last label is a top-level domain.
_TLDS = "com|net|org|int|gov|edu|info|kr|jp|cn|us|uk|eu|io"

_TOKEN_RE = re.compile(
    rf"""
      (?P<url>(?:https?://|www\.)[^\s<>"'()\[\]]+)
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS})(?![A-Za-z0-9-])(?:/[^\s<>"'()]*)?)
    | (?P<number>\+?\d[0-9A-Za-z.,:/\-–]*)
    | (?P<code>[{_LATIN_LETTER}]+\d[0-9A-Za-z-]*)
    | (?P<hangul>[\uac00-\ud7a3\u1100-\u11ff]+)
    | (?P<latin>{_LATIN_WORD}(?:-{_LATIN_WORD})*)
    """,
    re.VERBOSE,
)

_POSSESSIVE_RE = re.compile(r"['’]s?$")
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")


@dataclass(frozen=True, slots=True)
class Token:
    """A word to check: its text, where it is, which dictionary it goes to.

    `attached` is True when the word follows a non-space, non-Hangul character
    directly ("ASEAN과", "'경제안보'를", "(가)"): a Hangul run there may be a
    particle standing on its own.
    """

    text: str
    start: int
    script: Script
    attached: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def is_acronym(word: str) -> bool:
    """All capitals, at least two letters ("ROK", "UN", "ROK-US", "UN's").

    A plural acronym counts too: "MOUs", "NGOs", "SDGs" (capitals and one final
    lower-case s), as does its possessive ("MOUs'").
    """
    core = _POSSESSIVE_RE.sub("", word)
    if _PLURAL_ACRONYM_RE.fullmatch(core):
        core = core[:-1]
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def strip_possessive(word: str) -> str:
    """"Ji-hoon's" -> "Ji-hoon"; "Koreas'" -> "Koreas"; other words unchanged."""
    return _POSSESSIVE_RE.sub("", word) if len(word) > 2 else word


def tokenize(text: str) -> list[Token]:
    """The words of `text` a dictionary should see, in order."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "hangul":
            start = m.start()
            prev = text[start - 1] if start else " "
            out.append(Token(m.group(), start, "ko", attached=not prev.isspace()))
        elif kind == "latin":
            word = m.group()
            if not is_acronym(word):
                out.append(Token(word, m.start(), "en"))
    return out
