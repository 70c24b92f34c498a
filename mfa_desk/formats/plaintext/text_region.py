"""Find the release on a pasted page before reading it.

A page copied from a browser carries the release inside its navigation, menus,
counters, widgets, share buttons and footers. The region finder looks for the
release's body first (the first sentence-like numbered or □ point; in a copy that
lost its markers, the longest run of prose paragraphs), then walks up from it
through what a release's head holds (page rows such as Date/hit/작성일/부서명, the
headline, the category or 문서종류 line, Korean header fields) and down to the
release's end (끝., "* unofficial translation", a sign-off, or its last paragraph).

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
from dataclasses import dataclass, field

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind, is_contact_text
from mfa_desk.formats.plaintext.text_region_end import cut_tail, read_contact_block, tail_start
from mfa_desk.text import labels

# Kinds that may stand between the headline and the first point.
_BELOW_HEADLINE = (LineKind.DASH, LineKind.HEADER, LineKind.CONTACT, LineKind.CONTACT_HEADING,
                   LineKind.DATE, LineKind.DATE_LABEL, LineKind.BARE_DATE, LineKind.HIT,
                   LineKind.HIT_LABEL, LineKind.CHROME, LineKind.NOTE, LineKind.SECTION,
                   LineKind.UNOFFICIAL)  # a repost's "Unofficial translation:" over the points
# Kinds a release's head holds above its headline.
_ABOVE_HEADLINE = (LineKind.HEADER, LineKind.CONTACT, LineKind.CONTACT_HEADING, LineKind.DATE,
                   LineKind.DATE_LABEL, LineKind.BARE_DATE, LineKind.HIT, LineKind.HIT_LABEL,
                   LineKind.DOCTYPE, LineKind.ISSUER, LineKind.TITLE)
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
    lines = _paragraph_per_line(lines)
    body = _body_start(lines)
    if body is None:
        return Region(list(lines))
    out: set[int] = set()
    body = _skip_preview(lines, body, out)
    lines = _read_page_rows(lines, body, out)
    head = _Head(lines, out, english)
    head.news_body = page.NEWS_DATELINE.match(lines[body].whole or lines[body].text) is not None
    top = head.walk(body)
    if head.headline is not None and head.short_items:
        body = min(head.short_items)  # short points under the headline are the body's
    outside = [i for i in range(top) if lines[i].kind is not LineKind.BLANK]
    web_page = any(page.chrome_like(lines[i], english) for i in outside)
    if web_page:
        out.update(outside)
    elif outside:  # a plain release: lines above the head are its own
        top = 0
    end = tail_start(lines, body)
    tail = [i for i in range(end, len(lines)) if lines[i].kind is not LineKind.BLANK]
    kept = read_contact_block(lines, tail)
    web_page = cut_tail(lines, tail, kept, out, web_page, english)
    if head.headline is not None:
        lines[head.headline] = _without_tag(lines[head.headline])
    if web_page and lines[body].kind is LineKind.TEXT:
        lines[body] = _without_dateline(lines[body])
    result = Region([line for i, line in enumerate(lines) if i not in out],
                    [lines[i] for i in sorted(out) if lines[i].kind is not LineKind.BLANK],
                    web_page=web_page)
    result.has_headline = head.headline is not None or lines[body].kind is not LineKind.TEXT
    result.body = lines[body]
    return result


# ------------------------------------------------------------------ the body


def _paragraph_per_line(lines: list[Line]) -> list[Line]:
    """A copy without markers and without a single blank line (a wire service's page):
    each line that is a sentence-long paragraph stands alone, as do a headline-shaped
    line above it. Blank lines are put between them, as a writer would have."""
    if any(line.kind in page.LEVEL1 for line in lines) or \
            any(line.kind is LineKind.BLANK for line in lines[:-1]):
        return lines
    prose = [line.kind is LineKind.TEXT and len(line.whole or line.text) >= _LONG_PARAGRAPH
             and page.ends_sentence(line.whole or line.text) for line in lines]
    if sum(prose) < 2:
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        if out and (prose[i] or prose[i - 1]):
            out.append(Line(LineKind.BLANK, "", line.lineno))
        out.append(line)
    return out


_LONG_PARAGRAPH = 40


def _body_start(lines: list[Line]) -> int | None:
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
        material = (line.kind is LineKind.TEXT and page.prose(text)) or (
            line.kind in page.BODY_ITEMS and not page.link_like(line.text)) or (
            line.kind is LineKind.TEXT and previous is not LineKind.BLANK and start is not None)
        if line.kind is LineKind.BLANK:
            previous = LineKind.BLANK
            continue
        if line.kind is LineKind.TEXT and labels.about_heading(text) and best_score + score:
            if start is not None and score > best_score:
                best = start
            break  # the wire's profile of the issuer follows the release
        if material and i > notice_end:
            if start is None:
                start, score = i, 0
            elif score and not page.ends_sentence(lines[start].whole or lines[start].text) \
                    and previous is LineKind.BLANK and start == page.previous_text(lines, i):
                start = i  # a long title above the first paragraph: the headline
            score += len(text)
        else:
            if start is not None and score > best_score:
                best, best_score = start, score
            start = None
        previous = line.kind
    return best


def _skip_preview(lines: list[Line], body: int, out: set[int]) -> int:
    """A summary or preview box repeats the first point above the body: the body
    starts at its second copy, and the box is left out."""
    first = " ".join(lines[body].text.split())
    for j in range(body + 1, len(lines)):
        if lines[j].kind is lines[body].kind and " ".join(lines[j].text.split()) == first:
            start = body
            # the box's own sentences above the copied point ("자동요약 …", "… 권장합니다.")
            while start > 0 and (lines[start - 1].kind is LineKind.BLANK or (
                    lines[start - 1].kind is LineKind.TEXT
                    and page.ends_sentence(lines[start - 1].whole or lines[start - 1].text))):
                start -= 1
            out.update(range(start, j))
            return j
    return body


def _read_page_rows(lines: list[Line], body: int, out: set[int]) -> list[Line]:
    """A board page's rows above the body: 부서명 and its value become the 담당부서
    field; 수정일 (modified), 작성자 and a repost's 출처/원본URL with their values are left
    out."""
    lines = list(lines)
    for i in range(body):
        line = lines[i]
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


def _label_and_value(lines: list[Line], i: int, text: str,
                     bulleted: bool = False) -> tuple[str | None, str, int | None]:
    """("부서명", "북미1과", index of the value line or None when it is on the label's line).
    A bulleted label ("- 부서명") takes only a bulleted value on the next line."""
    rows = labels.DEPARTMENT_LABELS + labels.MODIFIED_LABELS + labels.WRITER_LABELS \
        + labels.SOURCE_LABELS
    label = labels.label_of(text, rows)
    if label is not None:
        nxt = i + 1
        # the value may be the ministry's name ("출처" / "외교부"), read as the letterhead
        kinds = (LineKind.DASH,) if bulleted else (LineKind.TEXT, LineKind.BARE_DATE,
                                                    LineKind.ISSUER)
        if nxt < len(lines) and lines[nxt].kind in kinds:
            value = lines[nxt].text if bulleted else lines[nxt].whole or lines[nxt].text
            return label, value, nxt
        return label, "", None
    if bulleted:
        return None, "", None
    first, _, rest = text.partition(" ")
    label = labels.label_of(first, rows)
    if label is not None and rest.strip(" :："):
        return label, rest.strip(" :："), None
    return None, "", None


# ------------------------------------------------------------------ the head


class _Head:
    """The walk up from the body through the release's head."""

    def __init__(self, lines: list[Line], out: set[int], english: bool) -> None:
        self.lines = lines
        self.out = out
        self.english = english
        self.headline: int | None = None
        self.no_headline = False  # a category or 문서종류 line right above the body
        self.category_at: int | None = None
        # The body starts with a news dateline: text between the headline and it is the
        # page's (a summary box, a caption), not the release's.
        self.news_body = False
        self.short_items: list[int] = []  # short marked items between the body and the walk

    def walk(self, body: int) -> int:
        """The index of the head's first line (lines above it are outside)."""
        top = body
        i = body - 1
        while i >= 0:
            line = self.lines[i]
            if line.kind is LineKind.BLANK or i in self.out:
                i -= 1
                continue
            notice = self.notice_above(i)
            if notice is not None:
                self.out.update(range(notice, i + 1))
                top, i = notice, notice - 1
                continue
            taken = self.below_headline(i) if self.headline is None and not self.no_headline \
                else self.above_headline(i, top)
            if not taken:
                break
            top = i
            i -= 1
        if self.headline is None:
            self.out.update(self.short_items)
        if self.headline is None:
            # No line has a headline's shape: the nearest short line above the body that
            # is no counter or file name is the headline after all ("Headline", "Title").
            promoted = next((j for j in range(body - 1, top - 1, -1) if j in self.out
                             and self.lines[j].kind is LineKind.TEXT
                             and not page.page_token(self.lines[j].whole or self.lines[j].text)),
                            None)
            if promoted is not None:
                self.out.discard(promoted)
                self.headline = promoted
        return top

    def notice_above(self, i: int) -> int | None:
        text = self.lines[i].whole or self.lines[i].text
        if self.lines[i].kind is not LineKind.TEXT or not text.endswith((">", "〉")):
            return None
        for j in range(i, max(-1, i - 8), -1):
            if page.notice_block(self.lines, j) == i:
                return j
        return None

    def value_of_label(self, i: int) -> bool:
        """Is line i the value of a label or field on the line above ("Date" /
        "2026-03-18"; "담당부서  다자외교조정관실" / "  유엔과"), or the wrapped rest of a
        marked line above ("- Two ministers agree …" / "  and shipbuilding")?"""
        above = self.lines[i - 1] if i > 0 else None
        line = self.lines[i]
        text = line.whole or line.text
        if above is None:
            return False
        if above.kind in (LineKind.DATE_LABEL, LineKind.HIT_LABEL) or (
                above.kind is LineKind.HEADER and not above.text):
            return True
        indented = line.indent > 0 or text[:1].islower()
        if above.kind in (LineKind.HEADER, LineKind.CONTACT, LineKind.CONTACT_HEADING):
            return indented or is_contact_text(text)
        if page.page_token(text):
            return False
        previous = page.previous_text(self.lines, i)
        if previous is None:
            return False
        if self.lines[previous].kind in (*page.BODY_ITEMS, *page.LEVEL1):
            return indented
        return self.lines[previous].kind is LineKind.TEXT and previous == i - 1 and line.indent > 0

    def has_value(self, i: int) -> bool:
        """Does the label at i have its value on the next line?"""
        nxt = page.next_text(self.lines, i + 1)
        if nxt is None:
            return False
        return self.lines[nxt].kind in (LineKind.BARE_DATE, LineKind.TEXT)

    def english_site_label(self, i: int) -> bool:
        """A category line right above the body with a headline-shaped line above it
        (after a blank): the site's label under the page's title, not the ministry's
        category above its headline."""
        above = page.previous_text(self.lines, i)
        return above is not None and above != i - 1 and _headline_shaped(self.lines[above])

    def below_headline(self, i: int) -> bool:
        line = self.lines[i]
        if line.kind is LineKind.TEXT and self.value_of_label(i):
            return True
        if line.kind in (LineKind.DATE_LABEL, LineKind.HIT_LABEL) and not self.has_value(i):
            self.out.add(i)  # "Originally published" with no date under it
            return True
        if line.kind in _BELOW_HEADLINE:
            return True
        if line.kind is LineKind.CATEGORY and self.english_site_label(i):
            self.out.add(i)  # a site's content-type label under the page title
            return True
        if line.kind is LineKind.TITLE:
            self.headline = i
            return True
        if line.kind in (LineKind.CATEGORY, LineKind.DOCTYPE, LineKind.ISSUER):
            self.no_headline = True
            return self.above_headline(i, i + 1)
        if _headline_shaped(line):
            self.headline = i
            return True
        if line.kind in (*page.LEVEL1, LineKind.LEVEL2, LineKind.LEVEL3):
            # A short marked item ("□ 행사 개요"): a point of the body when a headline
            # stands above it, a menu entry when none does.
            self.short_items.append(i)
            return True
        if (line.kind is LineKind.TEXT and (page.chrome_like(line, self.english)
                                            or (self.news_body and not _headline_shaped(line)))) \
                or line.kind is LineKind.ATTACHMENTS:
            # counters, image and file names, a board label, share buttons between the
            # headline and the body
            self.out.add(i)
            return True
        return line.kind is LineKind.TEXT  # a sentence of the release above its points

    def above_headline(self, i: int, below: int) -> bool:
        line = self.lines[i]
        text = line.whole or line.text
        adjacent = below == i + 1
        if line.kind is LineKind.CATEGORY:
            section = text.lower() in labels.SECTION_CATEGORIES
            if self.category_at is None or (section and self.category_at == i + 1):
                self.category_at = i
                return True
            return False
        if line.kind in _ABOVE_HEADLINE:
            return True
        if line.kind is not LineKind.TEXT:
            return False
        if self.headline is not None and _same_headline(text, self.lines[self.headline]):
            self.out.add(i)  # the headline printed twice
            return True
        if self.value_of_label(i):
            return True
        if labels.board_name(text):
            self.out.add(i)  # the board's name over the title, not the title's first line
            return True
        below_kind = self.lines[i + 1].kind if i + 1 < len(self.lines) else LineKind.BLANK
        if adjacent and below_kind in (LineKind.DOCTYPE, LineKind.ISSUER):
            return True  # a slogan over the 보도자료 letterhead: the release's own
        # a headline wrapped over two lines
        return adjacent and self.headline == i + 1 and page.title_like(line)


def _headline_shaped(line: Line) -> bool:
    """A headline ends no sentence with a period ("… 면담(3.21.)" and "(5.25.)" do not)."""
    return page.title_like(line) and not (line.whole or line.text).endswith(".")


def _same_headline(text: str, headline: Line) -> bool:
    def core(t: str) -> str:
        return " ".join(page.SOURCE_TAG.sub("", t).split())
    return core(text) == core(headline.whole or headline.text)


def _without_tag(line: Line) -> Line:
    """"[외교부]박진 장관, 일본 방문": the source tag of a portal is no part of the headline,
    nor are a blog's hashtags after it ("… to Visit Russia #Korea #Russia")."""
    text = line.whole or line.text
    if line.kind is not LineKind.TEXT:
        return line
    m = page.SOURCE_TAG.match(text)
    rest = text[m.end():].strip() if m is not None else text
    cut = max(0, len(rest) - page.HASHTAGS_TAIL)
    tags = page.HASHTAGS.search(rest, cut)
    if tags is not None and rest[:tags.start()].strip():
        rest = rest[:tags.start()].strip()
    if rest == text or not rest.strip():
        return line
    return dataclasses.replace(line, text=rest, whole=rest)


def _without_dateline(line: Line) -> Line:
    """"서울--(뉴스와이어)--외교부는 …", "(누리일보) 정부는 …": a news copy's dateline."""
    text = line.whole or line.text
    m = page.DATELINE.match(text)
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
