"""List numbers and bullets of a document MFA Desk did not make, as the text importer reads them.

Word and Hangul keep a list's numbers and bullets outside the text (numbering.xml,
header.xml); their readers (docx/docx_text, hwpx/hwpx_text) render each paragraph's
label and put it in front of its text. What a rendered label means is decided here,
once for both: numbers in Word's format names (Hangul's are mapped to them), an unknown
label by its list level, a bullet at the top level by the rest of the document, and
footnotes placed before the end mark.
"""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext.foreign_lines import STRUCTURE_KINDS, is_point, kind_of
from mfa_desk.formats.plaintext.text_lines import LineKind

_GANADA = "가나다라마바사아자차카타파하"
_CHOSUNG = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# A hostile numbering must not make rendering slow: a start of 100,000,000 took over
# 100 s in roman numerals.
MAX_ROMAN = 3999  # the largest numeral written with m, d, c, l, x, v, i


def _roman(n: int) -> str:
    if not 1 <= n <= MAX_ROMAN:
        return str(n)  # Word too falls back to digits beyond the numerals
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def format_number(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("ganada", "koreanDigital"):
        return _GANADA[(n - 1) % len(_GANADA)]
    if fmt == "chosung":
        return _CHOSUNG[(n - 1) % len(_CHOSUNG)]
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


_LEVEL_MARKERS = ("□", "°", "-")  # what an unknown label of list level 1, 2 stands for


def marker_for(label: str, ilvl: int) -> str:
    """The label as the text importer reads it; an unknown one by its list level.

    Known glyphs keep their meaning ("□"/"1." level 1, "ㅇ"/"○"/"°"/"o" level 2,
    "-" level 3); a number is a point only at list level 0 ("1.1." or a "%2."
    level is an item below one); "(2)" at level 0 is point 2; "•", "①", Wingdings
    squares go by the level.
    """
    kind = kind_of(f"{label} x") if label else LineKind.TEXT
    if kind is LineKind.NUMBERED and ilvl > 0:
        kind = LineKind.TEXT
    if kind in STRUCTURE_KINDS or kind is LineKind.NOTE:
        return label
    number = re.search(r"[0-9]{1,2}", label)
    if ilvl == 0 and number:
        return f"{number.group()}."  # "(2)" or "제2항" at the top list level: point 2
    if ilvl == 0:
        return UNKNOWN_TOP_BULLET  # decided once the whole document is read
    return _LEVEL_MARKERS[min(ilvl, 2)]


UNKNOWN_TOP_BULLET = "\ue0b0"  # a private-use stand-in, never in a document's text


def resolve_top_bullets(lines: list[str]) -> list[str]:
    """A bullet the importer does not know ("•", a Wingdings square) at the top list level
    is a point when nothing else in the document is one ("□" points drawn with a symbol
    font); beside numbered or □ points it is an item below them."""
    if not any(line.startswith(UNKNOWN_TOP_BULLET) for line in lines):
        return lines
    pointed = any(is_point(line) for line in lines)
    marker = "°" if pointed else "□"
    return [marker + line[1:] if line.startswith(UNKNOWN_TOP_BULLET) else line
            for line in lines]


def with_footnotes(lines: list[str], notes: list[str]) -> list[str]:
    """Notes go before a closing "끝." so that they are not text after the end mark."""
    if not notes:
        return lines
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    if end and kind_of(lines[end - 1]) is LineKind.END:
        end -= 1
    return lines[:end] + notes + lines[end:]
