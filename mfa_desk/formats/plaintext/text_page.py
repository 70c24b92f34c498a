"""What a line of a pasted web page looks like, judged by its shape: a sentence of
the release, a title, or a link, a counter or a label of the page around it.

The region finder (text_region) uses these judgments; they are principles, not
one page's strings: a menu entry is short and ends no sentence, a counter is a
number alone, an image or file name is one token, a release sentence ends with
a period (or the Korean 다).
"""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext.text_lines import Line, LineKind
from mfa_desk.text import labels
from mfa_desk.text.dates import DATE_TEXT
from mfa_desk.text.script import has_hangul

# (a quotation may close a sentence: "… mentioned 'complete denuclearization.'")
SENTENCE_ENDS = (".", "!", "?", "。", "다", ".)", ".”", ".\"", "?”", "다)",
                 ".'", ".’", "?'", "?’")
# A menu entry or a link is short; a release sentence rarely is.
_LINK_MAX_WORDS = 10
_LINK_MAX_CHARS = 60
URL = re.compile(r"(?:https?://|www\.)\S{1,2000}", re.I)
# "%uD55C%uBBF8" and "%20": a file name or address copied still escaped.
_ESCAPED = re.compile(r"%(?:u[0-9A-Fa-f]{4}|[0-9A-Fa-f]{2})")
_NUMBER_ONLY = re.compile(r"^[+\-]?\s?[\d,.]{1,12}$")
# A run of counters after a word: "정책 0 150 0", "+ 9" (shares, likes, views).
_COUNTERS = re.compile(r"^(?:\S{1,6}\s)?(?:[+\-]?\s?\d[\d,]{0,9}(?:\s|$)){1,6}$")
_TIMESTAMP = re.compile(r"^(?:\S{1,4}\s)?" + DATE_TEXT + r"(?:\s*\(\S{1,3}\))?(?:\s\S{1,6})?$",
                        re.I)
_BREADCRUMB = re.compile(r"^(?:[>›»]\s?\S|\S[^>›»]{0,40}\s[>›»]\s\S)")
# A page's information bar: cells parted by "|", one of them a date written with digits
# ("07/01/2022 | Press release | Archived content", "2022.07.15 | 외교부 | 조회 150").
_INFO_CELL_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?(?:\s\d{1,2}:\d{2})?$")
_INFO_CELLS_MAX = 8
_FILE_NAME = re.compile(r"^\S{1,200}\.(?:hwp|hwpx|pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip)$", re.I)
# An image's alternative text left as a token: "world1", "img_03", "photo2".
_TOKEN = re.compile(r"^(?:[A-Za-z\-]{1,20}\d{1,4}|\w{1,30}_\w{1,30})$")
_HASHTAGS = re.compile(r"^(?:#[^\s#]{1,40}\s?){1,20}$")
# A widget's counter cells, a label and a number each: "[Total: 0 Average: 0]", "Votes: 12".
_COUNTER_CELLS = re.compile(r"^[\[(]?(?:[^\W\d_]{1,12}\s?[:：]\s?[\d.,]{1,9}\s?){1,4}[\])]?$")
# A rating widget's prompt under a post: "Click to rate this post!", "Rate this article".
RATING_PROMPT = re.compile(r"^(?:(?:click|tap)\s(?:here\s)?to\srate|rate\sthis\s(?:post|article|"
                           r"page|story))\b", re.I)
# A line of "?" only, or "?" standing between Hangul letters: characters a wrong code
# page could not carry (a middle dot "·", a special bracket).
QUESTION_LINE = re.compile(r"^[?？\s]{1,200}$")
QUESTION_IN_WORD = re.compile(r"[가-힣]\?[가-힣]")


def words(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """Ends as a sentence does, a short attribution in parentheses after it allowed
    ("… 여쭙고 싶습니다. (한국일보 홍길동 기자)")."""
    text = text.rstrip()
    if text.endswith(SENTENCE_ENDS):
        return True
    opening = text.rfind("(", max(0, len(text) - _ATTRIBUTION_MAX))
    return text.endswith(")") and opening > 0 and text[:opening].rstrip().endswith(SENTENCE_ENDS)


_ATTRIBUTION_MAX = 40


def sentence_like(text: str) -> bool:
    """A sentence of a release: it ends as one, or it is long (a cut last point)."""
    return ends_sentence(text) and len(text) >= 12 or len(text) > _LINK_MAX_CHARS * 2


def link_like(text: str) -> bool:
    """A menu entry, a link or a widget's item: short, and no sentence ends in it."""
    return not ends_sentence(text) and len(text) <= _LINK_MAX_CHARS * 1.5 \
        and words(text) <= _LINK_MAX_WORDS


# A marked item that gives a value under a short label ("ㅇ 투표장소 : 누리대사관 1층 강당",
# "ㅇ 일시 : 3.27(수)"): a notice's own item, however short; a menu entry names a page.
_LABELLED_ITEM = re.compile(r"^[^\s:：]{1,8}(?:\s[^\s:：]{1,8})?\s?[:：]\s?\S")


def menu_entry(text: str) -> bool:
    """A marked line that is a menu's or a widget's entry, not an item of the body."""
    return link_like(text) and _LABELLED_ITEM.match(text) is None


# A paragraph's aside in brackets on its own line ("(2031.1.1 ~ 2.10 기간 중에 신고한 사람)"
# under an item): the body's, though it ends no sentence. Long: a photo credit is short.
_ASIDE = re.compile(r"^\([^()]*(?:\([^()]*\)[^()]*)*\)$")
_ASIDE_MIN = 30


def body_text(text: str) -> bool:
    """An unmarked line of the body: a prose paragraph, a speech's address, a long aside."""
    return prose(text) or address(text) or (len(text) >= _ASIDE_MIN and words(text) >= 3
                                            and _ASIDE.match(text.strip()) is not None)


def prose(text: str) -> bool:
    """An unmarked paragraph of a release (a copy that lost its markers): a sentence,
    or a long paragraph whose end was cut or left unfinished ("… 증대될 것으로 예상")."""
    return (ends_sentence(text) and len(text) >= 12 or len(text) >= _LINK_MAX_CHARS * 1.5) \
        and words(text) >= 3


# A speech's address to its audience, on its own line or as the block of names over the first
# paragraph: "패널 위원여러분,", "김성환 장관님, … 위원여러분,", "Ladies and gentlemen,". Short,
# closed by a comma or "!" after the honorific; the speech goes on under it.
_ADDRESS = re.compile(r"^[^.?!]{2,160}(?:님|여러분)\s?[,!]$"
                      r"|^(?:(?:ladies\sand\sgentlemen|(?:your\s)?excellenc(?:y|ies)|distinguished\sguests"
                      r"|dear\s(?:colleagues|friends))[^.?!]{0,120})[,!]$", re.I)


def address(text: str) -> bool:
    """A speech's address line: part of the speech's body, however short."""
    return _ADDRESS.match(text.strip()) is not None


def page_token(text: str) -> bool:
    """A counter, a timestamp, a URL, a file or image name, hashtags: page furniture
    that is never a headline or a sentence."""
    text = text.strip()
    return bool(_NUMBER_ONLY.match(text) or _COUNTERS.match(text) or _TIMESTAMP.match(text)
                or URL.fullmatch(text) or _FILE_NAME.match(text) or _TOKEN.match(text)
                or _HASHTAGS.match(text) or len(_ESCAPED.findall(text)) >= 3
                or _COUNTER_CELLS.match(text) or RATING_PROMPT.match(text)
                or QUESTION_LINE.match(text))


def info_bar(text: str) -> bool:
    """A row of short cells parted by "|" that holds a date: the page's, not a title
    ("10/07/2024 | News release | Distributed by Public on 10/07/2024 00:47")."""
    cells = [c.strip() for c in text.split("|", _INFO_CELLS_MAX)]
    return 2 <= len(cells) <= _INFO_CELLS_MAX \
        and all(c and words(c) <= _INFO_CELL_WORDS and not ends_sentence(c) for c in cells) \
        and any(_INFO_CELL_DATE.match(c) for c in cells)


_INFO_CELL_WORDS = 8


def title_like(line: Line) -> bool:
    """Could the line be a headline? Two words at least, not page furniture, not a
    navigation entry, not a sentence-long paragraph."""
    text = line.whole or line.text
    if line.kind is not LineKind.TEXT or page_token(text) or _BREADCRUMB.match(text):
        return False
    if text.lower() in labels.NAVIGATION_WORDS or labels.tool_bar(text) or info_bar(text) \
            or SITE_CREDIT.match(text) or _TAG_LIST.match(text) or labels.comment_box(text):
        return False
    return words(text) >= 2 and not (ends_sentence(text) and len(text) > 150)


def chrome_like(line: Line, english: bool) -> bool:
    """Is the line evidently part of a web page, not of a release? (The region finder
    leaves out what lies outside the release only when the page shows itself.)"""
    text = line.whole or line.text
    if line.kind in (LineKind.CHROME, LineKind.HIT, LineKind.HIT_LABEL):
        return True
    if line.kind in (LineKind.NUMBERED, LineKind.LEVEL2, LineKind.BOX, LineKind.LEVEL3,
                     LineKind.DASH) and link_like(line.text):
        return True  # a numbered menu, social links, a widget's bullets, a list of stories
    if english and has_hangul(text) and not ends_sentence(text):
        return True  # Korean skip links and search on an English page
    if line.kind is not LineKind.TEXT or labels.qa_heading(text):
        return False  # "[질문·답변]": a briefing's own heading, however short
    return furniture(text) or (words(text) <= 3 and not ends_sentence(text))


# A labelled list of tags: "Recommended #foreign envoys #North Korea", "관련태그 #외교부".
_TAG_LIST = re.compile(r"^[A-Za-z가-힣]{2,15}\s#\S")


def menu_row(text: str) -> bool:
    """"Industry Economy TECH GAME": a row of a site's English menu, capitalised words
    only, no punctuation, no small word between them (a title has "of", "with", "to")."""
    tokens = text.split()
    return len(tokens) >= _MENU_ROW_MIN and all(
        _MENU_WORD.fullmatch(t) is not None for t in tokens)


_MENU_ROW_MIN = 3
_MENU_WORD = re.compile(r"[A-Z][A-Za-z]{1,15}")


def caption(line: Line) -> bool:
    """"South Korea flag.": a photo's caption of three words or fewer under a story's
    title (where the region finder asks), no paragraph of the release. English only: a
    Korean caption is marked ("▲ …"), and "이상 발표 마치겠습니다." is a sentence."""
    text = line.whole or line.text
    return line.kind is LineKind.TEXT and words(text) <= _CAPTION_MAX_WORDS \
        and text.endswith(".") and not text.endswith("..") and not has_hangul(text)


_CAPTION_MAX_WORDS = 3


def furniture(text: str) -> bool:
    """A line no release writes: a counter, a URL, a breadcrumb, a navigation word,
    a tool bar, an information bar, a comment box (a short line alone may still be a
    release's)."""
    return (page_token(text) or bool(_BREADCRUMB.match(text)) or URL.search(text) is not None
            or text.lower() in labels.NAVIGATION_WORDS or labels.tool_bar(text)
            or info_bar(text) or labels.comment_box(text) or bool(SITE_CREDIT.match(text)))


# A news site's credit for its writer: the site's name in capitals, "=", the writer's name
# ("NURINEWS=Hong Gil-dong").
SITE_CREDIT = re.compile(r"^[A-Z][A-Z0-9]{1,15}\s?=\s?[A-Z][a-z]{1,15}"
                          r"(?:[-\s][A-Z]?[a-z]{1,15}){0,3}$")


def notice_block(lines: list[Line], i: int) -> int | None:
    """An editor's notice in angle brackets over one or more lines ("<이 기사는 …" …
    "… 책임이 있습니다.>"), or a wire's editor's tag on a line of its own ("(ATTN: UPDATES
    with …)"): the index of its last line, None when lines[i] opens none."""
    text = lines[i].whole or lines[i].text
    if lines[i].kind is LineKind.TEXT and EDITOR_TAG.match(text):
        return i
    if lines[i].kind is not LineKind.TEXT or not text.startswith(("<", "〈")) \
            or text.startswith(("<참고", "〈참고")):
        return None
    for j in range(i, min(i + 8, len(lines))):
        if lines[j].kind is LineKind.BLANK:
            return None
        if (lines[j].whole or lines[j].text).endswith((">", "〉")):
            return j
    return None


def sign_off(text: str) -> bool:
    """"Spokesperson and Deputy Minister for Public Relations": the office that issued
    the release, under its last point."""
    lower = text.lower().replace("’", "'")
    if QA_TURN.match(text):
        return False  # "<질문> 대변인님, …": a briefing's question, cut short
    # "Spokesperson's Statement on …" is a title about what the office said, no sign-off
    return words(text) <= 15 and not ends_sentence(text) and \
        any((lower.startswith(w) or f" {w}" in lower[:40]) and f"{w}'s" not in lower
            for w in labels.SIGN_OFF_WORDS)


# A wire's note to editors, a whole line in parentheses led by a label in capitals:
# "(ATTN: UPDATES with government statement)", "(EDITOR'S NOTE: …)". A note of the release
# ("(Note: the figures are provisional.)") has no capital label.
EDITOR_TAG = re.compile(r"^[(（]\s?[A-Z][A-Z'’ ]{1,20}[:：]\s?[^()（）]{1,200}[)）]$")
# The closing line of a briefing's opening remarks: "이상입니다.", "이상입니다. 질문 받겠습니다.",
# "이상 발표 마치겠습니다" (perhaps cut short: "이상 발표 마치"), "오늘은 여기까지입니다",
# "That's all for my opening remarks."
BRIEFING_CLOSING = re.compile(r"^(?:이상입니다|이상으로|이상\s?발표\s?마치|오늘은 여기까지"
                              r"|(?:that's|this is) all for)", re.I)
# A turn of a briefing's questions and answers: "<질문> …", "[답변] …", "Q: …", "A. …".
QA_TURN = re.compile(r"^\s*(?:[<〈\[(（]\s*(?:질문|답변|문|답|Q|A)\s*[>〉\])）]|[QA]\s?[:.]\s)")
# A source tag before the headline: "[외교부]", "[보도자료]", "【정부】".
SOURCE_TAG = re.compile(r"^\s*[\[【〔]([^\]】〕]{1,12})[\]】〕]\s*")
# A blog's or a social repost's tags after the headline: "… on December 22 #Korea #Russia".
# A tag starts with a letter ("Korea Ranked #1" keeps its rank). Looked for in a line's
# last characters only, so a long line costs nothing.
HASHTAGS = re.compile(r"(?:\s+#[^\W\d_][^\s#]{0,39}){1,10}\s*$")
HASHTAGS_TAIL = 480
# A dateline or byline before the first paragraph of a news copy:
# "서울--(뉴스와이어)--", "(누리일보)", "(서울=연합뉴스)", "[누리일보] ", "[서울=누리일보]".
NEWS_DATELINE = re.compile(r"^[^\s()]{1,10}\s?--\s?\([^()]{1,20}\)\s?--")
# The reporter or desk credited after a wire's dateline: "(서울=연합뉴스) 홍길동 기자 = ",
# "(경주=연합뉴스) 특별취재단 = ".
# "(워싱턴=연합뉴스) 홍길동 특파원 = ": names, then 기자, 특파원 or a desk (…취재단).
_CREDIT_TEXT = r"(?:[가-힣]{2,4}\s){0,3}[가-힣]{0,6}(?:기자|특파원|취재단)\s?=\s+(?=\S)"
_CREDIT = r"(?:" + _CREDIT_TEXT + r")?"
# A syndicated wire's place and a colon before its first sentence: "Seoul: South Korean …"
# (an Indian agency's copy). A label's colon ("Note: …", "Photo: …") is no place's.
_PLACE_COLON = (r"(?!(?:Note|Notes|Photo|Photos|Source|Update|Updated|Editor|Summary|Background"
                r"|Contact|Question|Answer|Statement|Date|Time|Related|Watch|Read|Listen)\b)"
                r"[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{2,15})?:\s(?=[A-Z][\w'’-]{0,20}\s)")
# ... and in capitals, a Singapore or Malaysian copy's "SEOUL: A South Korean …", wherever it
# stands (a label in capitals, "NOTE: …", "UPDATE: …", is none).
_CAPS_PLACE_COLON = (r"(?!(?:NOTE|NOTES|PHOTO|PHOTOS|SOURCE|UPDATE|UPDATED|UPDATES|EDITOR|SUMMARY"
                     r"|BREAKING|ATTN|CORRECTION|CLARIFICATION|EXCLUSIVE|ANALYSIS|FACTBOX|WATCH|READ"
                     r"|ALSO|RELATED|CONTACT|DATE|TIME|LIVE|VIDEO)\b)"
                     r"[A-Z]{3,15}(?:\s[A-Z]{3,15})?:\s(?=[A-Z][\w'’-]{0,20}\s)")
DATELINE = re.compile(r"^(?:[^\s()]{1,10}\s?--\s?\([^()]{1,20}\)\s?--\s?"
                      r"|\((?:[^()\s\d]{2,12}|[^()\s]{1,6}=[^()\s]{1,12})\)\s+" + _CREDIT +
                      r"|\[[^\[\]\s\d]{2,12}\]\s+|\[[^\[\]\s]{1,6}=[^\[\]\s]{1,12}\]\s*" + _CREDIT
                      + r"|" + _PLACE_COLON + r")")
# A news agency's place and name in square brackets, a Korean word next: "[서울=누리통신] 홍길동
# 대통령은 …" (its photo desk writes no reporter). The name is an agency's or a paper's.
_AGENCY_BRACKET = (r"\[[가-힣]{1,6}=[^\[\]\s]{0,10}(?:뉴스|뉴시스|통신|일보|신문|방송|TV)\]"
                   r"\s(?=[가-힣])")
# A wire's dateline, unmistakable wherever it stands: "서울--(뉴스와이어)--", "(서울=X)
# 홍길동 기자 = " and "[서울=X]홍길동 기자 = " with the reporter's credit (an agency's
# photo desk's "[서울=X] 홍길동 대통령은 …" without one), an English wire's "SEOUL, May 2
# (Yonhap) -- " (a Gulf wire's "Seoul, May 2 (QNA) - ") and a news site's "Seoul,
# (Samajweekly) ".
WIRE_DATELINE = re.compile(r"^(?:[^\s()]{1,10}\s?--\s?\([^()]{1,20}\)\s?--\s?"
                           r"|[(\[][^()\[\]\s]{1,6}=[^()\[\]\s]{1,12}[)\]]\s?" + _CREDIT_TEXT +
                           r"|" + _AGENCY_BRACKET +
                           r"|[A-Z][A-Za-z]{1,15}(?:\s[A-Z][A-Za-z]{1,15})?,(?:\s[A-Z][a-z]{2,8}\.?"
                           r"\s\d{1,2})?\s\([A-Z][^()]{1,20}\)(?:\s?(?:--|—|–|-)\s?|\s)"
                           r"|[A-Z]{3,15}(?:\s[A-Z]{3,15})?\s[–—]\s(?=[A-Z“\"])"  # "SEOUL – …"
                           r"|[A-Z]{3,15}(?:\s[A-Z]{3,15})?\s\([A-Z][A-Za-z.&]{1,15}\)\s?(?:--|[-–—])\s?"
                           r"(?=[A-Z“\"])"  # a Reuters copy's "SEOUL (Nuri) -South Korea's …"
                           r"|[A-Z]{3,15}(?:\s[A-Z]{3,15})?,\s[A-Z]{3,9}\.?\s\d{1,2}(?:,\s\d{4})?,\s[A-Z]{3,20}"
                           r"\.\s(?=[A-Z“\"])"  # "NURI CITY, MAY 3, NURIPRESS. The …"
                           r"|" + _CAPS_PLACE_COLON +
                           r"|[A-Z]{3,15}(?:\s[A-Z]{3,15})?\s\([A-Z][^()]{1,30}\s[-–—/]\s[^()]{1,40}\)\s"
                           r"(?=[A-Z“\"]))")  # "MOSCOW (Nuri News / Sori - 19th October, 2031) …"
# A paper's dateline and reporter on a line of their own over the first paragraph:
# "(서울=누리일보) 홍길동 기자", "[워싱턴=누리신문] 김누리 특파원". No paragraph of the story.
DATELINE_BYLINE = re.compile(r"^[(\[][^()\[\]\s]{1,6}=[^()\[\]\s]{1,12}[)\]]\s?"
                             r"(?:[가-힣]{2,4}\s?)?(?:기자|특파원)$")
# A reporter's byline glued before the first paragraph: "[누리일보 홍길동 기자] …",
# "누리일보 홍길동 기자 | …" (a news copy, wherever it stands).
# The name may be written solid with 기자 ("[누리일보, 홍길동기자]").
BYLINE = re.compile(r"^(?:\[[^\[\]]{1,30}(?:\s|(?<=[가-힣]))기자\]\s?"
                    r"|[^\s|]{1,12}(?:\s[^\s|]{1,12}){0,2}(?:\s|(?<=[가-힣]))기자\s?\|\s?)")


# ------------------------------------------------------------------ a release on one line

# Inline markers of a Korean release pasted on one line: "… 하였다. □ 양측은 …".
_INLINE_MARK = re.compile(r"(?<!\s)\s+(?=[□■○ㅇ※]\s)")
_INLINE_END = re.compile(r"(?<=[.。)]\s끝\.)\s+(?=\S)|(?<=[.。)]끝\.)\s+(?=\S)")
_ONE_LINE_MAX_MARKS = 300  # a release has tens of items, not thousands
_ONE_LINE_MIN = 150  # a line this long holding two or more markers is a whole release
_HEAD_PIECES = re.compile(r"(?<!\s)\s+(?=(?:https?://|www\.)\S)|(?<=\S)\s+(?=\+\s\d)"
                          r"|(?<!\s)\s+(?=\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s\d{1,2}:\d{2})")
_TRAILING_COUNTERS = re.compile(r"(?<!\s)\s(\S{1,6}(?:\s\d[\d,]{0,9}){2,6})$")


def split_one_line(raw: str) -> list[str] | None:
    """A release that reached us on one line: split before its markers and after 끝.,
    and its head into the headline and the page's counters, timestamp and links.
    None when the line is not such a release."""
    if len(raw) < _ONE_LINE_MIN:
        return None
    marks = len(_INLINE_MARK.findall(raw))
    if not 2 <= marks <= _ONE_LINE_MAX_MARKS:
        return None
    raw = " ".join(raw.split())
    pieces: list[str] = []
    for part in _INLINE_MARK.split(raw.strip()):
        pieces.extend(_INLINE_END.split(part))
    head, body = pieces[0], pieces[1:]
    if head[:1] in "□■○ㅇ※":
        return pieces
    head_pieces = []
    for piece in _HEAD_PIECES.split(head):
        m = _TRAILING_COUNTERS.search(piece)
        if m and not URL.match(piece):
            head_pieces += [piece[:m.start()], m.group(1)]
        else:
            head_pieces.append(piece)
    return [p for p in head_pieces if p.strip()] + body


def split_glued_paragraphs(raw: str) -> list[str] | None:
    """Paragraphs a page printed without their breaks, one glued to the next at its full
    stop ("… it said.Earlier in the year, …", "… 밝혔다.외교부는 …"): the pieces, when a
    long line holds two such joints or more (one alone may be a typo), or any line three or
    more (three typos in a row are none: a page that prints each sentence as a paragraph,
    "… 밝혔다.이는 … 조치다.외교부는 …", lost its breaks), else None."""
    joints = [m.end() for m in _GLUED_JOINT.finditer(raw)]
    if len(raw) < _GLUED_MIN and len(joints) < _GLUED_JOINTS_SHORT_LINE:
        return None
    if not _GLUED_JOINTS_MIN <= len(joints) <= _ONE_LINE_MAX_MARKS:
        return None
    starts = [0, *joints]
    return [raw[a:b].strip() for a, b in zip(starts, [*joints, len(raw)], strict=True)]


# A full stop with the next paragraph's first letter right after it: after a small letter,
# a digit or a closing quote or bracket, before a capital (perhaps quoted); a Korean
# sentence's "다." before Hangul or an opening quote. "U.S.Army" (a capital before the stop),
# "3.5" and "yna.co.kr" are no joints.
_GLUED_JOINT = re.compile(r"(?<=[a-z0-9%)\]”\"’])\.(?=[“\"]?[A-Z][a-z ])"
                          r"|(?<=다)\.(?=[가-힣“\"‘'(\[])")
_GLUED_MIN = 300  # characters: several paragraphs
_GLUED_JOINTS_MIN = 2
_GLUED_JOINTS_SHORT_LINE = 3  # joints that split a line shorter than _GLUED_MIN


# ------------------------------------------------------------------ paragraphs of lines

LEVEL1 = (LineKind.NUMBERED, LineKind.BOX)
BODY_ITEMS = (LineKind.LEVEL2, LineKind.LEVEL3, LineKind.DASH, LineKind.NOTE)


def paragraph_text(lines: list[Line], i: int) -> str:
    """The text of the item at i with the lines wrapped under it (up to a blank line
    or the next marked line)."""
    parts = [lines[i].text]
    for j in range(i + 1, min(i + 40, len(lines))):
        if lines[j].kind is LineKind.BLANK:
            continue  # a blank line inside a wrapped paragraph is no structure
        if lines[j].kind is not LineKind.TEXT:
            break
        parts.append(lines[j].whole or lines[j].text)
    return " ".join(parts)


def paragraph_lines(lines: list[Line], i: int) -> str:
    """The unmarked paragraph starting at i: its lines up to a blank or a marked line.
    A block of three or more short lines is a list of links, not a wrapped paragraph:
    its first line alone is returned; unless only its last line ends a sentence (a
    paragraph wrapped short, as Korean papers wrap theirs: "외교부는" / "홍길동 장관이 …" /
    "… 전했다.")."""
    parts = []
    for j in range(i, min(i + 40, len(lines))):
        if lines[j].kind is not LineKind.TEXT:
            break
        parts.append(lines[j].whole or lines[j].text)
    if len(parts) >= 3 and sorted(len(p) for p in parts)[len(parts) // 2] < _WRAP_MIN \
            and not (ends_sentence(parts[-1]) and not any(ends_sentence(p) for p in parts[:-1])):
        return parts[0]
    return " ".join(parts)


_WRAP_MIN = 40  # the lines of a paragraph wrapped by hand are longer than this


def previous_text(lines: list[Line], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if lines[j].kind is not LineKind.BLANK), None)


def next_text(lines: list[Line], i: int) -> int | None:
    return next((j for j in range(i, len(lines)) if lines[j].kind is not LineKind.BLANK), None)


# A paragraph, not a label or a menu item: real releases' points and news paragraphs
# are 40 characters and longer, the page's short lines (menus, dates) are not.
_PARAGRAPH_CHARS = 40
_MARKED_LINE = re.compile(r"^(\d{1,2}\.|□|ㅇ|○|°|˚|※)\s*\S")


def looks_like_release(text: str) -> bool:
    """Whether pasted text is a whole release (or a page holding one) rather than a
    phrase: two marked lines; or three lines or more, two of them paragraphs (a news
    copy or a briefing without markers: 40 of 93 real pages pasted into an empty
    release went into the headline cell as one block); or a release on one line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) == 1:
        return split_one_line(lines[0]) is not None
    marked = sum(1 for line in lines if _MARKED_LINE.match(line))
    paragraphs = sum(1 for line in lines if len(line) >= _PARAGRAPH_CHARS)
    return len(lines) >= 3 and (marked >= 2 or paragraphs >= 2)

