"""Turn an error from the core into the sentence a dialog or status bar shows.

The core's messages are written for `mfa-desk: <message>` on a terminal, so they
start in lower case; a dialog shows them on their own and wants a capital. A
message that starts with the file or place it is about keeps its lower case. A sentence the
core message table knows is shown in the interface language (core_messages), and so are
the importers' notes (note_text).
"""

from __future__ import annotations

from mfa_desk.errors import InputError


def user_text(exc: BaseException) -> str:
    # A core sentence the interface knows (a refused structure edit, a check's finding,
    # a file an importer refuses) in the interface language; any other as it is.
    # Imported here: not at start-up.
    from mfa_desk.ui.language.core_messages import translate_message

    if isinstance(exc, InputError) and exc.where:
        return f"{exc.where}: {translate_message(exc.message)}"
    text = translate_message(str(exc))
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def note_text(note: str) -> str:
    """One note of an importer, or one line of the archive's bulk add, in the interface
    language, its place ("page.txt:12", "points[3]") kept in front; in Korean the segments
    a pair import names are named as the gutter names them ("항목 4"). A note of no known
    shape is shown as it is."""
    from mfa_desk.ui.language.i18n import language_in_use

    if language_in_use() != "ko":
        return note  # the importers' own sentences, as they wrote them
    # Imported here: not at start-up.
    from mfa_desk.ui.grid.segment_names import SegmentNames
    from mfa_desk.ui.language.core_messages import translate_note

    return translate_note(note, SegmentNames().describe)


STATUS_NOTES_SHOWN = 3  # a status-bar line holds a few notes, then says how many more


def status_notes(notes: list[str], limit: int = STATUS_NOTES_SHOWN) -> str:
    """Notes for the status bar, in the interface language: the first `limit`, then how
    many more there are (an export or paste with eight notes showed three and hid five)."""
    text = "; ".join(note_text(note) for note in notes[:limit])
    more = len(notes) - limit
    if more > 0:
        from mfa_desk.ui.language.i18n import translate

        # The FileCommands context: the words were translated there first (import_notes).
        text += "; " + translate("FileCommands", "… and %1 more").replace("%1", str(more))
    return text
