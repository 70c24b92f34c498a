"""Plain-text import: a release pasted or saved from the ministry web page, an
e-mail or a Korean 보도자료, in one language.

Public API (other formats call `import_lines` on paragraphs they extract):
`decode_bytes`, `detect_language`, `import_lines`, `import_text`, `import_text_file`.

Rules (issue 2): web-page chrome and "hit" counters are dropped; the category,
"Date", Korean header fields and the translation flag go to the metadata;
lines wrapped inside a paragraph are joined with one space and blank lines are
not structure; defects (a number used twice, an item with no parent) are
repaired and reported as warnings "file:line: message"; no text is ever
dropped: what is not recognised is kept where it most likely belongs.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from mfa_desk.constants import KO_NUMBERING_BOX, KO_NUMBERING_NUMBER, Lang
from mfa_desk.errors import InputError
from mfa_desk.fileio import read_input_file
from mfa_desk.formats.import_result import ImportResult
from mfa_desk.formats.plaintext.bulleted_story import unbullet_story
from mfa_desk.formats.plaintext.closing_dates import board_row_date, closing_date
from mfa_desk.formats.plaintext.copied_layout import undo_copied_layout
from mfa_desk.formats.plaintext.date_rows import dateline_day
from mfa_desk.formats.plaintext.html_breaks import split_html_breaks
from mfa_desk.formats.plaintext.mixed_parting import paragraphs_set_together
from mfa_desk.formats.plaintext.photo_blocks import titles_over_photos
from mfa_desk.formats.plaintext.printed_twice import captions_printed_twice
from mfa_desk.formats.plaintext.story_decks import (
    decks_as_subheadlines,
    decks_over_date,
    decks_over_story,
    decks_under_date,
    pull_quote_as_deck,
)
from mfa_desk.formats.plaintext.text_body import (
    AttachmentsReader,
    BodyBuilder,
    NotesCollector,
    one_line_paragraphs,
)
from mfa_desk.formats.plaintext.text_draft import Draft
from mfa_desk.formats.plaintext.text_encoding import MAX_TEXT_BYTES, decode_bytes, decode_text
from mfa_desk.formats.plaintext.text_head import HeaderReader, Headline, TextHandler
from mfa_desk.formats.plaintext.text_lines import Line, LineKind, classify_row
from mfa_desk.formats.plaintext.text_page import (
    QUESTION_IN_WORD,
    QUESTION_LINE,
    split_glued_paragraphs,
    split_one_line,
)
from mfa_desk.formats.plaintext.text_region import find_region, left_out_warning
from mfa_desk.formats.plaintext.text_region_end import sent_on
from mfa_desk.formats.untrusted_text import refuse_overlong_line
from mfa_desk.model.release import Contact
from mfa_desk.text.script import script_of

__all__ = ["decode_bytes", "detect_language", "import_lines", "import_text", "import_text_file"]



def detect_language(text: str) -> Lang:
    """"ko" when Hangul makes up `KOREAN_SHARE` of the letters, else "en"; Korean
    (the original language) when there is nothing to go by."""
    return script_of(text, "ko")


def import_text_file(path: str | os.PathLike[str], lang: Lang | None = None) -> ImportResult:
    p = Path(path)
    try:
        data = read_input_file(p, MAX_TEXT_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(p)) from None
    text, cleaned = decode_text(data, str(p))
    result = import_text(text, lang, str(p))
    # Removed control or bidi characters are said first: they were in the file itself.
    result.warnings[:0] = cleaned
    return result


def import_text(text: str, lang: Lang | None = None, source: str = "<text>") -> ImportResult:
    lines = text.splitlines()
    refuse_overlong_line(lines, source)
    # A browser's copy may double every line break or indent every line (copied_layout.py);
    # a video site's copy may keep the page's <br /> tags as text (html_breaks.py).
    return import_lines(undo_copied_layout(split_html_breaks(lines)), lang, source)


def import_lines(lines: list[str], lang: Lang | None = None, source: str = "<text>",
                 *, paragraphs: bool = False) -> ImportResult:
    """Analyse the lines of one release in one language.

    `paragraphs=True` says each line is a whole paragraph (from DOCX or HTML),
    so an unmarked line starts a new paragraph instead of continuing one.
    """
    lines = _unquote(lines)
    notices: list[str] = []
    texts = [i for i, raw in enumerate(lines) if raw.strip()]
    # Does the copy part its paragraphs with blank lines? Glued paragraphs split apart
    # are parted the same way (a copy with none has each paragraph on its own line).
    parted = bool(texts) and any(not lines[i].strip() for i in range(texts[0], texts[-1]))
    classified = [line for i, raw in enumerate(lines, start=1)
                  for line in _classify_raw(raw, i, source, notices, parted)]
    if all(line.kind is LineKind.BLANK for line in classified):
        raise InputError("no release text in it (the file is empty)", source)
    if all(line.kind in (LineKind.BLANK, LineKind.CHROME, LineKind.HIT) for line in classified):
        raise InputError("no release text in it (only web-page navigation lines)", source)
    detected = detect_language("\n".join(lines))
    story = decks_over_date(decks_under_date(captions_printed_twice(unbullet_story(classified))))
    story = decks_over_story(story)
    story = paragraphs_set_together(titles_over_photos(pull_quote_as_deck(story)))
    region = find_region(decks_as_subheadlines(story, lines), lang or detected)
    importer = _Importer(lang or detected, source, paragraphs, region.lines,
                         prose_body=region.body is not None and region.body.kind is LineKind.TEXT,
                         lines_are_paragraphs=not paragraphs and one_line_paragraphs(classified))
    draft = importer.draft
    draft.warnings.extend(notices)
    if lang is not None and lang != detected:
        draft.warnings.append(
            f"{source}: the text looks {_LANG_NAME[detected]}; imported as "
            f"{_LANG_NAME[lang]} as asked")
    left_out = left_out_warning(region, source)
    if left_out:
        draft.warnings.append(left_out)
    if not region.has_headline:
        importer.headline.found = True  # the text starts with its body: no line is the headline
        importer.headline.absent = True
    for line in region.lines:
        if line is region.body and draft.target is not None:
            draft.blank_since_target = True  # the body's first paragraph starts here
        importer.feed(line)
    result = importer.finish()
    result.left_out = [line.whole or line.text for line in region.left_out]
    if result.release.metadata.date is None:  # a wire's send time under the story
        result.release.metadata.date = sent_on(result.left_out) or dateline_day(lines) \
            or board_row_date(result.left_out)
    closing_date(result.release, draft.lang)
    return result


def _classify_raw(raw: str, lineno: int, source: str, notices: list[str],
                  parted: bool = True) -> list[Line]:
    """One line of the file as classified lines: a release pasted on one line is
    split at its markers first; characters lost to a wrong code page are reported."""
    pieces = split_one_line(raw)
    if pieces is not None:
        notices.append(f"{source}:{lineno}: the whole release is on one line; split at its "
                       f"markers into {len(pieces)} lines")
    glued = split_glued_paragraphs(raw) if pieces is None else None
    if glued is not None:
        notices.append(f"{source}:{lineno}: {len(glued)} paragraphs run together on one line "
                       "(no space after a full stop); split there")
        pieces = [part for piece in glued for part in (piece, "")][:-1] if parted else glued
    out = [line for piece in pieces or [raw] for line in classify_row(piece, lineno)]
    for line in out:
        text = line.whole or line.text
        if QUESTION_LINE.match(text):
            notices.append(f"{source}:{lineno}: a line of '?' only (characters a wrong code "
                           "page could not carry); left out")
        elif QUESTION_IN_WORD.search(text):
            notices.append(f"{source}:{lineno}: '?' between Hangul letters: a character (such "
                           "as '·') lost to a wrong code page; kept as written")
    return [line for line in out if not QUESTION_LINE.match(line.whole or line.text)]


def _unquote(lines: list[str]) -> list[str]:
    """A release forwarded in an e-mail reply: "> □ 외교부는 ...". When (nearly) every
    line is quoted, the quote marks go, level by level, so the markers show again."""
    for _ in range(5):
        texts = [line for line in lines if line.strip()]
        quoted = sum(line.lstrip().startswith(">") for line in texts)
        if not texts or quoted < _QUOTED_SHARE * len(texts):
            break
        lines = [_QUOTE.sub("", line) for line in lines]
    return lines


_QUOTED_SHARE = 0.8
_QUOTE = re.compile(r"^\s*>[ \t]?")
_LANG_NAME = {"ko": "Korean", "en": "English"}


_PARTS_PARAGRAPHS = frozenset({
    LineKind.DATE, LineKind.BARE_DATE, LineKind.HEADER,
    LineKind.HIT, LineKind.HIT_LABEL, LineKind.CATEGORY, LineKind.DOCTYPE, LineKind.CHROME})


class _Importer:
    """Composes the parts that read a release, and hands each line to the part its
    kind belongs to. It owns no state of its own beyond the parts."""

    def __init__(self, lang: Lang, source: str, paragraphs: bool, lines: list[Line],
                 *, prose_body: bool = False, lines_are_paragraphs: bool = False) -> None:
        self.draft = Draft(lang, source, paragraphs)
        self.headline = Headline(self.draft)
        self.header = HeaderReader(self.draft, self.headline, self.on_text)
        self.body = BodyBuilder(self.draft, self.headline, self.on_text, lines, prose_body,
                                lines_are_paragraphs)
        self.notes = NotesCollector(self.draft)
        self.attachments = AttachmentsReader(self.draft)
        header, body, notes = self.header, self.body, self.notes
        self.handlers: dict[LineKind, TextHandler] = {
            LineKind.CHROME: header.on_chrome,
            LineKind.CATEGORY: header.on_category,
            LineKind.DOCTYPE: header.on_doctype,
            LineKind.DATE: header.on_date,
            LineKind.DATE_LABEL: header.on_date_label,
            LineKind.BARE_DATE: header.on_bare_date,
            LineKind.HIT: header.on_hit,
            LineKind.HIT_LABEL: header.on_hit_label,
            LineKind.ISSUER: self.on_issuer,
            LineKind.CONTACT_HEADING: header.on_contact_heading,
            LineKind.HEADER: header.on_header,
            LineKind.CONTACT: header.on_contact,
            LineKind.TITLE: header.on_title,
            LineKind.NUMBERED: self.on_numbered,
            LineKind.BOX: body.on_box,
            LineKind.LEVEL2: body.on_level2,
            LineKind.DASH: body.on_dash,
            LineKind.LEVEL3: body.on_level3,
            LineKind.NOTE: notes.on_note,
            LineKind.SECTION: body.on_section,
            LineKind.REFERENCE: notes.on_reference,
            LineKind.UNOFFICIAL: notes.on_unofficial,
            LineKind.ATTACHMENTS: self.attachments.on_attachments,
            LineKind.END: self.on_end,
            LineKind.TEXT: self.on_text,
        }

    # ------------------------------------------------------------ dispatch

    def feed(self, line: Line) -> None:
        if self.header.take_waiting(line):
            return
        if line.kind is LineKind.BLANK:
            self.draft.blank_since_target = True
            return
        if self.attachments.takes(line) or self.notes.takes(line):
            return
        handler = self.body.top_handler(line) or self.handlers[line.kind]
        parts = line.kind in _PARTS_PARAGRAPHS
        before = self._written() if parts else None
        handler(line)
        if parts and self._written() == before:
            # A date, a header field or page chrome read as such stands between two
            # paragraphs as a blank line does: what follows does not continue the
            # headline or the paragraph above it (a copy with no blank lines has nothing
            # else to say so). One kept as text (an impossible date) parts nothing.
            self.draft.blank_since_target = True
        if line.end_mark:
            self.notes.after_end = True
            self.attachments.open = False
            self.draft.target = None

    def _written(self) -> tuple[int, int]:
        """How much release text there is: the target's length and the points'."""
        draft = self.draft
        target = draft.target.get(draft.lang) if draft.target is not None else ""
        return len(target), len(draft.release.points)

    def on_end(self, line: Line) -> None:
        """The end mark itself; feed() records it."""

    def on_issuer(self, line: Line) -> None:
        """The letterhead "외교부" above the headline, or over the first paragraph of a
        text without one (a wire's source line "Ministry of Foreign Affairs of the
        Republic of Korea"), or a page footer naming the ministry after the end;
        anywhere else it is text."""
        if self.headline.absent and not self.draft.release.points:
            return
        if self.headline.found and not self.headline.above_header and not self.notes.after_end:
            self.on_text(line)

    def on_numbered(self, line: Line) -> None:
        if self.attachments.open:
            self.attachments.add(line.text)  # "붙임 1. ..." items
            return
        self.body.on_numbered(line)

    def on_text(self, line: Line) -> None:
        text = line.whole or line.text
        draft, headline = self.draft, self.headline
        if not headline.found:
            headline.set(text, line)
            return
        if self.attachments.open:
            self.attachments.on_text(text)
            return
        if self.notes.after_end_text(line, text):
            return
        if self.body.starts_paragraph(text):
            if headline.above_header and draft.in_head and self.body.structured:
                headline.demote(line)
                headline.set(text, line)
                return
            self.body.unmarked_point(line, text)
            return
        assert draft.target is not None
        draft.append(draft.target, text)
        draft.blank_since_target = False

    # ------------------------------------------------------------ end

    def finish(self) -> ImportResult:
        self.header.flush_waiting()
        draft = self.draft
        release = draft.release
        if not release.headline.text.get(draft.lang):
            draft.warnings.append(f"{draft.source}: no headline found")
        if draft.lang == "ko" and self.body.numbered and not self.body.boxed:
            release.korean_numbering = KO_NUMBERING_NUMBER
        else:
            release.korean_numbering = KO_NUMBERING_BOX
        department = release.metadata.department
        if not department:
            # No 담당부서 field: a contact block ("연락처 / 외교부 유럽국 북유럽과 / 사무관 …")
            # names the department the release comes from.
            department = release.metadata.department = next(
                (c.department for c in release.metadata.contacts if c.department), "")
        for contact in release.metadata.contacts:
            contact.department = contact.department or department
        # A closing contact table repeats the header's contacts: keep each person once
        # (with the role the header gave).
        unique: dict[tuple[str, ...], Contact] = {}
        for c in release.metadata.contacts:
            unique.setdefault((c.rank, c.name, c.phone, c.department), c)
        release.metadata.contacts = list(unique.values())
        return ImportResult(release, draft.warnings)
