"""Find the release on a pasted page before reading it.

A page copied from a browser carries the release inside its navigation, menus, counters,
widgets, share buttons and footers. The region finder looks for the release's body first
(the first sentence-like numbered or □ point; in a copy that lost its markers, the longest
run of prose paragraphs), then walks up from it (text_region_head) through what a
release's head holds (page rows such as Date/hit/작성일/부서명, the headline, the category or
문서종류 line, Korean header fields) and down to the release's end (끝., "* unofficial
translation", a sign-off, or its last paragraph).

What lies outside is page chrome, left out and named in one warning. It is left out
only when the page shows itself (a line outside is evidently navigation, a menu, a
counter, a widget, Korean on an English page); a plain release keeps every line.
Inside the head, counters, image names and file names between the headline and the
body, a second copy of the headline, a preview of the body and an editor's notice
are left out too. Rules are principles of page shape (see text_page), never one
page's strings.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.captions import photo_caption
from mfa_desk.formats.plaintext.speech_titles import speech_head
from mfa_desk.formats.plaintext.text_lines import Line, LineKind, classify_line
from mfa_desk.formats.plaintext.text_region_end import (
    cut_tail,
    news_footer,
    read_contact_block,
    tail_start,
)
from mfa_desk.formats.plaintext.text_region_head import Head
from mfa_desk.formats.plaintext.text_region_skip import (
    caption_between,
    repeated_tail,
    skip_caption,
    skip_preview,
    sub_titles_over_wire,
)
from mfa_desk.formats.plaintext.title_shapes import title_over
from mfa_desk.text import labels
from mfa_desk.text.script import letter_counts

# Lines the line classifier alone knows as navigation; the importer has always dropped
# them without a word, so they alone call for no warning.
SILENT = (LineKind.CHROME, LineKind.HIT, LineKind.HIT_LABEL)


@dataclass
class Region:
    lines: list[Line]  # what the release parser reads, in order
    left_out: list[Line] = field(default_factory=list)  # page lines, in order
    has_headline: bool = True  # False: the text starts with its body (no headline)
    web_page: bool = False  # the page showed itself (chrome was found around the release)
    body: Line | None = None  # the first line of the body: it starts a paragraph


def find_region(lines: list[Line], lang: str) -> Region:
    english = lang == "en"
    if english:
        lines = [_korean_on_english(line) for line in lines]
    given = lines
    lines = _paragraph_per_line(lines)
    one_line_paragraphs = lines is not given
    lines = _byline_opens_paragraph(lines)
    body = _body_start(lines, one_line_paragraphs)
    if body is None:
        return Region(list(lines))
    body = _first_section(lines, body)
    out: set[int] = set()
    body = skip_preview(lines, body, out)
    body = skip_caption(lines, body, out, one_line=one_line_paragraphs)
    sub_titles_over_wire(lines, body)
    before_rows = set(out)
    lines = _read_page_rows(lines, body, out)
    head = Head(lines, out, english)
    head.rows = out - before_rows  # rows read and left out (수정일, 작성자, 출처 …)
    head.one_line_paragraphs = one_line_paragraphs
    head.news_body = page.NEWS_DATELINE.match(lines[body].whole or lines[body].text) is not None
    opening = lines[body].whole or lines[body].text
    head.news_copy = head.news_body or page.BYLINE.match(opening) is not None \
        or page.WIRE_DATELINE.match(opening) is not None
    top = speech_head(head, body, head.walk(body))
    if head.headline is not None and head.short_items:
        body = min(head.short_items)  # short points under the headline are the body's
    outside = [i for i in range(top) if lines[i].kind is not LineKind.BLANK]
    # The page shows itself above the release, or inside its head (a tool bar, a
    # counter left out between the headline and the body; a short line is no proof).
    web_page = any(page.chrome_like(lines[i], english) for i in outside) or any(
        lines[i].kind is LineKind.TEXT and page.furniture(lines[i].whole or lines[i].text)
        for i in head.out_between(top, body))
    if web_page or (outside and _introduces(lines[outside[-1]])):
        out.update(outside)
    elif outside:  # a plain release: lines above the head are its own
        top = 0
        if _opens_with_body(lines[outside[0]]):
            head.headline = None  # a copy without its title: no line below is the headline
    if web_page and head.headline is not None and lines[body].kind in page.LEVEL1:
        _lead_as_subheadline(lines, head, body)
    end = tail_start(lines, body, one_line=one_line_paragraphs)
    again = repeated_tail(lines, body, end)
    out.update(i for i in range(again, end) if lines[i].kind is not LineKind.BLANK)
    if one_line_paragraphs:
        out.update(i for i in range(body, again) if caption_between(lines, i))
    tail = [i for i in range(end, len(lines)) if lines[i].kind is not LineKind.BLANK]
    kept = read_contact_block(lines, tail)
    web_page = cut_tail(lines, tail, kept, out, web_page, english)
    if head.headline is not None:
        lines[head.headline] = _without_tag(lines[head.headline])
    if lines[body].kind is LineKind.TEXT:
        lines[body] = _without_dateline(lines[body], web_page)
    if english:  # Korean sentences on an English page, inside it too: named as left out
        out.update(i for i, line in enumerate(lines) if line.kind is LineKind.CHROME
                   and _korean_sentence(line.whole or line.text))
    result = Region([line for i, line in enumerate(lines) if i not in out],
                    [lines[i] for i in sorted(out) if lines[i].kind is not LineKind.BLANK],
                    web_page=web_page)
    result.has_headline = head.headline is not None or lines[body].kind is not LineKind.TEXT
    result.body = lines[body]
    return result


def _korean_on_english(line: Line) -> Line:
    """A Korean sentence on an English page ("이 글자크기로 변경됩니다.": a portal's widget
    over an English story) is the page's: an English release writes no Korean sentence.
    (Korean words that end no sentence, skip links, are chrome_like already.)"""
    text = line.whole or line.text
    if line.kind is LineKind.TEXT and not line.end_mark and _korean_sentence(text):
        return dataclasses.replace(line, kind=LineKind.CHROME)
    return line


def _korean_sentence(text: str) -> bool:
    hangul, latin = letter_counts(text)
    return page.ends_sentence(text) and hangul >= _KOREAN_SENTENCE_MIN and hangul > latin


_KOREAN_SENTENCE_MIN = 5  # Hangul letters: a sentence, not a name in brackets


def _lead_as_subheadline(lines: list[Line], head: Head, body: int) -> None:
    """A news page's lead under the story's title ("… foreign ministry in a statement
    reacted to …"), above the release's own marked points: a sub-headline, not a point."""
    assert head.headline is not None
    lead = [i for i in range(head.headline + 1, body) if lines[i].kind is LineKind.TEXT
            and i not in head.out and not head.value_of_label(i)]
    if not lead or lead != list(range(lead[0], lead[-1] + 1)):
        return  # none, or more than one paragraph: the release's own text
    if any(lines[k].kind in (LineKind.SECTION, *page.LEVEL1, *page.BODY_ITEMS)
           for k in range(head.headline + 1, lead[0]) if k not in head.out):
        return  # under a section heading ("Ⅰ. 모두 발언"): the body's first paragraph
    text = " ".join(lines[i].whole or lines[i].text for i in lead)
    if not page.prose(text) or len(text) > _LEAD_MAX:
        return
    for i in lead[1:]:
        lines[i] = dataclasses.replace(lines[i], kind=LineKind.BLANK)
    lines[lead[0]] = Line(LineKind.DASH, text, lines[lead[0]].lineno, whole=text)


_LEAD_MAX = 300  # a news page's lead is a sentence or two


def _opens_with_body(first: Line) -> bool:
    """A plain Korean copy whose first line is a paragraph of the body, a long sentence
    ("외교부는 … 개최할 예정이다."), starts without its title: no headline is below it (a
    short un-ended paragraph further down, "… 참석 예정", is a point, not the title)."""
    text = (first.whole or first.text).rstrip()
    return first.kind is LineKind.TEXT and text.endswith(_KOREAN_SENTENCE_END) \
        and page.words(text) >= _BODY_FIRST_WORDS


# A Korean title never closes a declarative sentence ("… 예정이다.", "… 했습니다."); an
# English one may read as a sentence, so a plain English text keeps its first line.
_KOREAN_SENTENCE_END = ("다.", "다.”", "다.\"")
_BODY_FIRST_WORDS = 8


# ------------------------------------------------------------------ the body


def _paragraph_per_line(lines: list[Line]) -> list[Line]:
    """A copy without markers and without a single blank line (a wire service's page):
    each line that is a sentence-long paragraph stands alone, as do a headline-shaped
    line above it. Blank lines are put between them, as a writer would have."""
    # Blank lines before the first line or after the last (a copy that starts with an
    # empty line) part nothing: only one between two lines says the copy has them.
    texts = [i for i, line in enumerate(lines) if line.kind is not LineKind.BLANK]
    if any(_marked_point(line) for line in lines) or not texts or _parted(lines, texts):
        return lines
    # a paragraph-long line, or one longer than any hand-wrapped line (its period lost)
    prose = [line.kind is LineKind.TEXT and (len(line.whole or line.text) >= _LONG_PARAGRAPH
             and page.ends_sentence(line.whole or line.text)
             or len(line.whole or line.text) >= _UNWRAPPED) for line in lines]
    if sum(prose) < 2:
        return lines
    # A briefing's section heading ("Ⅱ. 질의 및 응답") stands alone, and each turn of its
    # questions and answers ("<질문> …") opens a paragraph, however it ends; so does a
    # photo's short caption ("South Korea flag.") under a title.
    alone = [line.kind is LineKind.SECTION or page.caption(line)
             or page.QA_TURN.match(line.whole or line.text) is not None
             or page.DATELINE_BYLINE.match(line.whole or line.text) is not None
             for line in lines]
    # An editor's notice over several lines ("<이 기사는 …" … "… 있습니다.>") stays one block.
    inside: set[int] = set()
    for i in range(len(lines)):
        last = page.notice_block(lines, i) if i not in inside else None
        inside.update(range(i + 1, (last or i) + 1))
    out: list[Line] = []
    for i, line in enumerate(lines):
        if out and i not in inside and (prose[i] or prose[i - 1] or alone[i] or alone[i - 1]):
            out.append(Line(LineKind.BLANK, "", line.lineno))
        out.append(line)
    return out


def _marked_point(line: Line) -> bool:
    """A numbered or □ point; a numbered menu entry of a few words ("1. 뉴스", "2. 공관
    주요활동 사항", a breadcrumb copied as a list) is none: it leaves a copy unmarked."""
    return line.kind in page.LEVEL1 and (page.words(line.text) > _MENU_ENTRY_WORDS
                                         or page.ends_sentence(line.text))


_MENU_ENTRY_WORDS = 3


def _parted(lines: list[Line], texts: list[int]) -> bool:
    """Does the copy part its text with blank lines? Only a blank line between two lines
    of text says so: one next to the page's copyright line (a table's border copied as "|",
    "< Copyright ⓒ nuri. 무단전재 및 재배포 금지 >", above or below it) does not."""
    for k in range(texts[0], texts[-1]):
        if lines[k].kind is LineKind.BLANK:
            above, below = page.previous_text(lines, k), page.next_text(lines, k)
            if above is None or below is None:
                continue
            pair = (lines[above], lines[below])
            if all(line.kind is LineKind.TEXT and not news_footer(line.whole or line.text)
                   for line in pair) and len(pair[1].whole or pair[1].text) >= _LONG_PARAGRAPH:
                return True
    return False


def _byline_opens_paragraph(lines: list[Line]) -> list[Line]:
    """A reporter's byline glued before a paragraph ("[누리일보=홍길동 기자]정부는 …") or a
    wire's dateline ("SEOUL, Dec. 3 (Nuri) -- …") opens it, even right under another line:
    the title-shaped line above ("“국제사회와 함께 대응”", "By Hong Gildong") is no part of it."""
    out: list[Line] = []
    for line in lines:
        text = line.whole or line.text
        if out and out[-1].kind is LineKind.TEXT and line.kind is LineKind.TEXT \
                and (page.BYLINE.match(text) or page.WIRE_DATELINE.match(text)) \
                and page.title_like(out[-1]) \
                and not page.ends_sentence(out[-1].whole or out[-1].text):
            out.append(Line(LineKind.BLANK, "", line.lineno))
        out.append(line)
    return out


_LONG_PARAGRAPH = 40
_UNWRAPPED = 100  # text wrapped by hand has shorter lines (mail wraps at 72 to 80)


def _body_start(lines: list[Line], one_line: bool = False) -> int | None:
    """The first sentence-like level-1 point; without one, the start of the longest
    run of prose paragraphs (a copy that lost its markers)."""
    for i, line in enumerate(lines):
        if line.kind in page.LEVEL1 and not page.link_like(page.paragraph_text(lines, i)):
            while i > 0 and lines[i - 1].kind is LineKind.NUMBERED and line.number is not None \
                    and lines[i - 1].number != line.number - 1:
                i -= 1  # "1. … on March" / "18. They …": the point starts a line above
                line = lines[i]
            return i
    best, best_score = None, 0
    start, score, previous = None, 0, LineKind.BLANK
    notice_end = -1
    for i, line in enumerate([*lines, Line(LineKind.CHROME, "", 0)]):
        text = line.whole or line.text
        if i > notice_end and i < len(lines):
            found = page.notice_block(lines, i)
            notice_end = notice_end if found is None else found
        if line.kind is LineKind.TEXT and page.NEWS_DATELINE.match(text):
            previous = LineKind.BLANK  # "서울--(뉴스와이어)--…" starts the body of a news copy
            if start is not None and score > best_score:
                best, best_score = start, score
            start = None
        if line.kind is LineKind.TEXT and previous is LineKind.BLANK:
            text = page.paragraph_lines(lines, i)
        material = (line.kind is LineKind.TEXT and page.body_text(text)
                    and not labels.comment_box(line.whole or line.text)) or (  # "댓글 …" over it
            line.kind in page.BODY_ITEMS and not page.menu_entry(line.text)) or (
            line.kind is LineKind.TEXT and previous is not LineKind.BLANK and start is not None)
        if line.kind is LineKind.BLANK:
            previous = LineKind.BLANK
            continue
        if line.kind is LineKind.CHROME and photo_caption(text) \
                or (one_line and i < len(lines) and caption_between(lines, i)):
            continue  # a news photo's caption between paragraphs: the story goes on
        if line.kind is LineKind.TEXT and labels.about_heading(text) and best_score + score:
            if start is not None and score > best_score:
                best = start
            break  # the wire's profile of the issuer follows the release
        if material and i > notice_end:
            if start is None:
                start, score = i, 0
            elif score and title_over(lines, start, i) and previous is LineKind.BLANK:
                start = i  # a long title above the first paragraph: the headline
            score += len(text)
        else:
            if start is not None and score > best_score:
                best, best_score = start, score
            start = None
        previous = line.kind
    return best


def _first_section(lines: list[Line], body: int) -> int:
    """A briefing copied without markers ("I. 모두 발언" / paragraphs / "강경화 장관, … 접견"
    / "이상입니다." / "II. 질의 및 응답" / questions and answers): the longest run of prose
    may be its questions and answers, but the body starts under its first section
    heading. Only the briefing's own lines (sections, paragraphs, topic titles) may
    stand between; page furniture stops the look up."""
    if lines[body].kind is not LineKind.TEXT:
        return body
    first_section = None
    for j in range(body - 1, max(-1, body - _SECTION_REACH), -1):
        line = lines[j]
        text = line.whole or line.text
        if line.kind is LineKind.SECTION:
            first_section = j
        elif line.kind is LineKind.TEXT and not page.furniture(text) and (
                page.ends_sentence(text) or page.title_like(line)):
            continue
        elif line.kind is not LineKind.BLANK:
            break
    if first_section is None:
        return body
    under = page.next_text(lines, first_section + 1)
    if under is None or under >= body or lines[under].kind is not LineKind.TEXT:
        return body
    return under


_SECTION_REACH = 60  # lines between a briefing's first section heading and its Q&A


def _read_page_rows(lines: list[Line], body: int, out: set[int]) -> list[Line]:
    """A board page's rows above the body: 부서명 and its value become the 담당부서 field;
    수정일 (modified), 작성자 and a repost's 출처/원본URL with their values are left out."""
    lines = list(lines)
    for i in range(body):
        line = lines[i]
        if line.kind in (LineKind.LEVEL2, LineKind.DASH) and i not in out:
            line = lines[i] = _bulleted_row(line)
        # a page's rows may come copied as a list: "- 부서명" / "- 정책홍보담당관실"
        bulleted = line.kind is LineKind.DASH
        text = line.text if bulleted else line.whole or line.text
        if line.kind not in (LineKind.TEXT, LineKind.DASH) or i in out:
            continue
        label, value, value_at = _label_and_value(lines, i, text, bulleted)
        if bulleted and value_at is None:
            continue  # a sub-headline ("- 부서명 변경 …"), not a row
        if label in labels.DEPARTMENT_LABELS and value:
            lines[i] = Line(LineKind.HEADER, value, line.lineno, field="담당부서",
                            whole=f"담당부서 {value}")
            if value_at is not None:
                out.add(value_at)
                lines[value_at] = dataclasses.replace(lines[value_at], kind=LineKind.BLANK)
        elif label in labels.MODIFIED_LABELS + labels.WRITER_LABELS + labels.SOURCE_LABELS:
            out.add(i)
            if value_at is not None:
                out.add(value_at)
    return lines


def _bulleted_row(line: Line) -> Line:
    """"• 작성일 : 2021-07-15", "• 부서명 : 혁신행정담당관실": a board's rows copied as a
    list, label and value on one line, are rows (a date, a counter, a department), not
    short points under the headline. Any other bulleted line is returned as it was."""
    row = classify_line(line.text, line.lineno)
    if row.kind in (LineKind.DATE, LineKind.BARE_DATE, LineKind.HIT, LineKind.HEADER):
        return row
    if page.SITE_CREDIT.match(line.text):  # "• NURINEWS=Hong Gil-dong": the writer's credit
        return Line(LineKind.TEXT, line.text, line.lineno, whole=line.text)
    label, colon, value = line.text.partition(":")
    rows = labels.DEPARTMENT_LABELS + labels.MODIFIED_LABELS + labels.WRITER_LABELS \
        + labels.SOURCE_LABELS
    if colon and value.strip() and labels.label_of(label, rows) is not None:
        text = f"{label.strip()} {value.strip()}"
        return Line(LineKind.TEXT, text, line.lineno, whole=text)
    return line


def _label_and_value(lines: list[Line], i: int, text: str,
                     bulleted: bool = False) -> tuple[str | None, str, int | None]:
    """("부서명", "북미1과", index of the value line or None when it is on the label's line).
    A bulleted label ("- 부서명") takes only a bulleted value on the next line."""
    rows = labels.DEPARTMENT_LABELS + labels.MODIFIED_LABELS + labels.WRITER_LABELS \
        + labels.SOURCE_LABELS
    label = labels.label_of(text, rows)
    if label is not None:
        nxt = i + 1
        if nxt + 1 < len(lines) and lines[nxt].kind is LineKind.BLANK \
                and _row_value(lines[nxt + 1]):
            nxt += 1  # one blank line between label and value (every break doubled)
        # the value may be the ministry's name ("출처" / "외교부"), read as the letterhead
        kinds = (LineKind.DASH,) if bulleted else (LineKind.TEXT, LineKind.BARE_DATE,
                                                    LineKind.ISSUER)
        if nxt < len(lines) and lines[nxt].kind in kinds:
            value = lines[nxt].text if bulleted else lines[nxt].whole or lines[nxt].text
            if labels.label_of(value, rows) is None:  # "부서명" / "작성자": no value
                return label, value, nxt
        return label, "", None
    if bulleted:
        return None, "", None
    first, _, rest = text.partition(" ")
    label = labels.label_of(first, rows)
    if label is not None and rest.strip(" :："):
        return label, rest.strip(" :："), None
    return None, "", None


def _row_value(line: Line) -> bool:
    """A row's value: short, no sentence ("- 정책홍보담당관실", "외교부"), never a paragraph."""
    text = line.whole or line.text
    return line.kind is not LineKind.BLANK and len(text) <= _ROW_VALUE_MAX \
        and not page.ends_sentence(text)


_ROW_VALUE_MAX = 40


def _introduces(line: Line) -> bool:
    """"Here's the ambassador's full statement:" right above the head: a news page (or a
    mail) quoting the release below; it and what stands above it are not the release's."""
    text = line.whole or line.text
    return line.kind is LineKind.TEXT and text.rstrip().endswith((":", "：")) \
        and page.words(text) <= _INTRODUCTION_MAX_WORDS


_INTRODUCTION_MAX_WORDS = 15


def _without_tag(line: Line) -> Line:
    """"[외교부]박진 장관, 일본 방문": the source tag of a portal is no part of the headline,
    nor are a blog's hashtags after it ("… to Visit Russia #Korea #Russia"), nor the
    reporter's byline and address a print page puts in the title's cell ("… 초치 홍길동 기자
    hong@nuri.example")."""
    text = line.whole or line.text
    if line.kind is not LineKind.TEXT:
        return line
    m = page.SOURCE_TAG.match(text)
    rest = text[m.end():].strip() if m is not None else text
    byline = _TITLE_BYLINE.search(rest)
    if byline is not None and byline.start() > 0:
        rest = rest[:byline.start()].strip()
    cut = max(0, len(rest) - page.HASHTAGS_TAIL)
    tags = page.HASHTAGS.search(rest, cut)
    if tags is not None and rest[:tags.start()].strip():
        rest = rest[:tags.start()].strip()
    if rest == text or not rest.strip():
        return line
    return dataclasses.replace(line, text=rest, whole=rest)


_TITLE_BYLINE = re.compile(r"\s[가-힣]{2,4}\s?기자\s{1,3}[\w.+-]{1,40}@[\w-]{1,40}"
                           r"(?:\.[\w-]{1,20}){1,4}$")


def _without_dateline(line: Line, web_page: bool) -> Line:
    """"(누리일보) 정부는 …" on a page that showed itself; "[누리일보 홍길동 기자] 정부는 …",
    a wire's "서울--(뉴스와이어)--외교부는 …" and "SEOUL, May 2 (Yonhap) -- The …" anywhere: a
    news copy's dateline or byline."""
    text = line.whole or line.text
    m = page.BYLINE.match(text) or page.WIRE_DATELINE.match(text) \
        or (page.DATELINE.match(text) if web_page else None)
    if m is None or not text[m.end():].strip():
        return line
    rest = text[m.end():].strip()
    return dataclasses.replace(line, text=rest, whole=rest)


def left_out_warning(region: Region, source: str) -> str | None:
    """One line naming the page lines left out: "left out 12 lines of page navigation:
    '바로가기 메뉴', '본문 바로가기', '검색창 열기', …". None when only lines the classifier
    has always dropped (KOR, hit counters) were left out."""
    lines = region.left_out
    if not lines or all(line.kind in SILENT for line in lines):
        return None
    shown = ", ".join(repr(_short(line.whole or line.text)) for line in lines[:3])
    more = ", …" if len(lines) > 3 else ""
    what = "line" if len(lines) == 1 else "lines"
    return (f"{source}:{lines[0].lineno}: left out {len(lines)} {what} of the page around the "
            f"release: {shown}{more}")


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
