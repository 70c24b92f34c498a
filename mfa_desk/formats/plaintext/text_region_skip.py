"""What stands at the body's start but is no part of it (see text_region): a summary or
preview box that repeats the story's first paragraphs, and a photo's caption between the
title or the date line and the first paragraph. The body starts under them."""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind
from mfa_desk.text import labels


def skip_preview(lines: list[Line], body: int, out: set[int]) -> int:
    """A summary or preview box repeats the first point above the body: the body
    starts at its second copy, and the box is left out. The box may start a paragraph
    or two below the line taken for the body (a title run into the box's own sentence,
    "… 본문 보기를 권장합니다."), and its copy may differ in its quotation marks only."""
    twice = _printed_twice(lines, body)
    if twice is not None:
        out.update(range(body, twice))
        return twice
    for first_at in _preview_candidates(lines, body):
        second = _second_copy(lines, first_at)
        if second is not None and (first_at == body or _repeats_on(lines, first_at, second)):
            start = first_at
            # the box's own sentences above the copied point ("자동요약 …", "… 권장합니다.")
            while start > 0 and (lines[start - 1].kind is LineKind.BLANK or (
                    lines[start - 1].kind is LineKind.TEXT
                    and page.ends_sentence(lines[start - 1].whole or lines[start - 1].text))):
                start -= 1
            out.update(range(start, second))
            return second
    return body


def _printed_twice(lines: list[Line], body: int) -> int | None:
    """A photo's caption printed twice in a row over the story (the image's text and its
    caption: "김누리 담당자가 … 소개하고 있다" / the same): both are the page's, and the body
    starts at the paragraph under them. Returns that paragraph's index, else None."""
    second = page.next_text(lines, body + 1)
    if second is None or lines[body].kind is not LineKind.TEXT \
            or lines[second].kind is not LineKind.TEXT \
            or _compared(lines[second].text) != _compared(lines[body].text):
        return None
    story = page.next_text(lines, second + 1)
    if story is None or lines[story].kind is not LineKind.TEXT \
            or not page.prose(lines[story].whole or lines[story].text):
        return None
    return story


def _preview_candidates(lines: list[Line], body: int) -> list[int]:
    """The body's line, and, when it is unmarked text, the next paragraphs of prose under
    it (as far as _PREVIEW_REACH): a box may open under a title or a sentence of its own
    taken for the body's start."""
    found = [body]
    if lines[body].kind is not LineKind.TEXT:
        return found
    i = body + 1
    while i < len(lines) and len(found) <= _PREVIEW_REACH:
        if lines[i].kind is LineKind.TEXT and page.prose(lines[i].whole or lines[i].text):
            found.append(i)
        i += 1
    return found


_PREVIEW_REACH = 2


def _second_copy(lines: list[Line], first_at: int) -> int | None:
    first = _compared(lines[first_at].text)
    for j in range(first_at + 1, len(lines)):
        if lines[j].kind is lines[first_at].kind and _compared(lines[j].text) == first:
            return j
    return None


def _repeats_on(lines: list[Line], first_at: int, second: int) -> bool:
    """A box below the body's start is taken only when it copies the story's first two
    paragraphs, something of the page's own stands between the box and the story (a
    widget, a label), and the story goes on after them: a page that prints some
    paragraphs again at its end (a blog's repost, a TV site's page) has no box."""
    one: int | None = first_at
    other: int | None = second
    run = 0
    while one is not None and other is not None and one < second \
            and lines[one].kind is lines[other].kind \
            and _copy_of(lines[other].text, lines[one].text):
        one, other, run = page.next_text(lines, one + 1), page.next_text(lines, other + 1), run + 1
    if run < _BOX_MIN_PARAGRAPHS or other is None or one is None or one >= second:
        return False  # (a copy right after the story, nothing between: printed again)
    after = lines[other]
    text = after.whole or after.text
    # (the page's comment prompt under a copy printed again, "기사에 대해 의견을 남겨주세요.",
    # is no story going on)
    return after.kind is LineKind.TEXT and page.prose(text) and not labels.comment_box(text) \
        and not any(_copy_of(after.text, lines[k].text) for k in range(first_at, second))


_BOX_MIN_PARAGRAPHS = 2


def _copy_of(text: str, original: str) -> bool:
    """The same paragraph, or its copy cut short."""
    return _same_or_cut(_compared(text), _compared(original))


_CUT_COPY_MIN = 40


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _compared(text: str) -> str:
    """A line as two copies of it are compared: spaces and the quotation marks' shape
    do not count."""
    return " ".join(text.translate(_QUOTES).split())


def skip_caption(lines: list[Line], body: int, out: set[int], *, one_line: bool = False) -> int:
    """"South Korea flag." between a story's title and its first paragraph: a photo's
    caption of three words or fewer is no paragraph of the release; the body starts
    under it. So does a caption closed by its credit right under the story's date line
    ("Feb. 3, 2031 - 12:06 By Nuri" / "The minister speaks at … (Presidential office)")."""
    following = page.next_text(lines, body + 1)
    above = page.previous_text(lines, body)
    if _credited_under_date(lines, body, one_line) and following is not None \
            and lines[following].kind is LineKind.TEXT \
            and page.prose(lines[following].whole or lines[following].text):
        out.add(body)
        return following
    if not page.caption(lines[body]) or following is None or above is None \
            or lines[following].kind is not LineKind.TEXT \
            or not page.prose(lines[following].whole or lines[following].text) \
            or not page.title_like(lines[above]):
        return body
    out.add(body)
    return following



def sub_titles_over_wire(lines: list[Line], body: int) -> None:
    """A wire story's sub-titles between its title and its dateline: "27개국 외교장관
    참석…이틀간 4개 세션 진행" / "한미 외교장관회담 개최…북핵 등 논의", short lines that
    end no sentence, right above the paragraph opened by "(서울=연합뉴스) 홍길동 기자 = ",
    with the title above them. They become sub-headlines, so the story's first paragraph
    is point 1 (read as a point, they moved every point by one)."""
    if lines[body].kind is not LineKind.TEXT \
            or not page.WIRE_DATELINE.match(lines[body].whole or lines[body].text):
        return
    last = page.previous_text(lines, body)
    if last is None:
        return
    block = [last]
    while block[0] > 0 and lines[block[0] - 1].kind is LineKind.TEXT:
        block.insert(0, block[0] - 1)
    texts = [lines[k].whole or lines[k].text for k in block]
    title = page.previous_text(lines, block[0])
    if len(block) > _SUB_TITLES_MAX or title is None or not page.title_like(lines[title]) \
            or any(len(t) > _SUB_TITLE_MAX or page.ends_sentence(t) or _STAMP_IN.search(t)
                   for t in texts):
        return
    if len(block) == 1 and not any(mark in texts[0] for mark in _PHRASE_JOINS):
        return  # one line alone over the dateline may be the title itself
    for k, text in zip(block, texts, strict=True):
        lines[k] = Line(LineKind.DASH, text, lines[k].lineno, whole=text)


# A wire's send time ("2005/02/21 05:30 송고") is no sub-title.
_STAMP_IN = re.compile(r"\d{1,2}:\d{2}|\d{4}[./-]\d{1,2}[./-]\d{1,2}")
# A sub-title joins its phrases with an ellipsis ("… 참석…4개 세션 진행").
_PHRASE_JOINS = ("…", "...")
_SUB_TITLES_MAX = 3  # a wire story prints one to three sub-titles under its title
_SUB_TITLE_MAX = 60  # characters: a sub-title is a phrase, not a paragraph


def _credited_under_date(lines: list[Line], i: int, one_line: bool) -> bool:
    """Line i ends on a photo's credit in parentheses and hangs right under a date line,
    no blank line between (in a copy whose lines were all made paragraphs, the blank
    line put there says nothing): a news page's caption under its stamp."""
    text = (lines[i].whole or lines[i].text).rstrip()
    above = page.previous_text(lines, i) if one_line else i - 1
    return above is not None and above >= 0 and lines[i].kind is LineKind.TEXT \
        and lines[above].kind in (LineKind.DATE, LineKind.BARE_DATE) \
        and _CREDIT_AT_END.search(text) is not None


_CREDIT_AT_END = re.compile(r"[.!?]\s\([A-Z][\w .&'-]{1,30}\)$")


def repeated_tail(lines: list[Line], body: int, end: int) -> int:
    """A repost that prints some of the story's paragraphs again after it, in order, its
    last copy perhaps cut short: the index where that second printing starts (it is no
    new paragraph of the release), else `end`. Looked for in the last _TAIL_REACH
    paragraphs only."""
    texts = [i for i in range(body, end) if lines[i].kind is LineKind.TEXT]
    compared = [_compared(lines[i].text) for i in texts]
    for k in range(max(1, len(texts) - _TAIL_REACH), len(texts) - _BOX_MIN_PARAGRAPHS + 1):
        tail = compared[k:]
        first = next((j for j in range(k - len(tail) + 1) if _same_or_cut(tail[0], compared[j])),
                     None)
        if first is not None and all(_same_or_cut(t, compared[first + n])
                                     for n, t in enumerate(tail)):
            return texts[k]
    return end


_TAIL_REACH = 30


def _same_or_cut(one: str, other: str) -> bool:
    return one == other or (len(one) >= _CUT_COPY_MIN and other.startswith(one))


def caption_between(lines: list[Line], i: int) -> bool:
    """In a copy whose lines are all paragraphs, a line of three words or fewer that ends
    no sentence, between two paragraphs of prose ("외교부 당국자"): a photo's caption left
    where the photo was, not the story's end."""
    line = lines[i]
    text = line.whole or line.text
    if line.kind is not LineKind.TEXT or page.words(text) > _CAPTION_WORDS \
            or page.ends_sentence(text) or labels.about_heading(text) or page.sign_off(text) \
            or labels.label_of(text, labels.CONTACT_CAPTIONS) is not None or page.address(text):
        return False  # ("외교부 개요" opens the wire's profile; "위원여러분,": a speech's)
    above, below = page.previous_text(lines, i), page.next_text(lines, i + 1)
    return above is not None and below is not None and all(
        lines[k].kind is LineKind.TEXT and page.prose(lines[k].whole or lines[k].text)
        for k in (above, below))


_CAPTION_WORDS = 3
