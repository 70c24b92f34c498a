"""Lines taken from a DOCX or HTML release, tidied before the text importer reads them.

The extractors (html_text, docx_text) give blocks: the lines of one paragraph,
list item or table cell, split at manual line breaks (<br>, Word's soft
break). The text importer runs in paragraph mode for these sources (a block
boundary is a paragraph boundary), so inside a block the plain-text rule is
applied here: an unmarked line continues the item above it.

The rest turns web-page and table wording into the lines the importer knows
("등록일 2026.05.25" -> "Date 2026-05-25", a "Date ... hit ..." row split in
two), drops what is page chrome (prev/next links, file downloads) and stops
the English attachment list from swallowing the paragraphs after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mfa_desk.formats.plaintext.text_lines import PHONE, LineKind, classify_line
from mfa_desk.formats.plaintext.text_page import chrome_like
from mfa_desk.text.script import SYLLABLE

# After these kinds an unmarked line in the same block continues the item
# (a wrapped line); after a metadata line it is something new (the headline).
_CONTINUED_KINDS = frozenset({
    LineKind.TEXT, LineKind.NUMBERED, LineKind.BOX, LineKind.LEVEL2, LineKind.DASH,
    LineKind.LEVEL3, LineKind.NOTE, LineKind.TITLE, LineKind.ATTACHMENTS,
})
_ITEM_KINDS = frozenset({
    LineKind.NUMBERED, LineKind.BOX, LineKind.LEVEL2, LineKind.DASH, LineKind.LEVEL3,
    LineKind.NOTE,
})
STRUCTURE_KINDS = frozenset({
    LineKind.NUMBERED, LineKind.BOX, LineKind.LEVEL2, LineKind.DASH, LineKind.LEVEL3,
})


def kind_of(text: str) -> LineKind:
    return classify_line(text, 0).kind


def merge_block(lines: list[str]) -> list[str]:
    """Join each unmarked line to the line above it in the same block.

    Empty strings are blank lines (two <br> in a row): they end an unmarked
    paragraph (the headline), and are kept so that a page made only of <br>
    lines keeps its paragraphs. An indented unmarked line after a blank line
    still continues a marked item above it, as in plain text ("1. ... Portuguese"
    / "" / "  Foreign Minister ...").
    """
    out: list[str] = []
    previous: LineKind | None = None
    blank = False
    for raw in lines:
        # Inner spaces are kept: two spaces before "끝." are what mark it as the end mark.
        text = raw.strip()
        if not text:
            blank = blank or bool(out)
            continue
        kind = kind_of(text)
        if kind is LineKind.TEXT and is_page_label(text):
            kind = LineKind.DATE  # "Date : 2026.04.02 | Hit : 12" is a line of its own
        joins = previous in _CONTINUED_KINDS and out and kind is LineKind.TEXT
        if joins and blank:
            joins = previous in _ITEM_KINDS and raw[:1].isspace()
        if joins:
            out[-1] = f"{out[-1]} {text}"
            blank = False
            continue
        if blank:
            out.append("")
        out.append(text)
        previous, blank = kind, False
    return out


# ---------------------------------------------------------------- labels

_NORMALISED_LABEL = re.compile(r"[\s:：]+")
KNOWN_LABELS = frozenset({
    "date", "hit", "hits", "view", "views", "조회", "조회수", "등록일", "작성일", "게시일", "날짜",
    "일자", "보도일시", "보도시점", "배포일시", "담당부서", "책임자", "담당자", "문의", "부서",
    "작성자", "담당", "writer", "department", "category", "분류", "문서종류", "구분", "제목",
    "title", "subject", "연락처", "전화", "tel", "phone", "보도", "엠바고",
})


def is_known_label(text: str) -> bool:
    return _NORMALISED_LABEL.sub("", text).lower() in KNOWN_LABELS


def row_lines(cells: list[tuple[bool, list[str]]]) -> list[str] | None:
    """A table row of label/value pairs as "label value" lines; None for another row.

    `cells` are (is a header cell, lines of the cell) in order.
    """
    labelled = len(cells) % 2 == 0 and all(
        (is_header and not value_header) or is_known_label(" ".join(label)) or not label
        for (is_header, label), (value_header, _v) in zip(cells[::2], cells[1::2], strict=True))
    if not labelled or not any(label for _h, label in cells[::2]):
        return None
    out: list[str] = []
    for (_h, label), (_vh, value) in zip(cells[::2], cells[1::2], strict=True):
        # A second contact below the first is a line of its own; other lines of the
        # cell continue its value ("다자외교조정관실" / "유엔과").
        first = [v for v in value if not PHONE.search(v)] if not PHONE.search(
            " ".join(value)) else value[:1]
        head = " ".join([*label, *first]).strip()
        if head:
            out.append(head)
        out.extend(v for v in value if v not in first)
    return out


def contact_table_lines(rows: Iterable[list[list[str]]]) -> list[str] | None:
    """A closing contact table ("구분 | 성명 | 연락처" over one row per person) as one
    "role | name | phone" line per row, which the text importer reads into the
    contacts; None when the first row is not such a head.

    `rows` yields each row's cells' lines (the DOCX and HWPX readers alike); only the
    first row is read unless it is the head, so a reader's numbering counts stay right.
    """
    rows = iter(rows)
    first = next(rows, None)
    head = _row_text(first) if first else ""
    if kind_of(head) is not LineKind.CONTACT_HEADING:
        return None
    return [head, *(_row_text(row) for row in rows)]


def _row_text(cells: list[list[str]]) -> str:
    return " | ".join(" ".join(lines) for lines in cells)


def data_row_line(cells: list[list[str]], after_point: bool) -> str:
    """Any other table row as one line.

    Before the first point it is header material, read as text. Below a point a
    table belongs to it: each row becomes an item under the point ("ㅇ 일자 | 행사"),
    or a note when it lists contacts (a closing contact table), so the points
    stay the points of the release.
    """
    texts = [" ".join(lines) for lines in cells if lines]
    if not texts:
        return ""
    if not after_point:
        return "  ".join(texts)
    row = " | ".join(texts)
    if PHONE.search(row):
        return f"※ {row}"
    return f"{'ㅇ' if _HANGUL.search(row) else '°'} {row}"


def is_point(line: str) -> bool:
    return kind_of(line) in (LineKind.NUMBERED, LineKind.BOX)


_HANGUL = SYLLABLE
_DATE_LABEL = r"(?:date|등록일|작성일|게시일|날짜|일자)"
_HIT_LABEL = r"(?:hits?|views?|조회수?)"
_LABELLED_DATE = re.compile(
    rf"^{_DATE_LABEL}\s*[:：|]?\s*(\d{{4}})\s*[-./]\s*(\d{{1,2}})\s*[-./]\s*(\d{{1,2}})\.?"
    rf"(?:\s*\(\S\))?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*[|/·,]?\s*(.*)$", re.I)
_HIT = re.compile(rf"^{_HIT_LABEL}\s*[:：|]?\s*[\d,]+$", re.I)
_LABEL_ALONE = re.compile(rf"^(?:{_DATE_LABEL}|{_HIT_LABEL})\s*[:：]?$", re.I)
_VALUE_ALONE = re.compile(r"^(?:\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?|[\d,]+)$")
_TITLE_LABEL = re.compile(r"^(?:제\s*목|title|subject)\s*[:：|]?\s+(\S.*)$", re.I)
# Below the text of a board page: links to the neighbouring releases and file downloads.
_PAGE_CHROME = re.compile(
    r"^(?:(?:이전\s*글|다음\s*글|윗\s*글|아랫\s*글|prev(?:ious)?(?:\s+post)?|next(?:\s+post)?)"
    r"\s*[:：|▲▼]?\s+\S.*"
    r"|(?:첨부\s*파일|첨부|files?|attached\s+files?|download)\s*[:：|]?\s*.*"
    r"\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif)(?:\s*\(.*\))?"
    r"|(?:copyright|ⓒ|©).*|all rights reserved\.?)$", re.I)


_CLOSED_SUBHEADLINE = re.compile(r"^([-–]\s+.*\S)\s+[-–]$")


def is_page_label(text: str) -> bool:
    """A labelled line of a board page: date, view counter, link to another release."""
    return bool(_LABELLED_DATE.match(text) or _HIT.match(text) or _PAGE_CHROME.match(text)
                or _LABEL_ALONE.match(text))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = r"(?P<month>(?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*)\.?"
_ENGLISH_DATE = re.compile(
    rf"^(?:date\s*[:：]?\s*)?(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}}))\.?$",
    re.I)


def _english_date(line: str) -> str | None:
    """A line that is only a date in words ("September 26, 2026") as "Date 2026-09-26"."""
    m = _ENGLISH_DATE.match(line)
    if not m:
        return None
    month = (m.group("month") or m.group("month2")).lower()[:3]
    number = next(i for i, name in enumerate(_MONTHS, start=1) if name.startswith(month))
    day = int(m.group("day") or m.group("day2"))
    year = int(m.group("year") or m.group("year2"))
    return f"Date {year}-{number:02d}-{day:02d}"


def _split_labels(line: str) -> list[str]:
    """One line into what the importer understands: "Date 2026-05-25 hit 102" -> two."""
    english = _english_date(line)
    if english:
        return [english]
    m = _LABELLED_DATE.match(line)
    if m:
        year, month, day, rest = m.groups()
        date = f"Date {year}-{int(month):02d}-{int(day):02d}"
        return [date, *_split_labels(rest)] if rest else [date]
    m = _CLOSED_SUBHEADLINE.match(line)
    if m:
        return [m.group(1)]  # "- 부제 -": the closing dash is decoration
    m = _TITLE_LABEL.match(line)
    if m and not line.startswith(("제목:", "제목：")):
        return [f"제목: {m.group(1)}"]
    return [line]


def normalize_labels(lines: list[str], chrome: list[str]) -> list[str]:
    """Labelled web-page and table lines in the importer's words; page chrome to `chrome`."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _LABEL_ALONE.match(line) and _VALUE_ALONE.match(nxt):
            line = f"{line.rstrip(':：')} {nxt}"  # "Date" / "2026-09-26" on two lines
            i += 1
        i += 1
        if _PAGE_CHROME.match(line):
            chrome.append(line)
            continue
        for part in _split_labels(line):
            if _HIT.match(part):
                continue  # a view counter
            out.append(part)
    return out


# ---------------------------------------------------------------- attachments


def fix_attachment_paragraphs(lines: list[str], source: str, warnings: list[str]) -> list[str]:
    """An unmarked paragraph after the attachment items is not part of the last title.

    In paragraph mode a title cannot wrap onto the next paragraph; what follows
    the list (a photo caption, a closing line) is kept as a note instead.
    """
    out: list[str] = []
    in_list = items = False
    for line in lines:
        classified = classify_line(line, 0)
        kind = classified.kind
        if kind is LineKind.ATTACHMENTS:
            in_list, items = True, bool(classified.text)
        elif in_list and kind is LineKind.NUMBERED or (in_list and kind is LineKind.TEXT
                                                         and not items):
            items = True  # an unnumbered first item is a title too
        elif in_list and kind is LineKind.TEXT:
            warnings.append(f"{source}: the paragraph {_clip(line)!r} after the attachment list "
                            "is not an attachment; kept as a note")
            line = f"※ {line}"
            in_list = False
        elif kind not in (LineKind.BLANK, LineKind.CHROME, LineKind.TEXT):
            in_list = False
        if classified.end_mark:
            in_list = False
        out.append(line)
    return out


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_HOISTED = frozenset({LineKind.DOCTYPE, LineKind.CATEGORY})


def tidy_preamble(lines: list[str]) -> list[str]:
    """The part above the first point of a board page, in the order the importer expects.

    A board shows the title of the post above the release, whose own text then starts
    with its banner ("보도자료") and repeats the title. The banner is moved to the top
    (the importer reads a document type only above the headline) and the repeated title
    is left out (the same words are kept once).
    """
    first_point = next((i for i, x in enumerate(lines) if is_point(x)), len(lines))
    head, rest = lines[:first_point], lines[first_point:]
    hoisted: list[str] = []
    kept: list[str] = []
    titles: set[str] = set()
    for line in head:
        line_kind = classify_line(line, 0)
        if line_kind.kind in _HOISTED and titles:
            hoisted.append(line)
            continue
        if line_kind.kind is LineKind.TITLE or (line_kind.kind is LineKind.TEXT and
                                                 not chrome_like(line_kind, english=False)):
            # a post's title (navigation above it, "바로가기 메뉴", is no title)
            key = " ".join(line_kind.text.split())
            if key in titles:
                continue
            titles.add(key)
        kept.append(line)
    return hoisted + kept + rest


def prepare_lines(lines: list[str], source: str, warnings: list[str]) -> list[str]:
    from mfa_desk.formats.embargo_stamp import is_stamp_line

    # The embargo stamp our exports put above everything: the timing field says it too.
    while lines and is_stamp_line(lines[0]):
        lines = lines[1:]
    chrome: list[str] = []
    out = tidy_preamble(normalize_labels(lines, chrome))
    out = fix_attachment_paragraphs(out, source, warnings)
    if chrome:
        shown = "; ".join(repr(_clip(c)) for c in chrome[:3])
        more = f" and {len(chrome) - 3} more" if len(chrome) > 3 else ""
        warnings.append(f"{source}: left out as page navigation: {shown}{more}")
    return out
