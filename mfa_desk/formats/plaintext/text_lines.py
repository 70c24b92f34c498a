"""What one line of a pasted or saved release is, judged on its own.

`classify_line` looks only at the line; the importer (text_import) decides
with the context (before or after the headline, inside the 붙임 list) what a
kind means there. Markers are removed from the text they return.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mfa_desk.formats.plaintext.captions import photo_caption, photo_credit
from mfa_desk.formats.plaintext.date_rows import LABELLED_STAMP, US_STAMP, date_row, us_stamp_read
from mfa_desk.formats.plaintext.page_chrome import AD_PLACEHOLDER, STORY_AGE, is_navigation
from mfa_desk.text import labels
from mfa_desk.text.dates import DATE_TEXT
from mfa_desk.text.script import has_hangul


class LineKind(StrEnum):
    BLANK = "blank"
    CHROME = "chrome"  # web-page navigation: "KOR", "본문 바로가기", "List"
    CATEGORY = "category"  # "Press Releases"
    DOCTYPE = "doctype"  # 보도자료, 보도참고자료, 보도설명자료
    DATE = "date"  # "Date 2026-03-18"
    DATE_LABEL = "date_label"  # "Date" alone: its value is on the next line (a web table)
    BARE_DATE = "bare_date"  # a line that is only a date: "2026-09-26", "2026. 11. 4.(수)"
    HIT = "hit"  # "hit 123": a view counter, dropped
    HIT_LABEL = "hit_label"  # "hit" alone: the count is on the next line
    ISSUER = "issuer"  # the letterhead "외교부" / "Ministry of Foreign Affairs"
    CONTACT_HEADING = "contact_heading"  # "담당부서 | 담당자 | 연락처": a contact table's head
    HEADER = "header"  # a Korean header field: 보도일시, 배포일시, 담당부서, 책임자, 담당자
    CONTACT = "contact"  # "사무관 임채원 (02-2100-8117)" on its own line
    TITLE = "title"  # "제목: ..."
    NUMBERED = "numbered"  # "1." level 1 (or an item of the 붙임 list)
    BOX = "box"  # "□" level 1 in Korean
    LEVEL2 = "level2"  # "°" "º" "˚" "◦" "o " "ㅇ" "○" and the Korean "가."
    DASH = "dash"  # "-": a sub-headline before the first point, level 3 after it
    LEVEL3 = "level3"  # the Korean "1)" and "가)" (numbered releases)
    NOTE = "note"  # "*" or "※"
    SECTION = "section"  # "Ⅰ. 추진 배경": a section heading above □ points
    REFERENCE = "reference"  # "<참고> 행사 개요": a reference section, kept as notes
    UNOFFICIAL = "unofficial"  # "* unofficial translation"
    ATTACHMENTS = "attachments"  # 붙임 / 별첨 / "Attachments:"
    END = "end"  # "끝." alone on its line
    TEXT = "text"  # anything else: a paragraph or the continuation of one


@dataclass(frozen=True)
class Line:
    kind: LineKind
    text: str  # the content without its marker, whitespace collapsed
    lineno: int  # 1-based
    number: int | None = None  # the number of a "1." line
    marker: str = ""  # the marker as written
    field: str = ""  # the header field name, spaces removed (보도일시, ...)
    end_mark: bool = False  # the line ended with the end mark "끝."
    whole: str = ""  # the whole line, marker included (for a kind that means text here)
    indent: int = 0  # leading whitespace (tabs, spaces, U+3000) before the text


_CATEGORIES = labels.CATEGORIES
SECTION_CATEGORIES = labels.SECTION_CATEGORIES
_LETTERHEAD_PREFIX = re.compile(r"^(?:대한민국)?외교부")
_DOCTYPES = labels.DOCUMENT_TYPES
_BRACKETS = "[]〔〕<>〈〉《》「」【】()"
# The caption of a closing contact table: "<담당자 연락처>", "[연락처]"
_CONTACT_CAPTION = re.compile(r"^[\[<〈(【]?\s*(?:담당자?\s*)?연락처\s*[\]>〉)】]?$")
_CONTACT_COLUMNS = labels.CONTACT_COLUMNS
# The letterhead of a 보도자료 or of the English page: not the headline.
# "Ministry of Foreign Affairs of the Republic of Korea": a wire's source line, too.
_ISSUER = re.compile(r"^(?:대한민국\s*)?외교부$|^(?:the\s+)?ministry\s+of\s+foreign\s+affairs"
                     r"(?:,?\s+(?:of\s+)?(?:the\s+)?republic\s+of\s+korea)?$|^mofa$", re.I)

_DATE_WORD = "(?:" + "|".join(labels.DATE_LABELS) + ")"
_HIT_WORD = r"(?:hits?|views?|조회수?)"
_DATE = re.compile(r"^" + _DATE_WORD + r"\s*[:：]?\s*" + DATE_TEXT
                   + r"(?:\s*\|?\s*" + _HIT_WORD + r"\s*[:：]?\s*[\d,]+)?$", re.I)
_DATE_LABEL = re.compile(r"^" + _DATE_WORD + r"\s*[:：]?$", re.I)
# The targets of a site's skip links, copied as words after the date ("Menu Content").
_SKIP_WORDS = frozenset({"content", "contents", "본문", "main", "navigation", "go", "skip"})
_DATE_HEAD = re.compile(r"^" + _DATE_WORD + r"\s*[:：]?\s*" + DATE_TEXT + r"\s+", re.I)
# A news page's time stamps on one row, the first one's label "Written" too and the
# time after a dash: "Written: 2023-09-22 09:58:01Updated: 2023-09-22 10:02:20",
# "Published : Mar 27, 2023 - 10:37  Updated : Mar 27, 2023 - 10:37", "입력 2021.08.27
# 10:00 수정 2021.08.27 10:30" (a bar or slash between: "… 10:11 | 수정 …", "… ㅣ 수정 …",
# "… / 수정 …"), a Korean paper's "등록 : … 수정 : …", "승인 2005.02.22 00:00", "게재 일자 : …"
# and "기사등록 2023/03/21 15:22:03", the paper's name in brackets before it ("[누리일보]
# 기사입력 …"). The first date is the page's.
_STAMP = r"\s*[:：]?\s*" + DATE_TEXT + r"(?:\s*[-,]\s*\d{1,2}:\d{2})?"  # "…, 17:01" too
_STAMPS = re.compile(r"^(?:\[[^\[\]]{1,20}\]\s?)?(?:" + _DATE_WORD  # "Posted on … at 3:12 pm"
                     + r"|writ(?:ten|e)|작성|등록|승인|게재\s?일자|기사\s?(?:입력|등록))(?:\son)?"
                     + _STAMP + r"(?:\sat\s\d{1,2}:\d{2}\s?[ap]\.?m\.?)?\s*(?:[|ㅣ│｜/]\s*)?(?:(?:"
                     + "|".join(labels.MODIFIED_LABELS) + r"|수정|update)" + _STAMP + r")?$", re.I)
# The issuer written after a date: a Korean mission or the ministry, by its full name.
_KOREAN_OFFICE = (r"(?:the\s)?(?:(?:embassy|consulate(?:\sgeneral)?|mission)\sof\sthe\srepublic"
                  r"\sof\skorea(?:\s(?:in|to)\s[^.]{1,40})?|ministry\sof\sforeign\saffairs"
                  r"(?:,?\s(?:of\s)?(?:the\s)?republic\sof\skorea)?)")
# A briefing's date line may carry the time and the zone ("June 30, 2022 14:30 KST"),
# a portal's or a statement's the issuer ("2021.08.24 외교부", "3 October 2024 Embassy
# of the Republic of Korea"), a news copy's the reporter's byline ("2021-06-11     홍길동
# 기자", a name of two to four syllables, an e-mail after it).
_REPORTER = r"\s{1,12}[가-힣]{2,4}\s?기자(?:\s{1,3}[\w.+-]{1,40}@[\w.-]{1,60})?"
# ... or a briefing's speaker, a name and a rank ("2019.01.17 노규덕 대변인", korea.kr).
_SPEAKER = r"\s{1,12}[가-힣]{2,4}\s?(?:" + "|".join(sorted(labels.RANKS, key=len, reverse=True)) \
    + r")"
# ... or a news page's time after a dash and the wire it came by ("Feb. 3, 2031 - 12:06 By
# Nuri"), a Korean one's ("2031.07.07. 오후 7:40."), a clock's ("Monday, February 28, 2031,
# 5:06 pm"), or the time before the date ("10:48 June 10, 2031").
_TIME_BY = (r"\s{1,3}-\s{1,3}\d{1,2}:\d{2}"
            r"(?:\s{1,3}by\s[A-Z][\w.&'-]{1,20}(?:\s[A-Z][\w.&'-]{1,20}){0,2})?")
BARE_DATE = re.compile(r"^(?:\d{1,2}:\d{2}\s{1,3})?" + DATE_TEXT  # "June 13, 2031 | 3:12 PM"
                       + r"(?:(?:\s{1,3}|\s?\|\s?)\d{1,2}:\d{2}"
                       r"(?:\s?[ap]\.?m\.?|\s{1,3}[A-Z]{2,4})?|"
                       + _TIME_BY + r"|\s{1,3}오[전후]\s?\d{1,2}:\d{2}\.?"
                       r"|,?\s{1,3}\d{1,2}:\d{2}\s?[ap]\.?m\.?)?"
                       r"(?:\s{1,3}[가-힣]{1,12}(?:부|처|청|위원회)|\s{1,3}" + _KOREAN_OFFICE
                       + r"|" + _REPORTER + r"|" + _SPEAKER + r")?$", re.I)
_HIT = re.compile(r"^" + _HIT_WORD + r"\s*[:：]?\s*[\d,]+$", re.I)
_HIT_LABEL = re.compile(r"^" + _HIT_WORD + r"\s*[:：]?$", re.I)
COUNT = re.compile(r"^[\d,]+$")


def _spaced(word: str) -> str:
    # Korean headers often space out field names: "보 도 일 시".
    return r"\s*".join(word)


_HEADER_FIELDS = labels.HEADER_FIELDS
_HEADER = re.compile(
    r"^(" + "|".join(_spaced(f) for f in _HEADER_FIELDS) + r")\s*(?:[:：|｜│]\s*|\s+|$)(.*)$"
)
# Inside a header row only a field name followed by a separator starts a field;
# "엠바고" is also a word of a 보도일시 value ("조간 엠바고"), so it needs a colon.
_HEADER_KEYWORD = re.compile(
    r"(?:^|(?<=[\s|｜│/]))(" + "|".join(_spaced(f) for f in _HEADER_FIELDS[:-1])
    + r"|" + _spaced("엠바고") + r"(?=\s*[:：|｜│]))(?=[\s:：|｜│]|$)")


def split_header_fields(text: str) -> list[tuple[str, str]]:
    """A header line may hold several fields (a table row pasted as one line):
    "보도일시 | 2026. 3. 18.(수) 즉시 | 배포일시 | 2026. 3. 18.(수) 10:00"."""
    found = list(_HEADER_KEYWORD.finditer(text))
    fields: list[tuple[str, str]] = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        # "담당부서 유럽국 서유럽과 / 담당자 ...": the mark between two fields is no
        # part of either value.
        value = text[m.end():end].strip(" \t|｜│:：/／,;")
        fields.append((m.group(1).replace(" ", ""), value))
    return fields


# "제목: …", and an English board's "TITLE …" row (capitals: "Title 42 …" is a headline).
_TITLE = re.compile(r"^(?:제\s?목|TITLE)\s*(?:[:：|]\s*|\s+|$)(.*)$")
_SUBTITLE = re.compile(r"^부\s?제(?:목)?\s*(?:[:：|]\s*|\s+)(.+)$")
# A date such as "3. 18.(수)" at the start of a wrapped line is not point 3.
_DATE_START = re.compile(r"^\d{1,2}\.\s*\d{1,2}\.")
# Up to three digits: a long English release numbers its points past 99.
NUMBERED = _NUMBERED = re.compile(r"^(\d{1,3})\.(?!\d)\s*(.*)$")
_SECTION = re.compile(r"^([\u2160-\u216b])\.?\s*(.+)$")
# The same numerals typed as Latin capitals over a Korean heading: "I. 모두 발언",
# "II. 질의 및 응답" (an English "I. …" line is a sentence, not a heading).
_LATIN_SECTION = re.compile(r"^(I{1,3}|IV|V|VI{1,3}|IX|X)\.\s{1,3}(\S.{0,40})$")
_BOX = re.compile(r"^([□■❏❑◻☐])\s*(.*)$")
# "ㅇ" (a Hangul letter that never starts a word) may touch its text: "ㅇ양측은";
# a Latin "o" is a marker only before a space.
_LEVEL2 = re.compile(r"^([°º˚◦○●∘•▪▫◯ㅇ]|o(?=\s))\s*(.*)$")
_KO_SYLLABLES = "가나다라마바사아자차카타파하"
KO_SYLLABLES = _KO_SYLLABLES  # the order of the lettered marks 가. 나. 다. / 가) 나)
_KO_LEVEL2 = re.compile(r"^([" + _KO_SYLLABLES + r"]\.)\s+(.*)$")
_DASH = re.compile(r"^([-–—‐‑－―─]|ㅡ(?=\s))(?:\s+|(?=[가-힣])|$)(.*)$")
# Level 3 and the deeper Korean marks: 1) 가) (1) (가) ① ㉮, and the middle dots ㆍ ·.
_LEVEL3 = re.compile(
    r"^(\d{1,2}\)|[" + _KO_SYLLABLES + r"]\)|\(\d{1,2}\)|\([" + _KO_SYLLABLES + r"]\)"
    r"|[\u2460-\u2473]|[\u326e-\u327b]|[ㆍ·∙‧](?=\s|[가-힣]))\s*(.*)$")
# "- unofficial translation": a repost (ReliefWeb) turns the "*" into a list dash
_UNOFFICIAL = re.compile(
    r"^(?:[*※]|-(?=\s))?\s*[(\[]?\s*(?:this\s+is\s+an?\s+)?unofficial\s+(?:english\s+)?translation"
    r"(?:\s+of\s+the\s+korean(?:\s+\w+){0,2})?\s*[)\]]?\s*[.:：]?$", re.I)
_NOTE = re.compile(r"^([*※]+)\s*(.*)$")
# A reference section after the points: "<참고> 행사 개요", "[참고 1]", "【참고자료】".
_REFERENCE = re.compile(r"^[<〈\[【(]\s*참\s*고\s*(?:자\s*료)?\s*\d*\s*[>〉\]】)]\s*(.*)$")
_ATTACHMENTS = re.compile(
    r"^(?:(붙\s*임|별\s*첨|첨\s*부\s*(?:파\s*일)?)(?=[\s:：\d]|$)"
    # English: the word then a colon, the line's end, or the first numbered item
    # ("Attachment 1. Photos of the meeting"), as 붙임 is written.
    r"|(attachments?|attached(?:\s+files?)?|enclosures?)\s*(?=[:：]|$|\d{1,2}\.\s))"
    r"\s*[:：]?\s*(.*)$", re.I)
_END_ALONE = re.compile(r"^(?:[-–—]\s*)?(?:/\s*끝\s*/|끝\s*\.?)(?:\s*[-–—])?$")
# "끝." after the last text: separated by two spaces, or after a sentence's period
# ("하였다. 끝.", "하였다.끝."), or written "/끝/".
_END_TAIL = 64
_END_TRAILING = re.compile(
    r"(?:\s{2,}끝\.?|(?<=[.。)])\s*끝\.|(?<=[.。)])\s+끝|\s*/\s*끝\s*/)\s*$")

PHONE = re.compile(r"(?:\+\d{1,3}[-\s]?)?\(?0?\d{1,3}\)?[-.\s]\d{3,4}[-.\s]\d{4}")
# Bounded and anchored at a word's start: a 1 MB token must not make a search
# quadratic (the unbounded form took 9.4 s on a 40,000-character word).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
EXTENSION = re.compile(r"(?:내선|ext\.?)\s*[:：]?\s*\d{3,5}", re.I)


_CONTACT_MAX = 200  # a contact line is short: rank, name, phone, e-mail


def is_contact_text(text: str) -> bool:
    """"사무관 임채원 (02-2100-8117)", "홍길동 hong@mofa.go.kr": a phone, e-mail or
    extension with at most a few Korean words (rank, name, department) around it."""
    if len(text) > _CONTACT_MAX or not (PHONE.search(text) or EMAIL.search(text)
                                        or EXTENSION.search(text)):
        return False
    rest = EXTENSION.sub(" ", EMAIL.sub(" ", PHONE.sub(" ", text)))
    return re.fullmatch(r"[가-힣○\s()\[\],/|:：·☎]*(?:tel\.?|e-?mail)?[\s:：]*", rest, re.I) \
        is not None and len(rest.split()) <= 6


_ZERO_WIDTH = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
# Control characters (Cc) and space separators (Zs): one pattern, so a long line is
# cleaned at C speed rather than character by character.
_ODD_SPACE = re.compile("[\x00-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def normalize_line(raw: str) -> str:
    """NFC, control characters and odd spaces to plain spaces, runs collapsed."""
    text = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", raw))
    return " ".join(_ODD_SPACE.sub(" ", text).split())


def indent_of(raw: str) -> int:
    """Leading whitespace, a tab counting as four spaces (tabs, NBSP, U+3000 included)."""
    raw = _ZERO_WIDTH.sub("", raw).replace("\t", "    ")
    return len(raw) - len(raw.lstrip())


_TABLE_RULE = re.compile(r"^[-=─━+|│┃┌┐└┘├┤┬┴┼:\s]+$")
_TABLE_BORDER = " |│┃"


# "보도자료   보도일시: 2026. 3. 4.(수) 즉시": the document type and the first header
# field on one line (the top row of the header table copied as one line).
_DOCTYPE_THEN_FIELD = re.compile(
    r"^\s*(?:(?:대한민국\s*)?외교부\s+)?(보\s*도\s*(?:(?:참\s*고|설\s*명|해\s*명)\s*)?자\s*료)"
    r"\s*[|｜│]?\s+(?=(?:" + "|".join(_spaced(f) for f in _HEADER_FIELDS) + r")\s*[:：|｜│\s])")


def classify_row(raw: str, lineno: int) -> list[Line]:
    """The line as one classified line, or two when it holds the document type
    followed by a header field, or a page's date row followed by the title."""
    text = normalize_line(raw)
    title_at = _title_after_date(text)
    if title_at is not None:
        return [classify_line(text[:title_at], lineno), classify_line(text[title_at:], lineno)]
    m = _DOCTYPE_THEN_FIELD.match(text)
    if m is None:
        return [classify_line(raw, lineno)]
    doctype = m.group(1).replace(" ", "")
    return [Line(LineKind.DOCTYPE, doctype, lineno),
            classify_line(normalize_line(raw)[m.end():], lineno)]


def classify_line(raw: str, lineno: int) -> Line:
    text = normalize_line(raw)
    if _TABLE_RULE.match(text) and len(text) >= 3 or text.strip(_TABLE_BORDER) == "":
        # a table's rule line ("+-----+", "|---|---|"): no text in it
        return Line(LineKind.BLANK, "", lineno)
    if text[:1] in _TABLE_BORDER[1:]:
        # a table row pasted with its borders: "| 담당부서 | 유엔과 |"
        raw = _ZERO_WIDTH.sub("", raw).strip().strip(_TABLE_BORDER)  # a border behind a BOM
        text = normalize_line(raw)
    indent = indent_of(raw)
    if _END_ALONE.match(text):
        return Line(LineKind.END, "", lineno, end_mark=True, indent=indent)
    # Look for a trailing end mark before spaces are collapsed: the two spaces
    # in front of it are what tell it from a sentence ending in the word 끝.
    # Only the line's last characters can hold it: searching there keeps a line of any
    # length linear (a run of spaces made the search quadratic).
    stripped = _ZERO_WIDTH.sub("", raw).rstrip()
    tail_at = max(0, len(stripped) - _END_TAIL)
    trailing = _END_TRAILING.search(stripped, tail_at)
    end_mark = trailing is not None
    if trailing:
        text = normalize_line(stripped[: trailing.start()])
        if not text:  # "/끝/" with spaces around it
            return Line(LineKind.END, "", lineno, end_mark=True, indent=indent)
    half = _half_width_mark(text)
    line = _classify(half, lineno)
    if line.kind is LineKind.TEXT:  # no mark after all: the text as written
        return Line(LineKind.TEXT, text, lineno, end_mark=end_mark, whole=text, indent=indent)
    return Line(line.kind, line.text, lineno, line.number, line.marker, line.field, end_mark,
                half, indent)


# Full-width marks typed on a Korean keyboard: "１．", "（１）", "＊", "－".
_FULL_WIDTH_MARK = re.compile(r"^[\uff10-\uff19\uff0e\uff08\uff09\uff0a\uff0d]+")


def _half_width_mark(text: str) -> str:
    """The leading full-width mark in ASCII (the text after it stays as written)."""
    m = _FULL_WIDTH_MARK.match(text)
    if not m:
        return text
    return "".join(chr(ord(c) - 0xFEE0) for c in m.group(0)) + text[m.end():]


# ------------------------------------------------------------------ the classifier table
#
# One row per kind of line, tried in order: (kind, test, read). `test` looks at the
# line's text and returns a match (or True) when the row applies, None or False when
# not; `read` turns that into the Line's fields (text, marker, number, field). Guards
# that keep a sentence from being taken for a label live in the test.

_Read = Callable[[str, "re.Match[str] | None"], dict[str, Any]]
_Test = Callable[[str], "re.Match[str] | bool | None"]


@dataclass(frozen=True)
class _Rule:
    kind: LineKind
    test: _Test
    read: _Read


def _whole(text: str, m: re.Match[str] | None) -> dict[str, Any]:
    return {"text": text}


def _group(n: int) -> _Read:
    return lambda text, m: {"text": m.group(n) if m else text}


def _marked(text: str, m: re.Match[str] | None) -> dict[str, Any]:
    assert m is not None
    return {"text": m.group(2), "marker": m.group(1)}


def _date_before_links(text: str) -> bool:
    """A date row with the page's links glued after it ("date 2023-09-22 Menu Content"),
    or a photo's credit or caption ("date 2024-01-19 Photo : YONHAP News"): every word after the
    date is a navigation or tool word, or the rest is a credit."""
    m = _DATE_HEAD.match(text)
    rest = text[m.end():] if m else ""
    words = rest.lower().split()
    return bool(words) and (all(w in _SKIP_WORDS or w in labels.NAVIGATION_WORDS
                                or w in labels.TOOL_WORDS for w in words) or photo_credit(rest)
                            or photo_caption(rest)
                            or _SOURCE_CREDIT.match(rest) is not None)


# The wire a news copy came by, in brackets after its date: "date 2020-09-01 (Yonhap)".
_SOURCE_CREDIT = re.compile(r"^\((?:[A-Z][\w.&'-]{1,20}(?:\s[A-Z][\w.&'-]{1,20}){0,2}"
                            r"|[가-힣]{2,10})\)$")
# A news copy's English byline with the reporter's address: "By Hong Gil-dong
# (hong@nuri.example)". No release signs itself so.
_EMAIL_BYLINE = re.compile(r"^[Bb]y\s[A-Z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{0,30}){0,3}\s?[(<]?"
                           r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[)>]?$")
# A page's date row with the story's title glued after it ("date 2021-11-25 S. Korea to
# open consulate in Bali"): a title's shape, a capital or Hangul first, no closing period,
# a few words. A date glued to the first paragraph ("date … Korean President Yoon will
# embark … . Korean Ambassador …") or to a list of other stories ("date … - Item") is not one.
_TITLE_AFTER_DATE = re.compile(r"^[A-Z0-9\"'“‘\[가-힣「『][^\n]{5,200}(?<![.!?。])$")
_TITLE_AFTER_DATE_MAX_WORDS = 20


# A page's date row glued to the story's first paragraph when the copy has no title: the
# paragraph opens on a wire's dateline ("date 2031-02-16 SEOUL, Feb. 16 (Nuri) -- …") or is a
# long sentence closed by its full stop ("date 2031-07-06 South Korea has decided … said
# Thursday."). The row is the page's date; the rest the paragraph.
_PARAGRAPH_AFTER_DATE = re.compile(
    r"^[A-Z][A-Z .'-]{1,30},\s[A-Z][a-z]{2,4}\.?\s\d{1,2}\s\([A-Z][\w.&'-]{1,20}"
    r"(?:\s[A-Z][\w.&'-]{1,20}){0,2}\)\s?--\s"
    r"|^[A-Z][^\n]{60,}[.!?][\"”']?(?:\s?\([A-Z][\w-]{1,20}\))?$")
_PARAGRAPH_AFTER_DATE_MIN_WORDS = 12


def _title_after_date(text: str) -> int | None:
    """Where the title, or the first paragraph of a copy without a title, starts on a date
    row that carries one, else None."""
    m = _DATE_HEAD.match(text)
    if m is None or _date_before_links(text):
        return None
    rest = text[m.end():]
    if _TITLE_AFTER_DATE.match(rest) and len(rest.split()) <= _TITLE_AFTER_DATE_MAX_WORDS:
        return m.end()
    return m.end() if _PARAGRAPH_AFTER_DATE.match(rest) and \
        len(rest.split()) >= _PARAGRAPH_AFTER_DATE_MIN_WORDS else None


def _doctype_of(text: str) -> str:
    # "보도자료", "보 도 자 료", "[보도자료]", and "외교부 보도참고자료" (the letterhead
    # and the document type on one line).
    return _LETTERHEAD_PREFIX.sub("", text.replace(" ", "")).strip(_BRACKETS)


def _is_contact_heading(text: str) -> bool:
    columns = [w for w in re.split(r"[\s|/]+", text.lower()) if w]
    return len(columns) >= 2 and all(w in _CONTACT_COLUMNS for w in columns)


def _header_field(text: str) -> re.Match[str] | None:
    """A header field; "담당자들이 ..." at the start of a wrapped line is a sentence: a
    contact field must hold a phone number or be short, "엠바고" a date or a colon."""
    m = _HEADER.match(text)
    if m is None:
        return None
    field, value = m.group(1).replace(" ", ""), m.group(2).strip()
    if field == "엠바고":
        ok = re.match(r"^엠\s*바\s*고\s*[:：|]", text) is not None or bool(re.search(r"\d", value))
    else:
        ok = (field not in ("책임자", "담당자", "문의", "문의처") or len(value) <= 20
              or bool(PHONE.search(value) or EMAIL.search(value) or EXTENSION.search(value)))
    return m if ok else None


def _latin_section(text: str) -> re.Match[str] | None:
    m = _LATIN_SECTION.match(text)
    heading = m is not None and has_hangul(m.group(2)) \
        and not m.group(2).rstrip().endswith((".", "다"))
    return m if heading else None


def _numbered(text: str) -> re.Match[str] | None:
    m = _NUMBERED.match(text)
    return m if m and not _DATE_START.match(text) else None  # "3. 18.(수)" is a date


def _item(pattern: re.Pattern[str]) -> _Test:
    """A marked item whose text follows the mark, or the mark alone (its text on the
    next line)."""
    def test(text: str) -> re.Match[str] | None:
        m = pattern.match(text)
        return m if m and (m.group(2) or text == m.group(1)) else None
    return test


_RULES: tuple[_Rule, ...] = (
    _Rule(LineKind.CHROME, is_navigation, _whole),
    _Rule(LineKind.CHROME, photo_caption, _whole),
    _Rule(LineKind.CHROME, photo_credit, _whole),
    _Rule(LineKind.CHROME, _EMAIL_BYLINE.match, _whole),
    _Rule(LineKind.CHROME, AD_PLACEHOLDER.match, _whole),
    _Rule(LineKind.CHROME, STORY_AGE.match, _whole),
    _Rule(LineKind.CATEGORY, lambda t: t.lower() in _CATEGORIES, _whole),
    _Rule(LineKind.DOCTYPE, lambda t: _doctype_of(t) in _DOCTYPES,
          lambda t, m: {"text": _doctype_of(t)}),
    _Rule(LineKind.CHROME, _CONTACT_CAPTION.match, _whole),
    _Rule(LineKind.CONTACT_HEADING, _is_contact_heading, _whole),
    _Rule(LineKind.ISSUER, _ISSUER.match, _whole),
    _Rule(LineKind.DATE, _DATE.match, _whole),
    _Rule(LineKind.DATE, _STAMPS.match, _whole),
    _Rule(LineKind.DATE, _date_before_links, _whole),
    _Rule(LineKind.DATE_LABEL, _DATE_LABEL.match, _whole),
    _Rule(LineKind.BARE_DATE, BARE_DATE.match, _whole),
    _Rule(LineKind.BARE_DATE, date_row, _whole),  # date_rows.py
    _Rule(LineKind.BARE_DATE, US_STAMP.match, us_stamp_read),  # date_rows.py
    _Rule(LineKind.HIT, _HIT.match, _whole),
    _Rule(LineKind.HIT_LABEL, _HIT_LABEL.match, _whole),
    _Rule(LineKind.HEADER, _header_field,
          lambda t, m: {"text": m.group(2).strip(), "field": m.group(1).replace(" ", "")}
          if m else {}),
    _Rule(LineKind.CONTACT, is_contact_text, _whole),
    # after the header fields: "배포일시 2031. 7. 3.(금) 10:00" is one
    _Rule(LineKind.BARE_DATE, LABELLED_STAMP.match, _whole),
    _Rule(LineKind.TITLE, _TITLE.match, _group(1)),
    # "부제: ...": a sub-headline written with its label instead of "-"
    _Rule(LineKind.DASH, _SUBTITLE.match, _group(1)),
    _Rule(LineKind.UNOFFICIAL, _UNOFFICIAL.match, _whole),
    _Rule(LineKind.ATTACHMENTS, _ATTACHMENTS.match,
          lambda t, m: {"text": m.group(3), "marker": m.group(1) or m.group(2)} if m else {}),
    _Rule(LineKind.NUMBERED, _numbered,
          lambda t, m: {"text": m.group(2), "number": int(m.group(1)),
                        "marker": f"{m.group(1)}."} if m else {}),
    _Rule(LineKind.REFERENCE, _REFERENCE.match, _whole),
    _Rule(LineKind.SECTION, _SECTION.match, _marked),
    _Rule(LineKind.SECTION, _latin_section, _marked),
    _Rule(LineKind.BOX, _BOX.match, _marked),  # the text may follow on the next line
    _Rule(LineKind.NOTE, _NOTE.match, _marked),
    _Rule(LineKind.LEVEL2, _item(_LEVEL2), _marked),
    _Rule(LineKind.LEVEL2, _item(_KO_LEVEL2), _marked),
    _Rule(LineKind.DASH, _item(_DASH), _marked),
    _Rule(LineKind.LEVEL3, _item(_LEVEL3), _marked),
)


def _classify(text: str, lineno: int) -> Line:
    for rule in _RULES:
        found = rule.test(text)
        if found:
            m = found if isinstance(found, re.Match) else None
            return Line(rule.kind, lineno=lineno, **{"text": text, **rule.read(text, m)})
    return Line(LineKind.TEXT, text, lineno)
