"""Typing "※" at the start of a Korean point turns the point into a note.

A published note is "※ ..."; typed into a point it would print as "□ ※ ...". As a
word processor's autoformat does, the change is its own undo step right after the
keystroke: Undo once and the point keeps its "※". This module decides; the
ReleaseDocument, which owns the undo stack, pushes the change a moment later.
"""

from __future__ import annotations

from mfa_desk.constants import NOTE_MARKER
from mfa_desk.model.operations import Composite, OperationError, SetText, locate
from mfa_desk.model.release import Release
from mfa_desk.model.segment_kinds import ChangeKind

KO_NOTE = NOTE_MARKER["ko"]


def note_text(text: str) -> str | None:
    """The note's text when `text` starts with "※", else None."""
    stripped = text.lstrip()
    if not stripped.startswith(KO_NOTE):
        return None
    return stripped[len(KO_NOTE):].lstrip()


def note_conversion(release: Release, item_id: str, part: str, lang: str,
                    before: str, after: str) -> str | None:
    """After a keystroke: the note's text if it put "※" first in a point without
    sub-points (the point then becomes that note), else None."""
    if lang != "ko" or part != "text" or note_text(before) is not None:
        return None
    rest = note_text(after)
    if rest is None:
        return None
    try:
        loc = locate(release, item_id)
    except OperationError:
        return None
    if loc.container != "points" or loc.siblings[loc.index].children:
        return None
    return rest


def into_note(item_id: str, rest: str) -> Composite:
    """The point's text without its "※", and the point made a note: one operation."""
    return Composite([SetText(item_id, "ko", rest), ChangeKind(item_id, "note")])
