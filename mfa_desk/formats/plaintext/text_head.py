"""The head of a release (everything above the first point) for the text importer:
the category, the 문서종류 line, dates ("Date 2026-09-26", "Date" / "2026-09-26" on
two lines, a Korean date line "2026. 11. 4.(수)"), Korean header fields (with
values continued on indented lines), and the headline.

`Headline` holds whether (and from which line) the headline was found;
`HeaderReader` reads the head's lines. Both write to the shared `Draft`
(text_draft.py); `text_import._Importer` composes them with the body's parts
(text_body.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from mfa_desk.formats.plaintext.korean_header import (
    RANKS,
    ROLE_OF_FIELD,
    apply_header_field,
    parse_header_date,
    weekday_problem,
)
from mfa_desk.formats.plaintext.text_draft import Draft
from mfa_desk.formats.plaintext.text_lines import (
    COUNT,
    SECTION_CATEGORIES,
    Line,
    LineKind,
    is_contact_text,
    split_header_fields,
)
from mfa_desk.text.dates import parse_any_date

# A header value continued on the next line is short (a department, a phone line);
# a longer indented line is text (a centred headline).
_CONTINUATION_MAX = 40
_FIELD_NAMES_ALIKE = {"보도시점": "보도일시"}  # two names of one field


_DEPARTMENT_END = re.compile(r"(과|국|실|팀|센터|관|단|부|처|청|반|위원회|본부|대사관|영사관|"
                             r"대표부)[)）]?$")
_TIMING_WORDS = re.compile(r"\d{1,2}\s*[.:시월일]|즉시|조간|석간|이후|온라인|보도|엠바고|해제")


def _fits_field(field: str, text: str) -> bool:
    """Could `text` be more of `field`'s value? A short centred headline right under
    the header must not be taken for a department or a contact."""
    if field in ROLE_OF_FIELD:
        return is_contact_text(text) or any(word in RANKS for word in text.split())
    if field == "담당부서":  # "유엔과", "북미국 북미1과"; not "… 회담 결과"
        return (_DEPARTMENT_END.search(text) is not None and len(text.split()) <= 3
                and not text.endswith("결과"))
    return _TIMING_WORDS.search(text) is not None


@dataclass
class _OpenField:
    """A header field whose value may go on over the next lines."""

    line: Line
    field: str
    value: str
    blank_after: bool = False


TextHandler = Callable[[Line], None]


class Headline:
    """Whether the headline is found, the line it came from, and whether that line
    turned out to stand above the header fields (a slogan, not the headline)."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.found = False
        self.line: Line | None = None  # the line an unmarked headline came from
        self.above_header = False  # header fields came after that headline
        self.absent = False  # the text starts with its body: no line is the headline

    def set(self, text: str, line: Line | None = None) -> None:
        self.found = True
        self.line = line
        self.draft.start(self.draft.release.headline.text, text)

    def header_below(self) -> None:
        """A header field or 문서종류 line came below an unmarked headline: that line
        may stand above the header block (a slogan); the first paragraph below the
        header decides (see the importer's on_text)."""
        if self.found and self.draft.in_head and self.line is not None:
            self.above_header = True

    def demote(self, line: Line) -> None:
        """The text taken for the headline stood above the header fields; the
        paragraph below them is the headline. The earlier text is kept as a note."""
        draft = self.draft
        earlier = draft.release.headline.text.get(draft.lang)
        where = self.line.lineno if self.line else line.lineno
        draft.warnings.append(f"{draft.source}:{where}: text above the header fields is not "
                              "the headline; kept as a note")
        draft.add_note(earlier)
        draft.release.headline.text.set(draft.lang, "")
        self.above_header = False
        self.found = False


class HeaderReader:
    """The head's lines: category, 문서종류, dates, header fields, the 제목 line.
    Owns only what waits for a later line: a "Date"/"hit"/"제목" label, a header
    field whose value may go on, and the header fields seen so far."""

    def __init__(self, draft: Draft, headline: Headline, on_text: TextHandler) -> None:
        self.draft = draft
        self.headline = headline
        self.on_text = on_text  # the importer's: a line that is text after all
        self.open_field: _OpenField | None = None
        self.pending_label: Line | None = None  # "Date" or "hit" waiting for its value
        self.fields_seen: set[str] = set()

    def as_text(self, line: Line) -> None:
        """Keep a line that turned out to mean nothing special as text."""
        self.on_text(dataclasses.replace(line, kind=LineKind.TEXT, whole=line.whole or line.text))

    # ------------------------------------------------------------ lines that wait

    def take_waiting(self, line: Line) -> bool:
        """Give `line` to a "Date"/"hit" label or a header field waiting for its value.

        Returns True when the line was used up that way."""
        if self.pending_label is not None and line.kind is not LineKind.BLANK:
            label, self.pending_label = self.pending_label, None
            if label.kind is LineKind.DATE_LABEL and line.kind is LineKind.BARE_DATE:
                self.set_date(line, line.text)
                return True
            if label.kind is LineKind.HIT_LABEL and COUNT.match(line.text):
                return True  # "hit" / "57": a view counter, dropped
            if label.kind is LineKind.TITLE and line.kind is LineKind.TEXT:
                self.on_title(dataclasses.replace(line, kind=LineKind.TITLE))
                return True  # "제목" / "한-칠레 ...": the label's value
            self.as_text(label)
        if self.open_field is not None:
            if line.kind is LineKind.BLANK:
                self.open_field.blank_after = True
                return False
            if self.continues_field(line):
                value = self.open_field.value
                self.open_field.value = f"{value} {line.whole}" if value else line.whole
                return True
            self.close_field()
        return False

    def flush_waiting(self) -> None:
        if self.pending_label is not None:
            label, self.pending_label = self.pending_label, None
            self.as_text(label)
        self.close_field()

    def continues_field(self, line: Line) -> bool:
        """Does `line` go on with the open header field's value? A contact line after
        담당자; an indented short line right below ("담당부서  다자외교조정관실" /
        "\t유엔과"); the value of a field whose name stood alone (a table copy)."""
        open_field = self.open_field
        assert open_field is not None
        if line.kind is LineKind.CONTACT and open_field.field in ROLE_OF_FIELD:
            return True
        if open_field.blank_after or line.kind not in (LineKind.TEXT, LineKind.BARE_DATE):
            return False
        if not (line.indent > 0 or not open_field.value):
            return False
        return len(line.whole) <= _CONTINUATION_MAX and _fits_field(open_field.field,
                                                                    line.whole)

    # ------------------------------------------------------------ category, dates

    def on_chrome(self, line: Line) -> None:
        """Web-page navigation ("KOR", "본문 바로가기", "List"): not release text."""

    def on_hit(self, line: Line) -> None:
        """A view counter: not release text."""

    def on_category(self, line: Line) -> None:
        self.set_kind_field(line, "category")

    def on_doctype(self, line: Line) -> None:
        # "보도자료" below a first line: that line stood above the header (a slogan)
        self.headline.header_below()
        self.set_kind_field(line, "document_type")

    def set_kind_field(self, line: Line, name: str) -> None:
        """The category or 문서종류 line above the headline (below it, it is text)."""
        if self.headline.found and not self.headline.above_header:
            self.on_text(line)
            return
        meta = self.draft.release.metadata
        earlier = getattr(meta, name)
        if name == "category" and earlier.lower() in SECTION_CATEGORIES \
                and line.text.lower() not in SECTION_CATEGORIES:
            # "Ministry News" then "Press Releases": the site's menu section, then the
            # page's own category under it (a breadcrumb copied line by line).
            meta.category = line.text
            return
        if earlier and earlier != line.text:
            self.draft.warn(line, f"a second {name.replace('_', ' ')} line {line.text!r}; kept "
                                  f"{earlier!r}")
            return
        setattr(meta, name, line.text)

    def on_date_label(self, line: Line) -> None:
        self.pending_label = line

    def on_hit_label(self, line: Line) -> None:
        self.pending_label = line

    def on_date(self, line: Line) -> None:
        self.set_date(line, line.text)

    def on_bare_date(self, line: Line) -> None:
        """A line that is only a date: the release date above the first point
        (the Korean "2026. 11. 4.(수)" under 보도자료, a briefing's date under its
        speaker's sub-headline); text further down."""
        if self.draft.release.points:
            self.on_text(line)
            return
        self.set_date(line, line.text)

    def set_date(self, line: Line, text: str) -> None:
        found = parse_any_date(text)
        if found is None:
            self.draft.warn(line, f"{text!r} is not a real date; kept as text")
            self.as_text(line)
            return
        problem = weekday_problem(text)
        if problem:
            self.draft.warn(line, problem)
        meta = self.draft.release.metadata
        if meta.date is not None and meta.date != found.date:
            self.draft.warn(line, f"Date {found.date.isoformat()} differs from the date given "
                                  f"earlier ({meta.date.isoformat()}); using "
                                  f"{found.date.isoformat()}")
        meta.date = found.date
        if found.time is not None and meta.issued_at is None:
            meta.issued_at = dt.datetime.combine(found.date, found.time)

    # ------------------------------------------------------------ Korean header fields

    def on_header(self, line: Line) -> None:
        fields = split_header_fields(line.whole) or [(line.field, line.text)]
        for field, value in fields[:-1]:
            self.header_field(line, field, value)
        field, value = fields[-1]
        self.open_field = _OpenField(line, field, value)
        self.draft.target = None
        self.headline.header_below()

    def close_field(self) -> None:
        if self.open_field is not None:
            open_field, self.open_field = self.open_field, None
            if open_field.field in ROLE_OF_FIELD and not open_field.value.strip():
                # A contact table's head row whose rows name their own role
                # ("책임자 | 과장 ..."): no person in it, so no contact.
                return
            self.header_field(open_field.line, open_field.field, open_field.value)

    def header_field(self, line: Line, field: str, value: str) -> None:
        single = None if field in ROLE_OF_FIELD else _FIELD_NAMES_ALIKE.get(field, field)
        unreadable = field == "배포일시" and parse_header_date(value) is None
        if single is not None and single in self.fields_seen and \
                self.same_as_before(field, value):
            return
        if unreadable or (single is not None and single in self.fields_seen):
            why = "holds no date" if unreadable else "is given a second time"
            self.draft.warn(line, f"{field} {why}; kept as a note")
            self.draft.add_note(f"{field} {value}".strip())
            self.draft.target = None
            return
        if single is not None:
            self.fields_seen.add(single)
        for problem in apply_header_field(self.draft.release.metadata, field, value):
            self.draft.warn(line, problem)

    def on_contact_heading(self, line: Line) -> None:
        """The head row of a contact table; its rows are the contacts."""
        self.close_field()
        self.open_field = _OpenField(line, "담당자", "")
        self.draft.target = None

    def same_as_before(self, field: str, value: str) -> bool:
        """A closing contact table repeats the header: the same value again is no defect."""
        meta = self.draft.release.metadata
        if field == "담당부서":
            return _same_department(value, meta.department)
        if field in ("보도일시", "보도시점", "엠바고"):
            return value in meta.timing_text
        found = parse_header_date(value)
        return (field == "배포일시" and found is not None and meta.issued_at is not None
                and found.date == meta.issued_at.date())

    def on_contact(self, line: Line) -> None:
        """A contact line with no 담당자/책임자 field open above it: text."""
        self.on_text(line)

    # ------------------------------------------------------------ headline

    def on_title(self, line: Line) -> None:
        if not line.text:  # "제목" alone: the headline is on the next line (a table copy)
            self.pending_label = dataclasses.replace(line, text=line.whole)
            return
        headline = self.headline
        if headline.found and not headline.above_header:
            self.on_text(line)
            return
        if headline.above_header:
            headline.demote(line)
        headline.set(line.text)


def _same_department(value: str, department: str) -> bool:
    """A closing contact table often names only the division ("기후변화외교과") of the
    header's "기후환경과학외교국 기후변화외교과": the same department, not a second one."""
    short, full = sorted((" ".join(value.split()), " ".join(department.split())), key=len)
    return bool(short) and (short == full or full.endswith(" " + short))
