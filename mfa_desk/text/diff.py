"""Differences between two texts of one language, as a reader wants to see them.

English is compared word by word (a changed word is shown whole, never as a few
changed letters). Korean is compared by eojeol (the space-separated units), and
inside an eojeol that changed into one other eojeol by character, because a
Korean edit often changes only a particle or an ending (정부는 -> 정부가).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["=", "-", "+"]

# Beyond this many tokens a side, the texts are shown as one deletion and one
# insertion: SequenceMatcher is quadratic in the worst case and no segment of a
# real release comes near this (the longest seen has about 150 words).
MAX_TOKENS = 4000

_EN_TOKEN = re.compile(r"\s+|\w+(?:['’.\-]\w+)*|[^\w\s]")
_KO_TOKEN = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Piece:
    """A run of text that is in both texts ("="), only the old ("-") or only the new ("+")."""

    op: Op
    text: str


def tokens(text: str, lang: str) -> list[str]:
    return (_KO_TOKEN if lang == "ko" else _EN_TOKEN).findall(text)


def diff_texts(old: str, new: str, lang: str) -> list[Piece]:
    """The pieces that turn `old` into `new`; joining "=" and "-" gives old, "=" and "+" new."""
    if old == new:
        return [Piece("=", old)] if old else []
    a, b = tokens(old, lang), tokens(new, lang)
    if len(a) > MAX_TOKENS or len(b) > MAX_TOKENS:
        return _merge([Piece("-", old), Piece("+", new)])
    pieces: list[Piece] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece("=", "".join(a[i1:i2])))
            continue
        if tag == "replace" and lang == "ko" and i2 - i1 == j2 - j1:
            # Eojeol for eojeol: show which characters changed inside each.
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                pieces.extend(_characters(x, y))
            continue
        if i2 > i1:
            pieces.append(Piece("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("+", "".join(b[j1:j2])))
    return _merge(pieces)


def _characters(old: str, new: str) -> list[Piece]:
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    if matcher.ratio() < 0.5:  # mostly different: the whole eojeol reads better
        return [Piece("-", old), Piece("+", new)]
    out: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(Piece("=", old[i1:i2]))
            continue
        if i2 > i1:
            out.append(Piece("-", old[i1:i2]))
        if j2 > j1:
            out.append(Piece("+", new[j1:j2]))
    return out


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Join neighbours of one kind and order each change as deletion, then insertion."""
    out: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and out[-1].op == piece.op:
            out[-1] = Piece(piece.op, out[-1].text + piece.text)
        elif (len(out) >= 2 and piece.op == "-" and out[-1].op == "+"
              and out[-2].op == "-"):
            # "-a +b -c" reads as "-ac +b".
            out[-2] = Piece("-", out[-2].text + piece.text)
        else:
            out.append(piece)
    return out


def side(pieces: list[Piece], which: Literal["old", "new"]) -> str:
    """The old or the new text back from the pieces."""
    drop = "+" if which == "old" else "-"
    return "".join(p.text for p in pieces if p.op != drop)


def inline(pieces: list[Piece]) -> str:
    """One line with deletions as [-...-] and insertions as {+...+} (as wdiff prints)."""
    marks = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}
    return "".join(marks[p.op][0] + p.text + marks[p.op][1] for p in pieces)
