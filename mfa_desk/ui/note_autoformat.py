"""Typing "※" at the start of a Korean point turns the point into a note.

A published note is "※ ..."; typed into a point it would print as "□ ※ ...". As a
word processor's autoformat does, the change is its own undo step right after the
keystroke: Undo once and the point keeps its "※".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from mfa_desk.constants import NOTE_MARKER
from mfa_desk.model.operations import Composite, OperationError, SetText, locate
from mfa_desk.model.segment_kinds import ChangeKind

if TYPE_CHECKING:
    from mfa_desk.ui.release_document import ReleaseDocument

KO_NOTE = NOTE_MARKER["ko"]


def note_text(text: str) -> str | None:
    """The note's text when `text` starts with "※", else None."""
    stripped = text.lstrip()
    if not stripped.startswith(KO_NOTE):
        return None
    return stripped[len(KO_NOTE):].lstrip()


def maybe_offer_note(document: ReleaseDocument, item_id: str, part: str, lang: str,
                     before: str, after: str) -> None:
    """After a keystroke: if it put "※" first in a point, turn the point into a note."""
    if lang != "ko" or part != "text" or note_text(before) is not None:
        return
    rest = note_text(after)
    if rest is None:
        return
    try:
        loc = locate(document.release, item_id)
    except OperationError:
        return
    if loc.container != "points" or loc.siblings[loc.index].children:
        return
    # Later, not inside the cell's own text-changed handler: the grid rebuilds its rows.
    QTimer.singleShot(0, document, lambda: _turn_into_note(document, item_id, after, rest))


def _turn_into_note(document: ReleaseDocument, item_id: str, expected: str, rest: str) -> None:
    if document.read_only or document.release.segment_by_id(item_id) is None:
        return
    if document.text_of(item_id, "text", "ko") != expected:
        return  # more typing came first; leave the text as the user has it
    op = Composite([SetText(item_id, "ko", rest), ChangeKind(item_id, "note")])
    try:
        document.push(op, document.tr("Turn into note"))
    except OperationError:
        return
    document.notice.emit(document.tr("Turned into a ※ note; Undo keeps it a point"))
