"""Messages the core (checks, spelling) writes in English, shown in the interface language.

The core has no Qt and no translator, so its messages arrive as English sentences. Each
known sentence shape is a template with named places ("The Korean date {date} is not in
the English"); a message matching one is rebuilt from the template's translation, with
each place's value translated the same way (messages nest: "Korean: {issue}"), segment
paths named as the panels name them, and kind words ("number", "headline") looked up.
A message of no known shape is shown as it is: a new check is never hidden, only English.
The importers' notes and the archive's bulk-add lines ("FILE:LINE: message") are matched
the same way by `translate_note`, from the templates of note_templates.py, and so are the
exporters' and the review copy's warnings and refusals (export_templates.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mfa_desk.ui.language.export_templates import (
    EXPORT_TEMPLATES,
    GATE_TEMPLATES,
    HEADER_PLACE,
    LANGUAGE_PLACES,
    REVIEW_TEMPLATES,
)
from mfa_desk.ui.language.i18n import translate
from mfa_desk.ui.language.note_templates import (
    COLUMN_PLACES,
    NOTE_TEMPLATES,
    NOTE_WORDS,
    PARAGRAPH_PLACE,
    SUB_POINTS_PLACE,
)

CONTEXT = "CoreMessages"

TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "The weekday does not match the calendar: {issue}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The Korean says {ko} but the English says {en}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The Korean date {ko} is not in the English"),
    QT_TRANSLATE_NOOP("CoreMessages", "The English date {en} is not in the Korean"),
    QT_TRANSLATE_NOOP("CoreMessages", "The Korean count {ko} does not match the English {en}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The Korean {kind} {ko} does not match the English {en}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The Korean {kind} {ko} is not in the English"),
    QT_TRANSLATE_NOOP("CoreMessages", "The English {kind} {en} is not in the Korean"),
    QT_TRANSLATE_NOOP("CoreMessages", "The Korean amount {ko} is in {ko_currency} but the English {en} is in {en_currency}"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "Korean text left in the English: {ko}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{ko} is in the Korean but not in the English"),
    QT_TRANSLATE_NOOP("CoreMessages", "Korean: {issue}"),
    QT_TRANSLATE_NOOP("CoreMessages", "English: {issue}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The {kind} has no English translation"),
    QT_TRANSLATE_NOOP("CoreMessages", "The English {kind} has no Korean source"),
    QT_TRANSLATE_NOOP("CoreMessages", "This Korean point has no English translation{tail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "This English point has no Korean source{tail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "; its content is in the English of {path} (two points merged?){tail}"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "; the English written here belongs to {path}{tail}"),
    QT_TRANSLATE_NOOP("CoreMessages", " ({counts})"),
    QT_TRANSLATE_NOOP("CoreMessages", "level {n}: Korean {ko_n}, English {en_n}{tail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "; {counts}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{issue} (English text found at {path})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{ko} is rendered {en}; the approved rendering is {approved}"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "{ko}: the approved rendering {approved} is not in the English"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "unbalanced {marks}: {n} opening, {m} closing"),
    QT_TRANSLATE_NOOP("CoreMessages", "an odd number of straight quotes \""),
    QT_TRANSLATE_NOOP("CoreMessages", "unbalanced single quotes ‘’"),
    QT_TRANSLATE_NOOP("CoreMessages", "doubled space"),
    QT_TRANSLATE_NOOP("CoreMessages", "Korean date {ko} lacks the period after the day ({fixed})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the Korean sentence does not end with a full stop"),
    QT_TRANSLATE_NOOP("CoreMessages", "the English point does not end with a full stop"),
    QT_TRANSLATE_NOOP("CoreMessages", "Merged: its content is in the English of {path} (two Korean points in one English point)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "Split: this English point and the one at {path} together translate one Korean point"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "None of the facts of this Korean sentence is in the English ({facts}): a sentence left out or added?"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "None of the facts of this English sentence is in the Korean ({facts}): a sentence left out or added?"),  # noqa: E501 - one literal, as lupdate reads it
    # Refused structure edits (model.operations), said in the status bar.
    QT_TRANSLATE_NOOP("CoreMessages", "cannot move further"),
    QT_TRANSLATE_NOOP("CoreMessages", "only a point after another point can be indented"),
    QT_TRANSLATE_NOOP("CoreMessages", "only a sub-point can be outdented"),
    QT_TRANSLATE_NOOP("CoreMessages", "points nest at most three levels deep"),
    QT_TRANSLATE_NOOP("CoreMessages", "segment is not indented"),
    QT_TRANSLATE_NOOP("CoreMessages", "the headline cannot be deleted"),
    QT_TRANSLATE_NOOP("CoreMessages", "only a point, a note or a sub-headline can change type"),
    QT_TRANSLATE_NOOP("CoreMessages", "a point with sub-points cannot change type; outdent or move its sub-points first"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "attachment has no photo to caption"),
    # Files the importers refuse (formats.*): shown after the file's name (messages.py).
    QT_TRANSLATE_NOOP("CoreMessages", "a PDF document, which MFA Desk does not read: import the release's HWP, HWPX or DOCX, or copy its text from the PDF or the web page"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a {detail} image, not a release (File > Add Photo… adds it to a release as a photo)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "an OpenDocument file (.odt), which MFA Desk does not read: save it as .docx first"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a zip archive, not a release: unpack it and import the release inside"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "no such file"),
    QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a file"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "macro-enabled Word documents (.docm) are not accepted; save it as .docx first"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "an old-format (.doc) or password-protected Word file; save it as an unprotected .docx first"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "not a Word document (.docx): {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "an HWP 5 (.hwp) or password-protected Hangul file; save it as HWPX (.hwpx) or DOCX from Hangul first"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "not an HWPX document: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a Hangul document: neither HWP 5 (.hwp) nor HWPX"),
    QT_TRANSLATE_NOOP("CoreMessages", "the HWPX document is password-protected; save it without a password from Hangul first"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "no release text in it (the file is empty)"),
    QT_TRANSLATE_NOOP("CoreMessages", "no release text in it (only web-page navigation lines)"),
    QT_TRANSLATE_NOOP("CoreMessages", "a binary file, not text (it contains NUL bytes; UTF-16 text needs a byte-order mark)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a binary file, not text (it is full of control characters)"),
    QT_TRANSLATE_NOOP("CoreMessages", "not text: byte {n} (0x{code}) is neither UTF-8 nor CP949/EUC-KR"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "to align two files each must hold one language; one of them holds both (or no text)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "not an MFA Desk release (expected a JSON object)"),
)

# Words the core puts into its sentences, and the names of the checks.
WORDS = (
    QT_TRANSLATE_NOOP("CoreMessages", "number"),
    QT_TRANSLATE_NOOP("CoreMessages", "time"),
    QT_TRANSLATE_NOOP("CoreMessages", "phone number"),
    QT_TRANSLATE_NOOP("CoreMessages", "month"),
    QT_TRANSLATE_NOOP("CoreMessages", "headline"),
    QT_TRANSLATE_NOOP("CoreMessages", "subheadline"),
    QT_TRANSLATE_NOOP("CoreMessages", "note"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment"),
    QT_TRANSLATE_NOOP("CoreMessages", "structure"),
    QT_TRANSLATE_NOOP("CoreMessages", "date"),
    QT_TRANSLATE_NOOP("CoreMessages", "hangul"),
    QT_TRANSLATE_NOOP("CoreMessages", "latin"),
    QT_TRANSLATE_NOOP("CoreMessages", "glossary"),
    QT_TRANSLATE_NOOP("CoreMessages", "hygiene"),
    QT_TRANSLATE_NOOP("CoreMessages", "spelling"),
)

_PATH = r"[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*"
# What each place may hold: paths and numbers are exact (so they never swallow the
# rest of a sentence), a tail may be empty, anything else is the shortest fit.
_PLACE = {"path": _PATH, "n": r"\d+", "m": r"\d+", "ko_n": r"\d+", "en_n": r"\d+",
          "code": r"[0-9a-f]{2}", "more": r"\d+", "links": r"\d+",
          "count": r"[\d,]+", "limit": r"[\d,]+",
          "cells": rf"{_PATH}(?:(?:, | to ){_PATH})*",
          "tail": r".*", "kind": r"[a-z ]+", "language_code": r"ko|en"}
_PLACE_NAME = re.compile(r"\\\{(\w+)\\\}")
# Places whose value is one of the core's words ("Korean", "category", "Monday").
_WORD_PLACES = frozenset({"kind", "lang", "asked", "weekday", "field_name", "what", "doc"})
# Places whose value is itself a message of the core ("cannot read: {reason}").
_MESSAGE_PLACES = frozenset({"issue", "tail", "counts", "reason", "error"})


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out: list[tuple[re.Pattern[str], str]] = []
    # QT_TRANSLATE_NOOP returns its text (stubs: object)
    for template in map(str, TEMPLATES + NOTE_TEMPLATES + EXPORT_TEMPLATES + GATE_TEMPLATES
                        + REVIEW_TEMPLATES):
        seen: set[str] = set()

        def place(m: re.Match[str], seen: set[str] = seen) -> str:
            name = m.group(1)
            if name in seen:  # "where 2. was due; renumbered 2.": the same value again
                return f"(?P={name})"
            seen.add(name)
            return f"(?P<{name}>{_PLACE.get(name, '.+?')})"

        regex = _PLACE_NAME.sub(place, re.escape(template))
        out.append((re.compile(regex + r"\Z", re.DOTALL), template))
    return tuple(out)


def translate_word(word: str) -> str:
    return translate(CONTEXT, word) if word in WORDS or word in NOTE_WORDS else word


def translate_message(message: str, describe: Callable[[str], str] | None = None,
                      depth: int = 0) -> str:
    """`message` in the interface language; `describe` names a segment path."""
    if depth > 6 or not message:
        return message
    if message in WORDS:
        return translate_word(message)
    for pattern, template in _patterns():
        found = pattern.match(message)
        if found is None:
            continue
        text = translate(CONTEXT, template)
        for name, value in found.groupdict().items():
            if name == "path":
                value = describe(value) if describe else value
            elif name == "cells" and describe:  # "points[3], points[5]", "points[3] to points[6]"
                value = ", ".join("~".join(map(describe, run.split(" to ")))
                                  for run in value.split(", "))
            elif name in _WORD_PLACES:
                value = translate_word(value)
            elif name == "language_code":  # "a pending change to ID (en)"
                value = translate_word(_LANGUAGE_NAMES[value])
            elif name in _MESSAGE_PLACES:
                value = translate_message(value, describe, depth + 1)
            elif name == "removed":  # "2 bidi control character(s) ... and 1 invisible ..."
                value = ", ".join(translate_message(part, describe, depth + 1)
                                  for part in value.split(" and "))
            text = text.replace("{" + name + "}", value)
        return text
    return message


# The place in front of a note: "FILE", "FILE:LINE", "FILE: paragraph 'first words'" (a
# document's paragraph), or a segment path ("points[2]", "points" - a pair import).
_NOTE_PLACE = re.compile(r"(?P<file>(?:[A-Za-z]:)?[^:\n]+?)(?::(?P<line>\d+))?"
                         r"(?:: paragraph (?P<quote>'.*'|\".*\"))?")
_LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}
# An export's place: a segment in one language ("points[2] (ko)"), a header field.
_IN_LANGUAGE = re.compile(rf"(?P<path>{_PATH}) \((?P<lang>ko|en)\)")
_HEADER_FIELD = re.compile(r"metadata \((?P<field>[^()]+)\)")
_SEGMENT_PATH = re.compile(rf"(?:headline|subheadlines|points|notes|attachments|metadata)\b"
                           rf"(?:\[\d+\])?(?:\.{_PATH})?")
_COLUMN = re.compile(r"(?P<file>.+) \((?P<lang>Korean|English) column\)")


def translate_note(note: str, describe: Callable[[str], str] | None = None) -> str:
    """An importer's note (or a bulk-add line) in the interface language, its place kept
    in front ("page.txt:12: ..."): segment paths named by `describe`, a file and its line
    as they are. A note whose message has no template is returned as it is."""
    start = 0
    while (colon := note.find(": ", start)) > 0:
        start = colon + 1
        found = _NOTE_PLACE.fullmatch(note[:colon])
        if found is None:
            continue
        message = note[colon + 2:]
        shown = translate_message(message, describe)
        if shown != message:
            return f"{_place(found, describe)}: {shown}"
    return translate_message(note, describe)


def _place(found: re.Match[str], describe: Callable[[str], str] | None) -> str:
    file = found.group("file")
    if found.group("line") is None and found.group("quote") is None \
            and _SEGMENT_PATH.fullmatch(file):  # a pair import names a segment, not a file
        if file.endswith(".children"):
            parent = file.removesuffix(".children")
            return translate(CONTEXT, str(SUB_POINTS_PLACE)).replace(
                "{path}", describe(parent) if describe else parent)
        if file in NOTE_WORDS:
            return translate_word(file)
        return describe(file) if describe else file
    export_place = _export_place(file, describe)
    if export_place is not None:
        return export_place
    column = _COLUMN.fullmatch(file)
    if column is not None:
        template = COLUMN_PLACES[0 if column.group("lang") == "Korean" else 1]
        file = translate(CONTEXT, str(template)).replace("{file}", column.group("file"))
    place = file if found.group("line") is None else f"{file}:{found.group('line')}"
    if found.group("quote") is not None:
        place += ": " + translate(CONTEXT, str(PARAGRAPH_PLACE)).replace("{quote}",
                                                                    found.group("quote"))
    return place


def _export_place(place: str, describe: Callable[[str], str] | None) -> str | None:
    """An export warning's place ("points[2] (ko)", "metadata (담당부서)") as the interface
    names it; None for any other place."""
    header = _HEADER_FIELD.fullmatch(place)
    if header is not None:
        return translate(CONTEXT, str(HEADER_PLACE)).replace(
            "{field}", translate_word(header.group("field")))
    found = _IN_LANGUAGE.fullmatch(place)
    if found is None:
        return None
    path = found.group("path").removesuffix(".caption")  # "attachments[0].photo": its caption
    named = describe(path) if describe else path
    return translate(CONTEXT, str(LANGUAGE_PLACES[found.group("lang")])).replace("{path}", named)
