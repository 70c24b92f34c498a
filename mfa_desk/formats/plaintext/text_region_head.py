"""The head of a release on a page, walked up from its body (see text_region): page
rows, sub-headlines and header fields, the headline (a second copy of it left out),
the category or 문서종류 line, the letterhead; counters, image names, a tool bar and a
board's name between them are left out. A briefing's speaker line, a story's deck and
its sub-titles become sub-headlines (a news page's lead, text_region)."""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.reworded_titles import reworded_copy
from mfa_desk.formats.plaintext.text_lines import Line, LineKind, is_contact_text
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


class Head:
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
        # The body opens with a reporter's byline or a wire's dateline: a news copy.
        self.news_copy = False
        self.short_items: list[int] = []  # short marked items between the body and the walk
        # A sign-off line over a date ("Spokesperson … Choi" / "June 30, 2022 14:30 KST"):
        # the speaker under a briefing's title, or the title itself when none is above.
        self.byline: int | None = None
        # Every line of the copy is a paragraph (a wire's page without blank lines): a
        # title-shaped line is never the wrapped half of another.
        self.one_line_paragraphs = False
        self.sub_titled = False  # the headline's line under it became its sub-title
        self.tools: set[int] = set()  # a share tool's line between a title and its deck
        self.upper_copy = False  # the title printed twice keeps its upper copy
        self.rows: set[int] = set()  # page rows read above the body (a modified row, left out)
        self.body = len(lines)  # the body's first line, once walk() is called

    def walk(self, body: int) -> int:
        """The index of the head's first line (lines above it are outside)."""
        self.body = body
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
                first = self.first_copy(i)
                if first is None:
                    break
                self.out.add(self.board_copy(first))  # one copy is the headline, one left out
                top, i = first, first - 1
                continue
            top = i
            i -= 1
        self.place_byline()
        if self.headline is None:
            self.out.update(self.short_items)
        if self.headline is None:
            # No line has a headline's shape: the nearest short line above the body that
            # is no counter or file name is the headline after all ("Headline", "Title").
            promoted = next((j for j in range(body - 1, top - 1, -1) if j in self.out
                             and self.lines[j].kind is LineKind.TEXT
                             and not page.page_token(self.lines[j].whole or self.lines[j].text)
                             and not _MARKED_CAPTION.match(self.lines[j].whole or "")
                             and not _GLUED_LABEL.match(self.lines[j].whole or
                                                        self.lines[j].text)),
                            None)
            if promoted is not None:
                self.out.discard(promoted)
                self.headline = promoted
        return top

    def first_copy(self, i: int) -> int | None:
        """A board page prints the title over its rows and again over the body ("Title" /
        담당부서 … 조회수 / "@관련 보도자료" / "Title" / the body): the index of the
        first copy, when only rows, links and counters stand between the two; the links
        and counters between are left out, the rows are read."""
        if self.headline is None:
            return None
        between: list[int] = []
        subs: list[int] = []  # "▶ …" sub-titles between the copies
        for j in range(i, max(-1, i - _ROWS_MAX), -1):
            line = self.lines[j]
            text = line.whole or line.text
            if line.kind is LineKind.TEXT and _same_headline(text, self.lines[self.headline]):
                self.out.update(k for k in between if not self.value_of_label(k))
                for k in subs:
                    sub = self.lines[k].whole or self.lines[k].text
                    self.lines[k] = Line(LineKind.DASH, sub, self.lines[k].lineno, whole=sub)
                self.upper_copy = bool(subs)  # the sub-titles hang under the upper copy
                return j
            if line.kind is LineKind.TEXT and page.chrome_like(line, self.english):
                between.append(j)
            elif line.kind is LineKind.TEXT and text.startswith(_SUB_MARKS):
                subs.append(j)
            elif line.kind is not LineKind.BLANK and line.kind not in _ABOVE_HEADLINE \
                    and not (line.kind is LineKind.TEXT and self.value_of_label(j)):
                return None
        return None

    def board_copy(self, i: int) -> int:
        """Line i prints the headline again above it: the copy to leave out. When the
        body's copy leads with the issuer ("외교부, 제1차 … 개최"), or sub-titles hang under
        the copy at i ("Title" / date / "▶ Sub-title" / "Title"), the title at i becomes the
        headline and the body's copy is left out."""
        assert self.headline is not None
        if _same_core(self.lines[i].whole or self.lines[i].text, self.lines[self.headline]) \
                and not self.upper_copy:
            return i
        body_copy, self.headline = self.headline, i
        return body_copy

    def stacked_title(self, i: int) -> bool:
        """Is line i a title-shaped line right over another (a headline wraps over two
        lines; three or more title-shaped lines in a row are a list of stories)?"""
        return i >= 0 and i not in self.out and page.title_like(self.lines[i]) \
            and not page.chrome_like(self.lines[i], self.english)

    def copy_above(self, i: int) -> bool:
        """Is the headline printed whole above line i, over a board's rows?"""
        assert self.headline is not None
        return any(self.lines[j].kind is LineKind.TEXT and _same_headline(
            self.lines[j].whole or self.lines[j].text, self.lines[self.headline])
            for j in range(i - 1, max(-1, i - _ROWS_MAX), -1))

    def place_byline(self) -> None:
        """The sign-off line over a date is the speaker (a sub-headline) under a title
        found above it, else the title."""
        if self.byline is None:
            return
        if self.headline is None:
            self.headline = self.byline
            return
        line = self.lines[self.byline]
        text = line.whole or line.text
        self.lines[self.byline] = Line(LineKind.DASH, text, line.lineno, whole=text)

    def deck_below(self, i: int) -> bool:
        """A news story's title over its deck, a blank line between ("외교부, “테러는 …”"
        / "" / "프랑스 테러 관련 외교부 대변인 성명") or a share tool's line ("URL복사"),
        under the site's section label ("정치") or first in a news copy: the title is the
        headline, the deck under it a sub-headline."""
        if not self.deck_pair(i):
            return False
        assert self.headline is not None
        below = self.headline
        deck = self.lines[below]
        text = deck.whole or deck.text
        self.lines[below] = Line(LineKind.DASH, text, deck.lineno, whole=text)
        self.headline = i
        return True

    def deck_pair(self, i: int) -> bool:
        """Is line i a story's title over the headline found so far, its deck (see
        deck_below)? Nothing is changed."""
        title = self.lines[i]
        if self.headline is None or self.headline <= i + 1 or not _headline_shaped(title) \
                or (title.whole or title.text).rstrip().endswith(("!", "！")) \
                or page.chrome_like(title, self.english) \
                or any(self.lines[k].kind is not LineKind.BLANK and k not in self.tools
                       for k in range(i + 1, self.headline)):
            return False  # a link or a label over the title ("@관련 기사 바로가기") is none
        if self.copy_above(i):
            return False  # the title printed twice: the upper copy is the title, not this line
        section = page.previous_text(self.lines, i)
        # under the site's section label, or first in a news copy (its body opens with the
        # reporter's byline: the copy shows itself even with no page around it)
        if section is None:
            return self.news_copy
        return page.chrome_like(self.lines[section], self.english) \
            and self.lines[section].kind is LineKind.TEXT

    def tool_over_deck(self, i: int) -> bool:
        """Is line i a share tool's line ("URL복사") between a story's title and its deck?"""
        line = self.lines[i]
        title = page.previous_text(self.lines, i)
        if line.kind is not LineKind.TEXT or self.headline is None or self.sub_titled \
                or page.title_like(line) or not page.chrome_like(line, self.english) \
                or page.next_text(self.lines, i + 1) != self.headline or title is None:
            return False
        self.tools.add(i)
        if self.deck_pair(title):
            self.out.add(i)
            return True
        self.tools.discard(i)
        return False

    def title_above(self, i: int) -> bool:
        """Is there a headline-shaped line above line i, past the page's rows (Date,
        hit and their values) only?"""
        for j in range(i - 1, max(-1, i - _ROWS_MAX), -1):
            line = self.lines[j]
            if line.kind is LineKind.BLANK or line.kind in _ABOVE_HEADLINE \
                    or (line.kind is LineKind.TEXT and self.value_of_label(j)):
                continue
            return _headline_shaped(line)
        return False

    def title_over_stamp(self, i: int) -> bool:
        """A story's title over its timestamp, and under that the title's sub-title, taken
        first for the headline ("Title" / "2031-10-31 22:08" / "Sub-title" / the story):
        line i becomes the headline and the line under the stamp its sub-title."""
        line = self.lines[i]
        text = line.whole or line.text
        if self.headline is None or self.sub_titled or self.headline == i + 1 \
                or not _headline_shaped(line) or page.chrome_like(line, self.english) \
                or text.rstrip().endswith((":", "：")):
            return False
        between = range(i + 1, self.headline)
        if not any(self.lines[k].kind in _STAMPS for k in between) or not all(
                self.lines[k].kind in (LineKind.BLANK, *_STAMPS) or k in self.rows
                for k in between):
            return False  # (a modified row beside the stamp, "최종수정 …", is read as one)
        sub = self.lines[self.headline]
        sub_text = sub.whole or sub.text
        if sub.kind is not LineKind.TEXT or page.SOURCE_TAG.match(sub_text) \
                or (not self.one_line_paragraphs and self.stacked_title(i - 1)) \
                or not self.alone_over_body(self.headline):
            return False  # a portal's tagged title is the title itself; a list of stories
        self.lines[self.headline] = Line(LineKind.DASH, sub_text, sub.lineno, whole=sub_text)
        self.headline = i
        self.sub_titled = True
        return True

    def alone_over_body(self, j: int) -> bool:
        """Does line j stand alone over the body: a blank line under it (in a copy that has
        them), then only blank lines, lines left out, page chrome or sub-titles (no line of
        a paragraph wrapped by hand)?"""
        between = range(j + 1, self.body)
        parted = self.one_line_paragraphs or any(self.lines[k].kind is LineKind.BLANK
                                                 for k in between)
        return parted and all(self.lines[k].kind in (LineKind.BLANK, LineKind.CHROME,
                                                     LineKind.DASH) or k in self.out
                              for k in between)

    def second_sub_title(self, i: int) -> bool:
        """Two sub-titles under a story's stamp rows ("Title" / "기사등록 …" / "“Sub 1”" /
        "“Sub 2”" / the story): the one taken for the headline is the second sub-title,
        line i the first (title_over_stamp then finds the title above the stamps)."""
        line = self.lines[i]
        above = next((k for k in range(i - 1, -1, -1) if self.lines[k].kind is not LineKind.BLANK
                      and k not in self.rows), None)
        if self.headline is None or self.sub_titled or not _headline_shaped(line) \
                or page.chrome_like(line, self.english) or above is None \
                or self.lines[above].kind not in _STAMPS \
                or any(self.lines[k].kind is not LineKind.BLANK
                       for k in range(i + 1, self.headline)):
            return False
        sub = self.lines[self.headline]
        if sub.kind is not LineKind.TEXT or not self.alone_over_body(self.headline):
            return False
        sub_text = sub.whole or sub.text
        self.lines[self.headline] = Line(LineKind.DASH, sub_text, sub.lineno, whole=sub_text)
        self.headline = i
        return True

    def dated_below(self, i: int) -> bool:
        nxt = page.next_text(self.lines, i + 1)
        return nxt is not None and self.lines[nxt].kind in (LineKind.DATE, LineKind.BARE_DATE)

    def speaker_dated(self, i: int) -> bool:
        """The date row under line i names the speaker ("2031.09.03 홍길동 대변인"): line i
        is the briefing's title ("외교부 대변인 브리핑"), not a speaker's line."""
        nxt = page.next_text(self.lines, i + 1)
        last = (self.lines[nxt].whole or self.lines[nxt].text).split()[-1:] if nxt else []
        return bool(last) and last[0].endswith(tuple(labels.RANKS))

    def out_between(self, top: int, body: int) -> list[int]:
        return sorted(i for i in self.out if top <= i < body)

    def notice_above(self, i: int) -> int | None:
        text = self.lines[i].whole or self.lines[i].text
        if self.lines[i].kind is not LineKind.TEXT or not text.endswith((">", "〉", ")", "）")):
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
        above_text = above.whole or above.text
        # an indented line under a URL row ("원본URL" / "http://…" / " <the title again>")
        # is no wrapped rest of it
        return self.lines[previous].kind is LineKind.TEXT and previous == i - 1 \
            and line.indent > 0 and page.URL.search(above_text) is None

    def has_value(self, i: int) -> bool:
        """Does the label at i have its value on the next line?"""
        nxt = page.next_text(self.lines, i + 1)
        if nxt is None:
            return False
        return self.lines[nxt].kind in (LineKind.BARE_DATE, LineKind.TEXT)

    def english_site_label(self, i: int) -> bool:
        """A category line right above the body with a headline-shaped line above it
        (after a blank, or right above it when it is a title of four words or more: a
        copy that lost its blank lines): the site's label under the page's title, not
        the ministry's category above its headline."""
        above = page.previous_text(self.lines, i)
        if above is None or not _headline_shaped(self.lines[above]):
            return False
        title = self.lines[above]
        return above != i - 1 or page.words(title.whole or title.text) >= _TITLE_MIN_WORDS

    def below_headline(self, i: int) -> bool:
        line = self.lines[i]
        if line.kind is LineKind.TEXT and self.value_of_label(i):
            return True
        if line.kind in (LineKind.DASH, LineKind.TEXT) and (
                _REPORTER_ONLY.match(line.text) or page.DATELINE_BYLINE.match(line.text)):
            self.out.add(i)  # "- 홍길동 기자", "(서울=누리일보) 홍길동 기자": the reporter
            return True
        if line.kind is LineKind.TEXT and _MARKED_CAPTION.match(line.whole or line.text):
            self.out.add(i)  # "▲ 홍길동 외교부 장관" over the story: a photo's caption
            return True
        if page.caption(line) and page.next_text(self.lines, i + 1) is not None \
                and page.previous_text(self.lines, i) is not None:
            self.out.add(i)  # a photo's caption between the title and the story
            return True
        if line.kind in (LineKind.DATE_LABEL, LineKind.HIT_LABEL) and not self.has_value(i):
            self.out.add(i)  # "Originally published" with no date under it
            return True
        if line.kind in _BELOW_HEADLINE:
            return True
        if line.kind is LineKind.CATEGORY and self.byline is not None and self.title_above(i):
            self.out.add(i)  # "Press Briefing" over the speaker: the briefing's own label
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
        if self.byline is None and line.kind is LineKind.TEXT \
                and page.sign_off(line.whole or line.text) and self.dated_below(i) \
                and not self.speaker_dated(i):
            self.byline = i
            return True
        if self.byline is not None and labels.board_name(line.whole or line.text):
            self.out.add(i)  # the board's name over a title that is a sign-off's shape
            return True
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
            self.out.add(self.board_copy(i))  # the headline printed twice
            return True
        if self.value_of_label(i):
            return True
        if labels.board_name(text) or (text.endswith(_DETAIL_VIEW) and page.words(text) <= 5):
            self.out.add(i)  # the board's name over the title, not the title's first line
            return True
        below_kind = self.lines[i + 1].kind if i + 1 < len(self.lines) else LineKind.BLANK
        if adjacent and below_kind in (LineKind.DOCTYPE, LineKind.ISSUER):
            return True  # a slogan over the 보도자료 letterhead: the release's own
        if self.deck_below(i) or self.tool_over_deck(i) or self.title_over_stamp(i) \
                or self.second_sub_title(i):
            return True
        if adjacent and self.headline == i + 1 and page.chrome_like(line, self.english) \
                and self.copy_above(i):
            self.out.add(i)  # "@관련 보도자료 바로가기" right over the title's second copy
            return True
        if not (adjacent and self.headline == i + 1 and page.title_like(line)) \
                or self.lines[self.headline].kind is LineKind.TITLE:
            return False  # (a title given with its label, "TITLE …", is whole)
        if not self.one_line_paragraphs and self.stacked_title(i - 1):
            return False  # a stack of titles (other stories' links): no half of this one
        if i > 0 and page.menu_row(text) and page.menu_row(self.lines[i - 1].whole or ""):
            return False  # two rows of a site's menu ("Industry Economy TECH GAME") over the title
        if self.one_line_paragraphs:  # the title, and under it its sub-title
            assert self.headline is not None
            title = self.lines[self.headline]
            sub = title.whole or title.text
            if self.sub_titled or page.SOURCE_TAG.match(sub) or text.rstrip().endswith(":") \
                    or text.startswith(_SUB_MARKS):  # "▶ …" is a sub-title, never the title
                # ("Here's the full statement:" introduces the title under it)
                # a title has one sub-title, and a portal's tagged title ("[외교부]…") is
                # the title itself: the lines above are the page's ("광고 / Ad", a board)
                return False
            self.lines[self.headline] = Line(LineKind.DASH, sub, title.lineno, whole=sub)
            self.headline = i
            self.sub_titled = True
        return True  # else a headline wrapped over two lines


# A reporter's name alone, as a news page lists it under the title: "홍길동 기자", "홍길동·김누리
# 기자".
_REPORTER_ONLY = re.compile(r"^[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4}){0,3}\s?기자$")
# A photo's short caption marked as news pages mark them, over the story: "▲ 홍길동 장관".
# A news page's section glued to its reporter's name over a story without its title
# ("정치엄지인"): one Korean word of a few syllables is no title to promote.
_GLUED_LABEL = re.compile(r"^[가-힣]{2,6}$")
_MARKED_CAPTION = re.compile(r"^[▲△]\s?[^.。!?]{1,40}$")
_STAMPS = (LineKind.DATE, LineKind.BARE_DATE)  # a story's timestamp under its title
_SUB_MARKS = ("▶", "▷", "►")  # a news page's marked sub-title: "▶ 총영사 기자간담회…"
_DETAIL_VIEW = "상세보기"  # a board's label over its title: "Press Releases 상세보기"
_ROWS_MAX = 16  # a board page's rows between two copies of its title
_TITLE_MIN_WORDS = 4  # "Ministry News" over "Press Releases" is a breadcrumb, not a title


def _headline_shaped(line: Line) -> bool:
    """A headline ends no sentence with a period ("… 면담(3.21.)" and "(5.25.)" do not)."""
    return page.title_like(line) and not (line.whole or line.text).endswith(".")


def _core(text: str) -> str:
    return " ".join(page.SOURCE_TAG.sub("", text).split())


def _same_core(text: str, headline: Line) -> bool:
    return _core(text) == _core(headline.whole or headline.text)


# A title's copy led by its issuer's name and a comma, one or two words: "외교부, 제1차 … 개최".
_ISSUER_LEAD = re.compile(r"^[^\s,]{1,12}(?:\s[^\s,]{1,12})?,\s+(?=\S)")


def _same_headline(text: str, headline: Line) -> bool:
    """The same title, or one copy is the other led by its issuer ("외교부, …")."""
    one, other = _core(text), _core(headline.whole or headline.text)
    return one == other or _ISSUER_LEAD.sub("", one, 1) == other \
        or one == _ISSUER_LEAD.sub("", other, 1) or reworded_copy(one, other)
