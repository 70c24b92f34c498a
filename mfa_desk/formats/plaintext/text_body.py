"""The body of a release for the text importer: points and their levels
(`BodyBuilder`), notes, the "<참고>" section and the end (`NotesCollector`), and
the attachment list (`AttachmentsReader`). Each owns its own few fields and
writes to the shared `Draft`; `text_import._Importer` composes them.
"""

from __future__ import annotations

import dataclasses
import re

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_draft import Draft
from mfa_desk.formats.plaintext.text_head import Headline, TextHandler
from mfa_desk.formats.plaintext.text_lines import NUMBERED, Line, LineKind
from mfa_desk.formats.plaintext.text_marks import OpenLists, mark_family
from mfa_desk.model.release import Attachment

_SENTENCE_ENDS = (".", "!", "?", "。", ":", ")", "\"", "”", "’", "'", "다")
_CLOSING_DASH = re.compile(r"\s*[-–—‐－―]$")
_STRUCTURE = (LineKind.NUMBERED, LineKind.BOX)
_REFERENCE_ITEMS = (LineKind.LEVEL2, LineKind.DASH, LineKind.LEVEL3)
_ATTACHMENT_ITEMS = (LineKind.DASH, LineKind.LEVEL2, LineKind.LEVEL3)


def _run_together(line: Line) -> bool:
    """The marker touches its text ("□외교부는", "1.The"): a typing defect."""
    after_marker = line.whole[len(line.marker):len(line.marker) + 1]
    return bool(line.text and line.marker and line.whole.startswith(line.marker)
                and after_marker and not after_marker.isspace())


def one_line_paragraphs(lines: list[Line]) -> bool:
    """A copy that keeps one line per paragraph and no blank line between them: of the
    paragraph-long text lines followed directly by another, nearly all end a sentence,
    where a wrapped text's lines mostly stop mid-sentence. Then a line after a finished
    sentence starts a paragraph of its own, blank line or not."""
    pairs = [a for a, b in zip(lines, lines[1:], strict=False)
             if a.kind is LineKind.TEXT and b.kind is LineKind.TEXT
             and len(a.whole or a.text) >= _PARAGRAPH_LINE]
    ends = sum((a.whole or a.text).rstrip().endswith(_SENTENCE_ENDS) for a in pairs)
    return len(pairs) >= _PARAGRAPH_PAIRS and ends >= 0.8 * len(pairs)


def _dashed_paragraph(text: str) -> bool:
    """A "-" line that is a paragraph: longer than any sub-headline and a sentence."""
    return len(text) >= _SUBHEADLINE_MAX and text.rstrip().endswith(_SENTENCE_ENDS)


_SUBHEADLINE_MAX = 140  # characters: the real sub-headlines are 15-90
_PARAGRAPH_PAIRS = 3  # fewer pairs of lines than this say nothing of the copy
_PARAGRAPH_LINE = 30  # characters: shorter lines are menus, titles, names


class BodyBuilder:
    """Points and the items under them, with the numbering and marker families seen."""

    def __init__(self, draft: Draft, headline: Headline, on_text: TextHandler,
                 lines: list[Line], prose_body: bool,
                 lines_are_paragraphs: bool = False) -> None:
        self.draft = draft
        self.headline = headline
        self.on_text = on_text  # the importer's: a "number" that is text after all
        # Without a single level-1 marker, blank-separated paragraphs are the only
        # structure there is, and each becomes a point.
        structured = any(line.kind in _STRUCTURE for line in lines)
        # No □ or "1." at all: the first kind of item that comes is the points
        # ("ㅇ"/"○" items with "-" under them, or "1) The ministers ...").
        # A body of unmarked paragraphs (a copy that lost its markers) keeps its "°"
        # items under the paragraph above them.
        self.top_kind: LineKind | None = None if structured or prose_body else next(
            (line.kind for line in lines if line.kind is LineKind.LEVEL2 or (
                line.kind is LineKind.LEVEL3 and mark_family(line.marker) == "1)")), None)
        self.structured = structured or self.top_kind is not None
        # one_line_paragraphs() of the whole text, not only of the release's region
        self.lines_are_paragraphs = lines_are_paragraphs
        self.lists = OpenLists()
        self.last_number: int | None = None
        self.numbered = self.boxed = False
        self.unmarked_warned = False
        self.sectioned = self.under_section = False  # a section heading seen / just above

    def top_handler(self, line: Line) -> TextHandler | None:
        """The handler for an item that stands for a point in a text without level-1
        markers ("ㅇ" with "-" under it, or "1)"), None for every other line."""
        if self.top_kind is LineKind.LEVEL2 and line.kind in (LineKind.LEVEL2, LineKind.DASH):
            return self.on_top_level2 if line.kind is LineKind.LEVEL2 else self.on_top_dash
        if self.top_kind is LineKind.LEVEL3 and line.kind is LineKind.LEVEL3 and \
                mark_family(line.marker) == "1)":
            return self.on_top_level2
        return None

    # ------------------------------------------------------------ unmarked paragraphs

    def starts_paragraph(self, text: str = "") -> bool:
        """Does an unmarked line start a new paragraph (rather than continue one)? In
        unmarked prose a briefing's turn ("<질문> …", "<답변> …") always does."""
        draft = self.draft
        if draft.target is None or draft.paragraphs:
            return True
        if draft.target is draft.release.headline.text:
            return draft.blank_since_target  # a wrapped headline has no blank line inside it
        if self.structured:
            # A briefing with numbered topics: a topic's paragraphs are its text, but the
            # line under a section heading, a question or answer, and the closing line of
            # the opening remarks ("이상입니다. 질문 받겠습니다.") each start their own.
            return self.under_section or page.QA_TURN.match(text) is not None \
                or (self.sectioned and draft.blank_since_target
                    and page.BRIEFING_CLOSING.match(text) is not None)
        return draft.blank_since_target or page.QA_TURN.match(text) is not None or (
            self.lines_are_paragraphs
            and draft.target.get(draft.lang).rstrip().endswith(_SENTENCE_ENDS))

    def unmarked_point(self, line: Line, text: str) -> None:
        if self.structured:
            self.draft.warn(line, "a paragraph without a marker; kept as a level-1 point")
        elif not self.unmarked_warned:
            self.unmarked_warned = True
            self.draft.warn(line, "no numbered or □ points in the text; each paragraph kept "
                                  "as a level-1 point")
        self.draft.release.points.append(self.draft.segment(text))
        self.under_section = False

    # ------------------------------------------------------------ points

    def on_numbered(self, line: Line) -> None:
        expected = 1 if self.last_number is None else self.last_number + 1
        number = line.number or 0
        if number not in (expected, self.last_number) and self.wrapped_here():
            # "... on March" / "18. The ministers ...": a number at the start of a
            # wrapped line, not a point (the text above has not ended its sentence).
            self.on_text(dataclasses.replace(line, kind=LineKind.TEXT))
            return
        if number != expected:
            if number == self.last_number:
                self.draft.warn(line, f"point number {number}. is used twice; renumbered "
                                      f"{expected}.")
            else:
                self.draft.warn(line, f"point numbered {number}. where {expected}. was due; "
                                      f"renumbered {expected}.")
        if _run_together(line):
            self.draft.warn(line, f"no space after {line.marker!r}; read as point {expected}.")
        self.last_number = expected
        self.numbered = True
        self.new_point(line)

    def on_box(self, line: Line) -> None:
        self.boxed = True
        self.check_space(line)
        self.new_point(line)

    def wrapped_here(self) -> bool:
        """Is the current paragraph cut in mid-sentence (its line wrapped)?"""
        draft = self.draft
        if draft.target is None or draft.blank_since_target or draft.paragraphs \
                or not draft.release.points or draft.target is draft.release.headline.text:
            return False
        text = draft.target.get(draft.lang).rstrip()
        return bool(text) and not text.endswith(_SENTENCE_ENDS)

    def check_space(self, line: Line) -> None:
        if _run_together(line):
            self.draft.warn(line, f"no space after {line.marker!r}")

    def on_top_level2(self, line: Line) -> None:
        """An "ㅇ" item in a text without level-1 markers: a point."""
        if not self.draft.release.points:
            self.draft.warn(line, f"no □ or numbered points in the text; the {line.marker!r} "
                                  "items kept as level-1 points and the items under them as "
                                  "level 2")
        self.check_space(line)
        self.new_point(line)

    def on_section(self, line: Line) -> None:
        """"Ⅰ. 추진 배경": the model has no sections; the heading is kept in order as a
        point of its own."""
        self.draft.warn(line, f"section heading {line.marker!r} kept as a level-1 point")
        self.new_point(line)
        # a heading is one line: in unmarked prose the line under it starts a paragraph
        # ("I. 모두 발언" / "안녕하십니까? …" copied without a blank line between them)
        self.draft.blank_since_target = True
        self.sectioned = self.under_section = True

    def on_top_dash(self, line: Line) -> None:
        if not self.draft.release.points:
            self.on_dash(line)  # a sub-headline
            return
        self.check_space(line)
        self.lists.level3_mark = None
        self.draft.release.points[-1].children.append(self.draft.segment(line.text))

    def new_point(self, line: Line) -> None:
        if not self.headline.found:
            self.draft.warn(line, "no headline before the first point")
            self.headline.found = True
        self.headline.above_header = False
        self.under_section = False
        self.lists.new_point()
        self.draft.release.points.append(self.draft.segment(line.text))

    def orphan(self, line: Line, level: int) -> bool:
        """An item of `level` before any point is kept as a level-1 point."""
        if self.draft.release.points:
            return False
        self.draft.warn(line, f"level-{level} item {line.marker!r} with no point above it; "
                              "kept as a level-1 point")
        self.new_point(line)
        return True

    def on_level2(self, line: Line) -> None:
        self.check_space(line)
        if not self.orphan(line, 2):
            problem = self.lists.new_level2(line.marker)
            if problem:
                self.draft.warn(line, problem)
            self.draft.release.points[-1].children.append(self.draft.segment(line.text))

    def on_dash(self, line: Line) -> None:
        if self.sectioned and not self.structured and _run_together(line):
            # "-중앙아 협력 포럼에는 …" in a briefing's spoken prose, which has no lists: the
            # paragraph lost the word before a hyphenated name ("한-중앙아"); it stays whole.
            self.unmarked_point(line, line.whole or line.text)
            return
        self.check_space(line)
        if self.draft.release.points:
            self.level3(line)
        elif not self.headline.found:
            self.draft.warn(line, "a \"-\" line before any headline; kept as the headline")
            self.headline.set(line.text)
        elif _dashed_paragraph(line.text):
            # A repost that turned the points' numbers into dashes (ReliefWeb): a
            # sub-headline is a phrase, not a paragraph of sentences.
            self.unmarked_point(line, line.text)
        else:
            # "- 제5차 협의회, 평화유지 협력 논의 -": the closing dash is decoration
            text = _CLOSING_DASH.sub("", line.text) or line.text
            self.headline.above_header = False
            self.draft.release.subheadlines.append(self.draft.segment(text))

    def on_level3(self, line: Line) -> None:
        self.check_space(line)
        if not self.orphan(line, 3):
            self.level3(line)

    def level3(self, line: Line) -> None:
        point = self.draft.release.points[-1]
        as_level2, problems = self.lists.new_level3(line.marker, bool(point.children), line.text)
        for problem in problems:
            self.draft.warn(line, problem)
        parent = point if as_level2 else point.children[-1]
        parent.children.append(self.draft.segment(line.text))


class NotesCollector:
    """Notes ("*", "※"), the "<참고>" section kept as notes, and the end of the
    release (끝. or the English unofficial-translation line), after which text is
    kept as notes too."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.reference: Line | None = None  # the open "<참고>" section
        self.reference_warned = False
        self.after_end = False  # past the end mark 끝. (or the English flag line)
        self.end_name = "the end mark 끝."

    def takes(self, line: Line) -> bool:
        """Keep an item under an open "<참고>" as a note; any other marked line closes it.
        A "-" list right under a "※" note is the note's own ("※ 회담 개최 실적" /
        "- 2009.9.29 …"): it goes into the note, not under the point above it."""
        notes = self.draft.release.notes
        if line.kind is LineKind.DASH and notes and self.draft.target is notes[-1].text:
            self.draft.append(notes[-1].text, f"{line.marker or '-'} {line.text}")
            return True
        if self.reference is None:
            return False
        if line.kind in _REFERENCE_ITEMS:
            if not self.reference_warned:
                self.reference_warned = True
                self.draft.warn(line, f"items under {self.reference.text!r} kept as notes")
            self.draft.add_note(line.text)
            return True
        if line.kind is not LineKind.TEXT:
            self.reference = None
        return False

    def on_note(self, line: Line) -> None:
        """"*" and "※" notes, between points or right under one, all go to the
        release's notes in order: the Korean and English notes then align one to one."""
        self.draft.add_note(line.text)

    def on_reference(self, line: Line) -> None:
        """"<참고> 행사 개요": reference matter below the points, kept as notes (the
        model has no place for a section), so the points stay aligned."""
        self.reference = line
        self.draft.add_note(line.text)

    def on_unofficial(self, line: Line) -> None:
        """The flag is the last line of an English release: what follows (a page
        footer, an address) is kept as notes, not as more points."""
        self.draft.release.unofficial_translation = True
        self.draft.target = None
        if self.draft.release.points:
            self.after_end = True
            self.end_name = "the unofficial-translation line"

    def after_end_text(self, line: Line, text: str) -> bool:
        """Text past the end with nothing open to continue: a note. True when taken."""
        if not self.after_end or self.draft.target is not None:
            return False
        self.draft.warn(line, f"text after {self.end_name}; kept as a note")
        self.draft.add_note(text)
        return True


class AttachmentsReader:
    """The "붙임" / "Attachments:" list: its items and their wrapped lines."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.open = False

    def takes(self, line: Line) -> bool:
        """An item of the open list is an attachment; a line of another kind (other
        than a number, text or page chrome) closes the list."""
        if self.open and line.kind in _ATTACHMENT_ITEMS:
            self.add(line.text)  # "Attachments:" / "- Photo of the talks"
            return True
        if self.open and line.kind not in (LineKind.NUMBERED, LineKind.TEXT,
                                           LineKind.CHROME, LineKind.HIT):
            self.open = False
        return False

    def on_attachments(self, line: Line) -> None:
        self.open = True
        self.draft.target = None
        if line.text:
            self.add(line.text)

    def on_text(self, text: str) -> None:
        """A plain line in the list: more of the attachment above, or a new one."""
        if self.draft.release.attachments and self.draft.target is not None:
            self.draft.append(self.draft.target, text)
        else:
            self.add(text)

    def add(self, text: str) -> None:
        m = NUMBERED.match(text)
        attachment = Attachment()
        self.draft.start(attachment.title, m.group(2) if m and m.group(2) else text)
        self.draft.release.attachments.append(attachment)
