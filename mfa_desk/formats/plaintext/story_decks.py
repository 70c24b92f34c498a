"""A news page's title with its decks, the short lines under it that sum the story up, set
apart from the story by a table's border copied as a bar alone on its line:
"외교부 \"… 신임장 제정\"" / "중국대사, 반년 공백 끝 … 부임" / "쿠바대사, … 임명" / "|" /
"외교부는 이날 …". With no blank line between them, the decks were read as the title's
wrapped lines and glued into the headline; with a blank line after every line, as points.

The first line of that run is the title; the others, each a short phrase that ends no
sentence, are the story's sub-headlines (read as "-" lines before the first point are).

A paper may set its decks under the title's date row instead, right over the story (a photo's
caption may stand between): "…논평" / "등록 2031-05-24 23:20수정 …" / "언론 … 발표" / "“… 기대”"
/ "… 대응" / "정부는 24일 …". The last deck had become the headline and the date was lost.

Or between the title and its date row (a small paper's AMP page): "… 문제 논의" / "… 일정 예정" /
"2031-05-28     홍길동 기자" / a "▲" caption / "한국과 …". The deck had become point 1 and the
row point 2, and the date was lost.
"""

from __future__ import annotations

import dataclasses
import re

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind
from mfa_desk.text.script import letter_counts

_DECK_MAX = 60  # characters: a deck is a phrase (the real ones are 15-20)
_BAR = "|"


def decks_as_subheadlines(lines: list[Line], raw: list[str]) -> list[Line]:
    bar = next((i for i, line in enumerate(lines) if line.kind is LineKind.BLANK
                and raw[line.lineno - 1].strip() == _BAR), None)
    if bar is None:
        return lines
    below = page.next_text(lines, bar + 1)
    if below is None or not page.prose(lines[below].whole or lines[below].text):
        return lines
    run: list[int] = []  # the lines over the bar, a blank line between them at most
    i = page.previous_text(lines, bar)
    while i is not None and lines[i].kind is LineKind.TEXT and (not run or run[-1] - i <= 2):
        run.append(i)
        i = page.previous_text(lines, i)
    decks = sorted(run)[1:]
    if not decks or not all(_deck(lines[i]) for i in decks):
        return lines
    return _as_subheadlines(lines, decks)


def decks_under_date(lines: list[Line]) -> list[Line]:
    """Decks under the title's date row, over the story (a bare date row: on a Korean page;
    an English wire's row is over its editor's note). The reporter's name alone may stand
    between the title and the row ("… 강력 비난" / "홍길동" / "| 2031-10-15 17:17:48"), and the
    section's tag naming the ministry between the decks and a paragraph that opens on the
    reporter's byline ("외교부" / "[누리투데이 홍길동 기자] 정부가 …"): a news page's, no
    letterhead."""
    for i, line in enumerate(lines):
        if line.kind not in (LineKind.DATE, LineKind.BARE_DATE):
            continue
        title = page.previous_text(lines, i)
        if title is not None and _NAME_ALONE.match(lines[title].whole or lines[title].text):
            title = page.previous_text(lines, title)
        if title is None or not page.title_like(lines[title]) \
                or page.ends_sentence(lines[title].whole or lines[title].text) \
                or (line.kind is LineKind.BARE_DATE and not _korean(lines[title])):
            return lines  # ("기사본문" over the row: the title comes under it)
        start = page.next_text(lines, i + 1)
        end = start if start is not None else len(lines)
        while end < len(lines) and lines[end].kind is LineKind.TEXT and _deck(lines[end]):
            end += 1
        below = next((k for k in range(end, len(lines))
                      if lines[k].kind not in (LineKind.BLANK, LineKind.CHROME)), None)
        tag = None
        if below is not None and lines[below].kind is LineKind.ISSUER:
            after = page.next_text(lines, below + 1)
            if after is not None and page.BYLINE.match(lines[after].whole or lines[after].text):
                tag, below = below, after
        if start is None or end == start or below is None \
                or lines[below].kind is not LineKind.TEXT \
                or not page.prose(lines[below].whole or lines[below].text):
            return lines
        out = list(lines)
        for k in range(start, end):
            out[k] = dataclasses.replace(lines[k], kind=LineKind.DASH, marker="")
        if tag is not None:
            out[tag] = dataclasses.replace(lines[tag], kind=LineKind.CHROME)
        return out
    return lines


# A Korean reporter's name alone on its line under the title: no title, no sentence.
_NAME_ALONE = re.compile(r"^[가-힣]{2,4}(?:\s?기자)?$")


def decks_over_date(lines: list[Line]) -> list[Line]:
    """Decks between the page's first line, the title, and the date row under them. Korean
    lines only: an English page's first line may be the paper's name ("The Nuri Herald" /
    the title / "By Nuri Desk" / "Published : …")."""
    title = page.next_text(lines, 0)
    if title is None or not page.title_like(lines[title]) or not _korean(lines[title]) \
            or page.ends_sentence(lines[title].whole or lines[title].text):
        return lines
    decks, k = _korean_decks(lines, title)
    if not decks or k is None or lines[k].kind not in (LineKind.DATE, LineKind.BARE_DATE):
        return lines
    below = next((j for j in range(k + 1, len(lines)) if lines[j].kind not in _BETWEEN), None)
    if below is None or lines[below].kind is not LineKind.TEXT \
            or not page.prose(lines[below].whole or lines[below].text):
        return lines
    return _as_subheadlines(lines, decks)


_DECKS_MAX = 3
# What may stand between a date row and the story: blank lines, the page's lines, a photo's
# caption read as a list item ("▲ …").
_BETWEEN = (LineKind.BLANK, LineKind.CHROME, LineKind.DASH, LineKind.LEVEL3)


def decks_over_story(lines: list[Line]) -> list[Line]:
    """A Korean news page's title with its decks right over the story, no date row between
    (the page's links above them: "본문 바로가기 …" / "외교부, '…' 케냐 여행 자제 당부" / "3백50명
    이상 사망 '…' 치안상황 악화" / "외교통상부는 4일 …"). The last deck had become the headline
    and the title was left out with the links. A title of three words or more: a section's
    label ("장애인") over a title is no title; the title printed twice is no deck."""
    title = next((i for i, line in enumerate(lines)
                  if line.kind not in (LineKind.BLANK, LineKind.CHROME)), None)
    if title is None or not any(line.kind is LineKind.CHROME for line in lines[:title]):
        return lines
    line = lines[title]
    text = line.whole or line.text
    if line.kind is not LineKind.TEXT or not page.title_like(line) or not _korean(line) \
            or page.ends_sentence(text) or page.words(text) < _TITLE_MIN_WORDS:
        return lines
    decks, k = _korean_decks(lines, title)
    if not decks or k is None or lines[k].kind is not LineKind.TEXT \
            or not page.prose(lines[k].whole or lines[k].text) \
            or any(_squash(lines[i]) == _squash(line) for i in decks):
        return lines
    return _as_subheadlines(lines, decks)


_TITLE_MIN_WORDS = 3


def _korean_decks(lines: list[Line], title: int) -> tuple[list[int], int | None]:
    """The Korean decks under the title, and the first line of text under them."""
    decks: list[int] = []
    k = page.next_text(lines, title + 1)
    while k is not None and lines[k].kind is LineKind.TEXT and _deck(lines[k]) \
            and _korean(lines[k]) and len(decks) < _DECKS_MAX:
        decks.append(k)
        k = page.next_text(lines, k + 1)
    return decks, k


def _as_subheadlines(lines: list[Line], decks: list[int]) -> list[Line]:
    out = list(lines)
    for i in decks:
        out[i] = dataclasses.replace(lines[i], kind=LineKind.DASH, marker="")
    return out


def _squash(line: Line) -> str:
    return " ".join((line.whole or line.text).split())


def pull_quote_as_deck(lines: list[Line]) -> list[Line]:
    """A story's pull quote over its first paragraph: the copy's first line of text, a
    quotation and nothing else ("“Nuria and Soria should coordinate more closely.”"), a
    paragraph of prose under it that is no quotation. A paragraph that quotes says who
    spoke ("“…,” the minister said."); a quotation alone over the story sums it up."""
    first = next((i for i, line in enumerate(lines) if line.kind is LineKind.TEXT
                  and not page.page_token(line.whole or line.text)), None)  # not an image's name
    if first is None or not _QUOTE_ONLY.match(lines[first].whole or lines[first].text):
        return lines
    below = page.next_text(lines, first + 1)
    if below is None or lines[below].kind is not LineKind.TEXT:
        return lines
    text = lines[below].whole or lines[below].text
    if not page.prose(text) or _QUOTE_ONLY.match(text):
        return lines
    out = list(lines)
    out[first] = dataclasses.replace(lines[first], kind=LineKind.DASH, marker="")
    return out


# A quotation alone: curly or straight quotes around it, no quote mark inside, a sentence.
_QUOTE_ONLY = re.compile(r"^[“\"][^“”\"]{20,300}[.!?][”\"]$")


def _korean(line: Line) -> bool:
    hangul, latin = letter_counts(line.whole or line.text)
    return hangul > latin


def _deck(line: Line) -> bool:
    """A short phrase that ends no sentence; not a tool bar ("글자크기 설정"), a breadcrumb nor an
    editor's note ("(ATTN: RECASTS headline)")."""
    text = line.whole or line.text
    return len(text) <= _DECK_MAX and page.words(text) >= 2 and not page.ends_sentence(text) \
        and page.title_like(line) and not page.EDITOR_TAG.match(text)
