"""Marker glyphs as published, per language: rendering, never stored in text."""

from __future__ import annotations

from mfa_desk.constants import (
    KO_LEVEL1_BOX,
    KO_NUMBERING_NUMBER,
    LEVEL2_MARKER,
    LEVEL3_MARKER,
    NOTE_MARKER,
    SUBHEADLINE_MARKER,
    Lang,
)


def point_marker(lang: Lang, level: int, number: int, korean_numbering: str) -> str:
    """The marker of a point at `level` (1-3); `number` is its 1-based position."""
    if level == 1:
        if lang == "ko" and korean_numbering != KO_NUMBERING_NUMBER:
            return KO_LEVEL1_BOX
        return f"{number}."
    if level == 2:
        return LEVEL2_MARKER[lang]
    return LEVEL3_MARKER[lang]


def note_marker(lang: Lang) -> str:
    return NOTE_MARKER[lang]


def subheadline_marker() -> str:
    return SUBHEADLINE_MARKER
