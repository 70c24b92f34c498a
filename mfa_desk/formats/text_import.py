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

import dataclasses
import os
import re
from pathlib import Path

from mfa_desk.constants import KO_NUMBERING_BOX, KO_NUMBERING_NUMBER, Lang
from mfa_desk.errors import InputError
from mfa_desk.formats.importing import ImportResult
from mfa_desk.formats.text_encoding import decode_bytes
from mfa_desk.formats.text_head import HeadParser
from mfa_desk.formats.text_lines import (
    NUMBERED,
    Line,
    LineKind,
    classify_row,
)
from mfa_desk.formats.text_marks import OpenLists, mark_family
from mfa_desk.formats.text_page import QUESTION_IN_WORD, QUESTION_LINE, split_one_line
from mfa_desk.formats.text_region import find_region, left_out_warning
from mfa_desk.model.release import Attachment, Contact
from mfa_desk.text.script import script_of

__all__ = ["decode_bytes", "detect_language", "import_lines", "import_text", "import_text_file"]



def detect_language(text: str) -> Lang:
    """"ko" when Hangul makes up `KOREAN_SHARE` of the letters, else "en"; Korean
    (the original language) when there is nothing to go by."""
    return script_of(text, "ko")


def import_text_file(path: str | os.PathLike[str], lang: Lang | None = None) -> ImportResult:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(p)) from None
    return import_text(decode_bytes(data, str(p)), lang, str(p))


def import_text(text: str, lang: Lang | None = None, source: str = "<text>") -> ImportResult:
    return import_lines(text.splitlines(), lang, source)


def import_lines(lines: list[str], lang: Lang | None = None, source: str = "<text>",
                 *, paragraphs: bool = False) -> ImportResult:
    """Analyse the lines of one release in one language.

    `paragraphs=True` says each line is a whole paragraph (from DOCX or HTML),
    so an unmarked line starts a new paragraph instead of continuing one.
    """
    lines = _unquote(lines)
    notices: list[str] = []
    classified = [line for i, raw in enumerate(lines, start=1)
                  for line in _classify_raw(raw, i, source, notices)]
    if all(line.kind is LineKind.BLANK for line in classified):
        raise InputError("no release text in it (the file is empty)", source)
    if all(line.kind in (LineKind.BLANK, LineKind.CHROME, LineKind.HIT) for line in classified):
        raise InputError("no release text in it (only web-page navigation lines)", source)
    detected = detect_language("\n".join(lines))
    region = find_region(classified, lang or detected)
    importer = _Importer(lang or detected, source, paragraphs, region.lines,
                         prose_body=region.body is not None and region.body.kind is LineKind.TEXT)
    importer.warnings.extend(notices)
    if lang is not None and lang != detected:
        importer.warnings.append(
            f"{source}: the text looks {_LANG_NAME[detected]}; imported as "
            f"{_LANG_NAME[lang]} as asked")
    left_out = left_out_warning(region, source)
    if left_out:
        importer.warnings.append(left_out)
    if not region.has_headline:
        importer.has_headline = True  # the text starts with its body: no line is the headline
    for line in region.lines:
        if line is region.body and importer.target is not None:
            importer.blank_since_target = True  # the body's first paragraph starts here
        importer.feed(line)
    result = importer.finish()
    result.left_out = [line.whole or line.text for line in region.left_out]
    return result


def _classify_raw(raw: str, lineno: int, source: str, notices: list[str]) -> list[Line]:
    """One line of the file as classified lines: a release pasted on one line is
    split at its markers first; characters lost to a wrong code page are reported."""
    pieces = split_one_line(raw)
    if pieces is not None:
        notices.append(f"{source}:{lineno}: the whole release is on one line; split at its "
                       f"markers into {len(pieces)} lines")
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
_ATTACHMENT_ITEMS = (LineKind.DASH, LineKind.LEVEL2, LineKind.LEVEL3)
_REFERENCE_ITEMS = (LineKind.LEVEL2, LineKind.DASH, LineKind.LEVEL3)
_SENTENCE_ENDS = (".", "!", "?", "。", ":", ")", "\"", "”", "’", "'", "다")
_CLOSING_DASH = re.compile(r"\s*[-–—‐－―]$")
_STRUCTURE = (LineKind.NUMBERED, LineKind.BOX)


class _Importer(HeadParser):
    def __init__(self, lang: Lang, source: str, paragraphs: bool, lines: list[Line],
                 *, prose_body: bool = False) -> None:
        super().__init__(lang, source, paragraphs)
        # Without a single level-1 marker, blank-separated paragraphs are the only
        # structure there is, and each becomes a point.
        self.structured = any(line.kind in _STRUCTURE for line in lines)
        # No □ or "1." at all: the first kind of item that comes is the points
        # ("ㅇ"/"○" items with "-" under them, or "1) The ministers ...").
        # A body of unmarked paragraphs (a copy that lost its markers) keeps its "°"
        # items under the paragraph above them.
        top = None if self.structured or prose_body else next(
            (line.kind for line in lines if line.kind is LineKind.LEVEL2 or (
                line.kind is LineKind.LEVEL3 and mark_family(line.marker) == "1)")), None)
        self.level2_on_top = top is LineKind.LEVEL2
        self.level3_on_top = top is LineKind.LEVEL3
        self.structured = self.structured or self.level2_on_top or self.level3_on_top
        self.lists = OpenLists()
        self.reference: Line | None = None  # the open "<참고>" section
        self.reference_warned = False
        self.end_name = "the end mark 끝."
        self.in_attachments = False
        self.last_number: int | None = None
        self.numbered = self.boxed = False
        self.unmarked_warned = False

    # ------------------------------------------------------------ dispatch

    def feed(self, line: Line) -> None:
        if self.take_waiting(line):
            return
        kind = line.kind
        if kind is LineKind.BLANK:
            self.blank_since_target = True
            return
        if self.in_attachments and kind in _ATTACHMENT_ITEMS:
            self.new_attachment(line.text)  # "Attachments:" / "- Photo of the talks"
            return
        if self.in_attachments and kind not in (LineKind.NUMBERED, LineKind.TEXT,
                                                LineKind.CHROME, LineKind.HIT):
            self.in_attachments = False
        if self.reference is not None:
            if kind in _REFERENCE_ITEMS:
                self.reference_item(line)
                return
            if kind is not LineKind.TEXT:
                self.reference = None
        if self.level2_on_top and kind in (LineKind.LEVEL2, LineKind.DASH):
            handler = self.on_top_level2 if kind is LineKind.LEVEL2 else self.on_top_dash
        elif self.level3_on_top and kind is LineKind.LEVEL3 and \
                mark_family(line.marker) == "1)":
            handler = self.on_top_level2
        else:
            handler = getattr(self, f"on_{kind.value}")
        handler(line)
        if line.end_mark:
            self.after_end = True
            self.in_attachments = False
            self.target = None

    def on_end(self, line: Line) -> None:
        """The end mark itself; feed() records it."""

    def on_text(self, line: Line) -> None:
        text = line.whole or line.text
        if not self.has_headline:
            self.set_headline(text, line)
            return
        if self.in_attachments:
            if self.release.attachments and self.target is not None:
                self.append(self.target, text)
            else:
                self.new_attachment(text)
            return
        if self.after_end and self.target is None:
            self.warn(line, f"text after {self.end_name}; kept as a note")
            self.add_note(text)
            return
        if self.starts_paragraph():
            if self.headline_above_header and self.in_head and self.structured:
                self.demote_headline(line)
                self.set_headline(text, line)
                return
            self.unmarked_point(line, text)
            return
        assert self.target is not None
        self.append(self.target, text)
        self.blank_since_target = False

    def starts_paragraph(self) -> bool:
        """Does an unmarked line start a new paragraph (rather than continue one)?"""
        if self.target is None or self.paragraphs:
            return True
        if self.target is self.release.headline.text and self.blank_since_target:
            return True  # a wrapped headline has no blank line inside it
        return not self.structured and self.blank_since_target

    def unmarked_point(self, line: Line, text: str) -> None:
        if self.structured:
            self.warn(line, "a paragraph without a marker; kept as a level-1 point")
        elif not self.unmarked_warned:
            self.unmarked_warned = True
            self.warn(line, "no numbered or □ points in the text; each paragraph kept as "
                            "a level-1 point")
        self.release.points.append(self.segment(text))

    # ------------------------------------------------------------ points

    def on_numbered(self, line: Line) -> None:
        if self.in_attachments:
            self.new_attachment(line.text)
            return
        expected = 1 if self.last_number is None else self.last_number + 1
        number = line.number or 0
        if number not in (expected, self.last_number) and self.wrapped_here():
            # "... on March" / "18. The ministers ...": a number at the start of a
            # wrapped line, not a point (the text above has not ended its sentence).
            self.on_text(dataclasses.replace(line, kind=LineKind.TEXT))
            return
        if number != expected:
            if number == self.last_number:
                self.warn(line, f"point number {number}. is used twice; renumbered "
                                f"{expected}.")
            else:
                self.warn(line, f"point numbered {number}. where {expected}. was due; "
                                f"renumbered {expected}.")
        if self.run_together(line):
            self.warn(line, f"no space after {line.marker!r}; read as point {expected}.")
        self.last_number = expected
        self.numbered = True
        self.new_point(line)

    def on_box(self, line: Line) -> None:
        self.boxed = True
        self.check_space(line)
        self.new_point(line)

    def wrapped_here(self) -> bool:
        """Is the current paragraph cut in mid-sentence (its line wrapped)?"""
        if self.target is None or self.blank_since_target or self.paragraphs \
                or not self.release.points or self.target is self.release.headline.text:
            return False
        text = self.target.get(self.lang).rstrip()
        return bool(text) and not text.endswith(_SENTENCE_ENDS)

    @staticmethod
    def run_together(line: Line) -> bool:
        """The marker touches its text ("□외교부는", "1.The"): a typing defect."""
        after_marker = line.whole[len(line.marker):len(line.marker) + 1]
        return bool(line.text and line.marker and line.whole.startswith(line.marker)
                    and after_marker and not after_marker.isspace())

    def check_space(self, line: Line) -> None:
        if self.run_together(line):
            self.warn(line, f"no space after {line.marker!r}")

    def on_top_level2(self, line: Line) -> None:
        """An "ㅇ" item in a text without level-1 markers: a point."""
        if not self.release.points:
            self.warn(line, f"no □ or numbered points in the text; the {line.marker!r} items "
                            "kept as level-1 points and the items under them as level 2")
        self.check_space(line)
        self.new_point(line)

    def on_section(self, line: Line) -> None:
        """"Ⅰ. 추진 배경": the model has no sections; the heading is kept in order as a
        point of its own."""
        self.warn(line, f"section heading {line.marker!r} kept as a level-1 point")
        self.new_point(line)

    def on_top_dash(self, line: Line) -> None:
        if not self.release.points:
            self.on_dash(line)  # a sub-headline
            return
        self.check_space(line)
        self.lists.level3_mark = None
        self.release.points[-1].children.append(self.segment(line.text))

    def new_point(self, line: Line) -> None:
        if not self.has_headline:
            self.warn(line, "no headline before the first point")
            self.has_headline = True
        self.headline_above_header = False
        self.lists.new_point()
        self.release.points.append(self.segment(line.text))

    def orphan(self, line: Line, level: int) -> bool:
        """An item of `level` before any point is kept as a level-1 point."""
        if self.release.points:
            return False
        self.warn(line, f"level-{level} item {line.marker!r} with no point above it; kept as "
                        "a level-1 point")
        self.new_point(line)
        return True

    def on_level2(self, line: Line) -> None:
        self.check_space(line)
        if not self.orphan(line, 2):
            problem = self.lists.new_level2(line.marker)
            if problem:
                self.warn(line, problem)
            self.release.points[-1].children.append(self.segment(line.text))

    def on_dash(self, line: Line) -> None:
        self.check_space(line)
        if self.release.points:
            self.level3(line)
        elif not self.has_headline:
            self.warn(line, "a \"-\" line before any headline; kept as the headline")
            self.set_headline(line.text)
        else:
            # "- 제5차 협의회, 평화유지 협력 논의 -": the closing dash is decoration
            text = _CLOSING_DASH.sub("", line.text) or line.text
            self.headline_above_header = False
            self.release.subheadlines.append(self.segment(text))

    def on_level3(self, line: Line) -> None:
        self.check_space(line)
        if not self.orphan(line, 3):
            self.level3(line)

    def level3(self, line: Line) -> None:
        point = self.release.points[-1]
        as_level2, problems = self.lists.new_level3(line.marker, bool(point.children))
        for problem in problems:
            self.warn(line, problem)
        parent = point if as_level2 else point.children[-1]
        parent.children.append(self.segment(line.text))

    # ------------------------------------------------------------ notes, attachments

    def on_note(self, line: Line) -> None:
        """"*" and "※" notes, between points or right under one, all go to the
        release's notes in order: the Korean and English notes then align one to one."""
        self.add_note(line.text)

    def on_reference(self, line: Line) -> None:
        """"<참고> 행사 개요": reference matter below the points, kept as notes (the
        model has no place for a section), so the points stay aligned."""
        self.reference = line
        self.add_note(line.text)

    def reference_item(self, line: Line) -> None:
        assert self.reference is not None
        if not self.reference_warned:
            self.reference_warned = True
            self.warn(line, f"items under {self.reference.text!r} kept as notes")
        self.add_note(line.text)

    def on_unofficial(self, line: Line) -> None:
        """The flag is the last line of an English release: what follows (a page
        footer, an address) is kept as notes, not as more points."""
        self.release.unofficial_translation = True
        self.target = None
        if self.release.points:
            self.after_end = True
            self.end_name = "the unofficial-translation line"

    def on_attachments(self, line: Line) -> None:
        self.in_attachments = True
        self.target = None
        if line.text:
            self.new_attachment(line.text)

    def new_attachment(self, text: str) -> None:
        m = NUMBERED.match(text)
        attachment = Attachment()
        self.start(attachment.title, m.group(2) if m and m.group(2) else text)
        self.release.attachments.append(attachment)

    # ------------------------------------------------------------ end

    def finish(self) -> ImportResult:
        self.flush_waiting()
        release = self.release
        if not release.headline.text.get(self.lang):
            self.warnings.append(f"{self.source}: no headline found")
        if self.lang == "ko" and self.numbered and not self.boxed:
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
        return ImportResult(release, self.warnings)
