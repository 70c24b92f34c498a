"""The end of a release on a page, and the page below it (see text_region): where the
release ends (끝., the translation flag, a sign-off, a wire's profile heading, the
last paragraph), the 연락처 block read as the department and contact, and the footer
left out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.captions import photo_caption
from mfa_desk.formats.plaintext.page_chrome import TIP_LINE
from mfa_desk.formats.plaintext.text_lines import EMAIL, Line, LineKind
from mfa_desk.formats.plaintext.text_region_skip import caption_between
from mfa_desk.text import labels
from mfa_desk.text.dates import MONTHS
from mfa_desk.text.script import has_hangul

# Kinds read as metadata wherever they stand (a contact table after 끝.).
METADATA = (LineKind.HEADER, LineKind.CONTACT, LineKind.CONTACT_HEADING, LineKind.ATTACHMENTS,
            LineKind.END, LineKind.UNOFFICIAL)


def _briefing_goes_on(lines: list[Line], i: int) -> bool:
    """In a briefing opened under its section heading ("I. 모두 발언"), a topic's title
    ("강경화 장관, TCS 사무총장단 접견") or a closing "이상입니다." is followed by more of
    it: a paragraph of prose or the next section ("II. 질의 및 응답")."""
    following = page.next_text(lines, i + 1)
    if following is None:
        return False
    line = lines[following]
    return line.kind is LineKind.SECTION or (
        line.kind is LineKind.TEXT and page.prose(line.whole or line.text))


def tail_start(lines: list[Line], body: int, *, one_line: bool = False) -> int:
    """The first line after the release's end: after 끝., the translation flag or a
    sign-off; without one, after the last paragraph of the body."""
    last = body
    structured = lines[body].kind in page.LEVEL1
    above = page.previous_text(lines, body)
    sectioned = above is not None and lines[above].kind is LineKind.SECTION
    for i in range(body, len(lines)):
        line = lines[i]
        text = line.whole or line.text
        if line.kind is LineKind.END or line.end_mark or line.kind is LineKind.UNOFFICIAL:
            return i + 1
        if line.kind is LineKind.CHROME and photo_caption(text) \
                or (one_line and caption_between(lines, i)):
            continue  # a photo's caption, its credit a copyright line: the story goes on
        if not structured and _reporter_address(line) or news_footer(text):
            break  # a news copy's reporter's address or copyright line: the story ended
        if not structured and line.kind is LineKind.TEXT and related_links(lines, i):
            break  # "☞ 다른 기사 제목" / "☞ …": the site's links under a news copy
        if not structured and _WIRE_END.match(text):
            break  # a wire's end mark, "(END)", "(끝)": what follows is the page's
        if line.kind is LineKind.TEXT and (page.sign_off(text) or labels.about_heading(text)
                                           or labels.survey(text)):
            return i
        if line.kind is LineKind.TEXT and (labels.comment_box(text)
                                           or page.RATING_PROMPT.match(text)):
            break  # the page's comment box or rating widget: the body ended above it
        if not structured and _tool_list(lines, i):
            break  # "• RSS" / "• Facebook" / "• print": a page's tools under a news copy
        if not structured and _listed_rows(lines, i):
            break  # "- 누리통신" / "- 2031-03-07 18:59" / "- 기사 전체 보기": a portal's rows
        if line.kind in page.LEVEL1 and not page.link_like(page.paragraph_text(lines, i)) \
                or line.kind in page.BODY_ITEMS \
                or line.kind in (LineKind.ATTACHMENTS, LineKind.REFERENCE, LineKind.SECTION) \
                or (line.kind is LineKind.TEXT and (page.prose(text) or page.address(text))) \
                or (structured and line.kind is LineKind.NUMBERED) \
                or (sectioned and line.kind is LineKind.TEXT and labels.qa_heading(text)):
            last = i  # a sectioned briefing's bare "질의 및 응답" (its "II." lost) goes on
        elif not structured and line.kind is LineKind.TEXT and i > 0 \
                and lines[i - 1].kind is LineKind.BLANK \
                and not page.prose(page.paragraph_lines(lines, i)) \
                and not labels.qa_heading(text) \
                and not (sectioned and _briefing_goes_on(lines, i)):  # "[Q&A]": it goes on
            break  # a run of prose paragraphs ends at a short unmarked line ("외교부 개요")
    end = last + 1
    while end < len(lines) and lines[end].kind is LineKind.TEXT \
            and not _page_button(lines[end].whole or lines[end].text) \
            and not _after_paragraph(lines, end):
        end += 1  # the last paragraph's wrapped lines (not "Share." right under it)
    following = page.next_text(lines, end)
    while following is not None and lines[following].kind is LineKind.TEXT and \
            (_paragraph_like(lines[following]) or _cut_short(lines, following)) \
            and not related_links(lines, following):
        end = following + 1  # a last paragraph cut short ("… 극복해 나")
        following = page.next_text(lines, end)
    if following is not None and _cut_last_point(lines, body, following):
        end = following + 1
    return end


def _reporter_address(line: Line) -> bool:
    """An e-mail address alone on its line ("hong@nuri.example"), or after the reporter's
    name ("홍길동 기자 hong@nuri.example", "YTN 홍길동 (hong@nuri.example)"), or a broadcast
    reporter's sign-off ("NURI 뉴스 홍길동 입니다."): a news copy's reporter under the story,
    not a contact (a release's contacts stand under their caption)."""
    text = EMAIL.sub("@", (line.whole or line.text).strip())
    return (line.kind is LineKind.CONTACT and _REPORTER_LINE.fullmatch(text) is not None) \
        or (line.kind in (LineKind.TEXT, LineKind.CONTACT)
            and (_SITE_REPORTER.fullmatch(text) is not None
                 or _NAME_ADDRESS.fullmatch(text) is not None
                 or _DESK_ADDRESS.fullmatch(text) is not None
                 or _ON_AIR_SIGN_OFF.fullmatch(text) is not None))


_REPORTER_LINE = re.compile(r"(?:[가-힣]{2,4}\s?기자\s{1,3})?@")
# A broadcaster's or a paper's name, the reporter's and the address in parentheses: "YTN
# 홍길동 (hong@nuri.example)", "누리일보 홍길동 기자 (hong@…)".
# A broadcast story's last line, the reporter signing off: "NURI 뉴스 홍길동 입니다.",
# "누리방송 홍길동입니다."
_ON_AIR_SIGN_OFF = re.compile(r"[A-Za-z가-힣]{1,12}(?:\s?뉴스)?\s[가-힣]{2,4}(?:\s?기자)?"
                              r"\s?입니다\.?")
_SITE_REPORTER = re.compile(r"[A-Za-z가-힣]{2,10}\s[가-힣]{2,4}(?:\s?기자)?\s?\(@\)")
# The reporter's name with the address glued in parentheses, no outlet: "홍길동(hong@…)".
_NAME_ADDRESS = re.compile(r"[가-힣]{2,4}(?:\s?기자)?\(@\)")
# A site's newsroom signing the story with its address, no reporter: "누리닷컴 뉴스룸
# open@nuri.example", "누리일보 온라인뉴스부 (news@…)". A release's contact names a person.
_DESK_ADDRESS = re.compile(r"[A-Za-z가-힣]{2,10}\s(?:[가-힣]{0,6}(?:뉴스룸|뉴스부|편집국|보도국)"
                           r"|newsroom|news\sdesk)\s?(?:@|\(@\)|<@>)", re.I)
# A news site's copyright line under its story: "저작권자 © 누리통신 무단전재 및 재배포 금지",
# "<저작권자(c) 누리뉴스, 무단 전재-재배포 금지>", "Copyright ⓒ Nuri. All rights reserved.".
_NEWS_FOOTER = re.compile(r"무단\s?(?:전재|복제)|재배포\s?금지|all rights reserved"
                          r"|(?:저작권자|copyright)\s?(?:ⓒ|©|\(c\))", re.I)


# A wire service's end mark alone on its line under the story: "(END)", "(끝)", "<끝>".
_WIRE_END = re.compile(r"^\s*[(<]\s?(?:END|끝)\s?[)>]\s*$", re.I)


def news_footer(text: str) -> bool:
    """A copyright line is short and no sentence of a story ("… 막기로 했다."), unless it
    carries the copyright sign itself. So is the site's tip line ("기사문의 및 제보 : 카톡
    …", "제보하기"); a portal's note under the summary it made of the story is a footer too."""
    text = text.strip()
    if _SUMMARY_NOTE.search(text) or _DATED_CREDIT.match(text) or _STAMP_UNDER.match(text):
        return True  # (… or the agency's dated credit closing a copy: "(Nuri News Agency …)")
    if len(text) > _FOOTER_MAX or text.endswith("다."):
        return len(text) <= _FOOTER_MAX and _NEWS_FOOTER.search(text) is not None \
            and _COPYRIGHT_SIGN.search(text) is not None
    return _NEWS_FOOTER.search(text) is not None or TIP_LINE.search(text) is not None


# A portal's note under its machine summary of a story: "… 기사 내용을 3줄로 요약한 결과입니다.
# … 본문 전체 읽기를 권장합니다.", "자동 추출 기술로 요약된 내용입니다. … 기사 본문 전체보기를
# 권장합니다." A release summarises nothing by machine.
_SUMMARY_NOTE = re.compile(r"요약(?:한|된)\s?(?:결과|내용)입니다"
                           r"|본문\s?전체\s?(?:읽기|보기)를?\s?권장")


def related_links(lines: list[Line], i: int) -> bool:
    """Line i opens a list of links to other stories, each marked with a pointing hand
    or arrow ("☞ …", "▶ …"): the next line of text is marked too, or there is none. Or
    unmarked, the titles stacked right over the page's own line (_stacked_titles)."""
    if not _POINTED.match(lines[i].whole or lines[i].text):
        return _stacked_titles(lines, i)
    following = page.next_text(lines, i + 1)
    return following is None or _POINTED.match(lines[following].whole or lines[following].text) \
        is not None


_POINTED = re.compile(r"^[☞▶▷►]\s?\S")
_TITLE_LINE_MAX = 120  # characters: a story's title, not a paragraph
_TITLES_MIN = 2  # one short line under a story may be its own last words


def _stacked_titles(lines: list[Line], i: int) -> bool:
    """Titles of other stories under a blog's story, a paragraph each, right over the page's
    own line ("Comments are closed."): two or more short lines, all but one ending no
    sentence (a story's last paragraphs end theirs)."""
    run: list[str] = []
    j: int | None = i
    while j is not None and lines[j].kind is LineKind.TEXT and lines[j - 1].kind is LineKind.BLANK:
        text = (lines[j].whole or lines[j].text).strip()
        if labels.comment_box(text):
            break
        if len(text) > _TITLE_LINE_MAX or not text[:1].isupper():
            return False
        run.append(text)
        j = page.next_text(lines, j + 1)
    open_ended = sum(not page.ends_sentence(text) for text in run)
    below = None if j is None else lines[j]
    return below is not None and (below.kind is LineKind.CHROME or labels.comment_box(
        below.whole or below.text)) and len(run) >= _TITLES_MIN and open_ended >= len(run) - 1


_FOOTER_MAX = 100  # the real ones are 30-70 characters
_COPYRIGHT_SIGN = re.compile(r"ⓒ|©|\(c\)|copyright", re.I)


def _cut_last_point(lines: list[Line], body: int, i: int) -> bool:
    """"□ 또한, 정 장관은 ▴남아공 상황, ▴브라질 내": a copy that stops inside its last
    □ point (or inside a briefing's last question). The line ends the text and carries
    the body's own □ marker; short as it is, it is no menu entry (menus are numbered or
    bulleted, not boxed)."""
    line = lines[i]
    if page.next_text(lines, i + 1) is not None:
        return False
    if line.kind is LineKind.TEXT and page.QA_TURN.match(line.whole or line.text):
        # "<질문> 국방부 관계자가": a briefing's copy that stops inside its last question,
        # marked as the turns above it are
        return any(lines[j].kind is LineKind.TEXT
                   and page.QA_TURN.match(lines[j].whole or lines[j].text)
                   for j in range(body, i))
    if line.kind is LineKind.TEXT and page.BRIEFING_CLOSING.match(line.whole or line.text):
        # "이상 발표 마치": a briefing's copy that stops inside the closing line of its
        # opening remarks, under a section heading
        return any(lines[j].kind is LineKind.SECTION for j in range(i))
    return line.kind is LineKind.BOX and lines[body].kind is LineKind.BOX \
        and page.words(line.text) >= 4 and len(line.text) >= 30


_LISTED_ROWS = 3  # a portal's rows under its story: the agency, the stamp, a link


def _listed_rows(lines: list[Line], i: int) -> bool:
    """A portal's rows under a photo's or a summary's text written as "- " items, one of
    them its time stamp ("- 2031-03-07 18:59"). A release's "-" items say what happens, and
    none is a page's stamp."""
    for j in range(i, min(len(lines), i + _LISTED_ROWS)):
        text = lines[j].whole or lines[j].text
        if lines[j].kind is LineKind.BARE_DATE and text[:1] in "-•·" and _STAMP_UNDER.match(text):
            return True
        if lines[j].kind is not LineKind.DASH:
            return False
    return False


def _after_paragraph(lines: list[Line], i: int) -> bool:
    """"… 밝혔다." / "[누리일보=홍길동 기자]" / "▶다른기사보기": a short page line right
    under a paragraph that ended its sentence is the page's, not a wrapped line of it."""
    above = lines[i - 1]
    return above.kind is LineKind.TEXT and page.ends_sentence(above.whole or above.text) \
        and (page.chrome_like(lines[i], False) or related_links(lines, i))


def _page_button(text: str) -> bool:
    """A share button, a comment box or the copyright line, even with no blank line above."""
    return labels.tool_bar(text) or labels.comment_box(text) \
        or bool(page.RATING_PROMPT.match(text)) or news_footer(text)


def _paragraph_like(line: Line) -> bool:
    text = line.whole or line.text
    return page.words(text) >= 4 and len(text) >= 30 and not page.chrome_like(line, False) \
        and labels.label_of(text, labels.CONTACT_CAPTIONS) is None and not news_footer(text)


def _tool_list(lines: list[Line], i: int) -> bool:
    """A browser's list bullet "•" before a few words ("• KBS World Radio Mobile", "• RSS"):
    a page's widget. A release marks its items "○", "ㅇ", "-", and its "-" items under a note
    are its own, however short."""
    line = lines[i]
    return line.kind is LineKind.LEVEL2 and line.marker.strip() == "•" \
        and page.link_like(line.text)


def _cut_short(lines: list[Line], i: int) -> bool:
    """The copy's last line, a few words that begin a paragraph and stop mid-sentence: "Ahead
    of", "\"Especially, Mini", "한편 재외동포청은 … 언제 어디서", "2000년 9월부터 … 활동 중". A
    paragraph cut where the copy ends: its words go on (an English function word last, a
    quote left open; a Korean word with its particle before more words), where a page's last
    line ("Top stories", "많이 본 기사") names something."""
    line = lines[i]
    text = (line.whole or line.text).strip()
    if page.next_text(lines, i + 1) is not None or page.ends_sentence(text) \
            or page.furniture(text) or news_footer(text) \
            or labels.label_of(text, labels.CONTACT_CAPTIONS) is not None:
        return False
    words = text.split()
    if has_hangul(text):
        return len(words) >= _CUT_KOREAN_WORDS and _PARTICLE_WORD.search(text) is not None
    return len(words) >= 2 and (words[-1] in _GOES_ON_WORDS or text.count("\"") % 2 == 1
                                or text.count("“") > text.count("”") or text.endswith(","))


# A Korean word closed by its particle with more words after it: a clause under way. (Not
# 이, 가, 로, 과: "많이 본 기사", "새로 나온", "결과 보기" end words of a page's names.)
_PARTICLE_WORD = re.compile(r"[가-힣](?:은|는|을|를|에서|부터|으로|에게)\s\S")
_CUT_KOREAN_WORDS = 3
_GOES_ON_WORDS = frozenset({"of", "the", "a", "an", "to", "and", "or", "in", "on", "at", "for",
                            "with", "by", "from", "that", "as", "its", "his", "her", "their"})


def read_contact_block(lines: list[Line], tail: list[int]) -> set[int]:
    """"연락처" / "외교부 유럽국 북유럽과" / "사무관 김하늘" / "02-2100-7720" under a news
    copy: one 담당자 field. Returns the lines it used (read, not left out)."""
    used: set[int] = set()
    for n, i in enumerate(tail):
        if labels.label_of(lines[i].whole or lines[i].text, labels.CONTACT_CAPTIONS) is None:
            continue
        rows: list[int] = []
        for j in tail[n + 1:n + 7]:
            # the rows follow one another; blank lines may part them from the caption
            # ("연락처" / "" / "외교부" / "대변인실" / …). In a copy with a blank line after
            # every line, one blank line parts each row from the next, as from the caption.
            steps = ({1, 2} if rows[0] == i + 2 else {1}) if len(rows) == 1 else \
                {rows[1] - rows[0]} if rows else set()
            adjacent = j - rows[-1] in steps and lines[j - 1].kind in (
                LineKind.BLANK, *ROW_KINDS) if rows else all(
                lines[k].kind is LineKind.BLANK for k in range(i + 1, j))
            if not adjacent or lines[j].kind not in ROW_KINDS:
                break
            rows.append(j)
        if not rows or not any(lines[j].kind is LineKind.CONTACT or _LOCAL_PHONE.fullmatch(
                lines[j].whole or lines[j].text) for j in rows):
            continue
        # The rows naming the office come first ("외교부" / "국제기구국" / "…담당관"): they
        # are the department; the person and the phone follow.
        split = 0
        while split < len(rows) - 1 and _names_office(lines[rows[split]]):
            split += 1
        office = " ".join(lines[j].whole or lines[j].text for j in rows[:split])
        person = " ".join(lines[j].whole or lines[j].text for j in rows[split:])
        caption = lines[i]
        for j in rows:
            lines[j] = dataclasses.replace(lines[j], kind=LineKind.BLANK)
        lines[rows[0]] = Line(LineKind.HEADER, person, lines[rows[0]].lineno, field="담당자",
                              whole=f"담당자 {person}")
        lines[i] = Line(LineKind.HEADER, office, caption.lineno, field="담당부서",
                        whole=f"담당부서 {office}") if office else \
            dataclasses.replace(caption, kind=LineKind.BLANK)
        used.update([i, *rows])
    return used


ROW_KINDS = (LineKind.TEXT, LineKind.CONTACT, LineKind.ISSUER)
# A Seoul number without its area code, alone on a row of a contact block ("2100-7337"
# under "외교통상부 일본과"): only there, as "2009-2010" elsewhere is a span of years.
_LOCAL_PHONE = re.compile(r"\(?\d{3,4}\)?[-.]\d{4}")


def _names_office(line: Line) -> bool:
    text = line.whole or line.text
    return line.kind in (LineKind.TEXT, LineKind.ISSUER) and len(text.split()) <= 4 and \
        text.rstrip(")）").endswith(labels.DEPARTMENT_ENDS)


def cut_tail(lines: list[Line], tail: list[int], kept: set[int], out: set[int],
              web_page: bool, english: bool) -> bool:
    """Leave out the page below the release: all of it on a page that showed itself
    above the release, else from its first evident chrome line on. Metadata (a
    contact table after 끝.) is read wherever it stands."""
    cutting = web_page
    footer = False  # below a site's survey all is the site's, its phone rows too
    story_ended = False  # a news copy's reporter or copyright line: its tip line is the site's
    for n, i in enumerate(tail):
        line = lines[i]
        text = line.whole or line.text
        footer = footer or (line.kind is LineKind.TEXT and labels.survey(text))
        if not cutting and i not in kept and _caption_over_box(lines, tail[n:]):
            out.add(i)
            continue
        if footer:
            out.add(i)
            cutting = True
            continue
        if i not in kept and (_reporter_address(line) or news_footer(text)):
            out.add(i)  # a news copy's reporter or copyright line under the story
            cutting = story_ended = True
            continue
        if story_ended and i not in kept and line.kind is LineKind.CONTACT:
            out.add(i)  # the site's tip line under a news copy ("[전화] 02-…", "[메일] …")
            continue
        if i in kept or line.kind in METADATA:
            continue
        if not cutting and (page.chrome_like(line, english) or page.sign_off(text)
                            or related_links(lines, i)) \
                and "연락처" not in text:
            cutting = True
        if cutting:
            out.add(i)
    return cutting


def _caption_over_box(lines: list[Line], tail: list[int]) -> bool:
    """"워싱턴서 열린 한미 외교장관 회담" / "당신의 의견을 남겨주세요": a short line that ends
    no sentence, under the story and right over the page's comment box or copyright line (the
    photographer's name or the caption printed again may stand between), is a photo's caption
    left under the story (a release's closing lines are no such box's)."""
    line = lines[tail[0]]
    text = line.whole or line.text
    if len(tail) < 2 or line.kind is not LineKind.TEXT or page.ends_sentence(text) \
            or page.words(text) > _CAPTION_WORDS_MAX \
            or labels.label_of(text, labels.CONTACT_CAPTIONS) is not None:
        return False
    for j in tail[1:1 + _CAPTION_LOOK]:  # the photographer's name, the caption again between
        below = (lines[j].whole or lines[j].text).strip()
        if lines[j].kind is LineKind.TEXT and (labels.comment_box(below) or news_footer(below)):
            return True
        if below != text.strip() and (page.words(below) > 2 or page.ends_sentence(below)):
            return False
    return False


_CAPTION_WORDS_MAX = 8
_CAPTION_LOOK = 3  # lines under a caption looked at for the comment box


# A wire's send time closing its copyright line, or alone under the story: "<저작권자
# (c) 누리통신 무단전재 및 재배포금지> 2031/02/07 17:17 송고". The day the story went out,
# the page's date when the copy shows none above the story.
_SEND_TIME = re.compile(r"(?:^|[\s>〉)])(\d{4})/(\d{2})/(\d{2})\s\d{1,2}:\d{2}\s?송고$")


# A page's time stamp alone under its story: "2031/06/13 17:05 KST", a portal's "- 2031-03-07
# 18:59" row. The time makes it a stamp: a release's closing date ("2031. 6. 13.") has none.
_STAMP_UNDER = re.compile(r"^(?:[-•·]\s)?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\.?\s\d{1,2}:\d{2}"
                          r"(?::\d{2})?(?:\s[A-Z]{2,4})?$")


def sent_on(texts: list[str]) -> dt.date | None:
    """The day a wire sent the story, from its send-time stamp in the lines left out (or a
    page's time stamp alone under the story), or from the agency's credit closing an English
    copy, dated ("(Nuri News Agency April 17, 2031)")."""
    for text in texts:
        m = _SEND_TIME.search(text.strip()) or _STAMP_UNDER.match(text.strip())
        credit = _DATED_CREDIT.match(text.strip())
        try:
            if m:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if credit and credit.group(1).lower()[:3] in MONTHS:
                return dt.date(int(credit.group(3)), MONTHS[credit.group(1).lower()[:3]],
                               int(credit.group(2)))
        except ValueError:
            return None  # "2031/02/30": no day; the stamp is left as the page's
    return None


_DATED_CREDIT = re.compile(r"^\((?:[A-Z][\w.&'-]{1,20}\s){1,4}([A-Z][a-z]{2,8})\.?\s(\d{1,2}),"
                           r"\s(\d{4})\)$")
