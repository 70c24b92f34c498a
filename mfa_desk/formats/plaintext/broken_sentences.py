"""Sentences broken into short lines by their writer, not by a width: undone before the
lines are read.

- A broadcaster's news script (Korean): every sentence written as three to six short lines
  of a few words, no blank line anywhere ("내년 4·13 총선에 투표하려는" / "재외 선거인과 국외
  부재자 신고가" / "시작됐습니다." / "신고는 오늘(15)부터" / …). Read as it is, the run of short
  lines looked like a list of links and was left out with the page: the story was lost.
  Lines are joined up to each line that ends a sentence in '다.'; each sentence so joined is
  a paragraph. Only a run of two such sentences or more, each of two lines or more, all of
  them short, is a script; one short line ending a sentence is left as it is.
- A speech copied as delivered (English): every sentence broken into short lines with a
  blank line between them, mid-sentence ("It is a great pleasure to join you all in
  celebrating" / "" / "the 125th Independence Day of the Republic of the Philippines.").
  Read as it is, every fragment was a paragraph and the region finder kept two of them.
  A page shows this shape when several fragments are followed, over one blank line, by a
  fragment in lower case. Then a fragment that ends no sentence is joined to the next when
  the next goes on in lower case (or with a number after a lower-case word: "blessed with" /
  "70-plus years"), or when it stops on a comma or a semicolon; the lines of an address
  ("Your Excellency, …" / "Distinguished guests," / "Ladies and gentlemen,") are joined to
  each other only, so an address stays a paragraph of its own ("Excellencies and
  distinguished guests," over "Our two countries …").
"""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext.text_page import ends_sentence

_SCRIPT_LINE_MAX = 30  # characters: a script's line holds a few words
_SCRIPT_SENTENCES = 2  # one broken sentence could be a title over a row
_KOREAN_END = re.compile(r"다\.[\"”’']?$")
# A marked item ("1. …", "□ …", "ㅇ …", "- …"): a release's list, never a script's line.
_MARKED = re.compile(r"^(?:\d{1,2}[.)]|[가-하][.)]|[□■○●◦ㅇ•▪※☞▶*\-–])\s?")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

_DELIVERY_PAIRS = 4  # fragments going on in lower case over a blank line: fewer is chance
_FRAGMENT_MAX = 100  # characters: a delivered line is short
_GOES_ON = re.compile(r"^(?!by\s)[a-z]")
_NUMBER_FIRST = re.compile(r"^\d")
_LOWER_LAST_WORD = re.compile(r"\b[a-z]+$")
_OPEN_END = (",", ";")
_ADDRESS_WORDS = re.compile(r"\b(?:Excellenc\w*|Ambassador|guests|Ladies|gentlemen|colleagues|"
                            r"friends|Madam|delegates|participants|Chairman|Chairperson)\b")
_ADDRESS_MAX_WORDS = 8


def join_script_sentences(lines: list[str]) -> list[str]:
    texts = [line for line in lines if _bare(line)]
    if len(texts) > 1 and _every_line_apart(lines):  # every line break doubled by the copy
        joined = _join_script(texts)
        return lines if joined == texts else _apart(joined)
    return _join_script(lines)


def _join_script(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        sentences, end = _script_at(lines, i)
        if len(sentences) >= _SCRIPT_SENTENCES:
            if out and _bare(out[-1]):
                out.append("")
            for sentence in sentences:
                out.extend([sentence, ""])
            i = end
            if i < len(lines) and not _bare(lines[i]):
                out.pop()
            continue
        out.append(lines[i])
        i += 1
    return out


def _every_line_apart(lines: list[str]) -> bool:
    at = [i for i, line in enumerate(lines) if _bare(line)]
    return all(b - a == 2 for a, b in zip(at, at[1:], strict=False))


def _apart(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if _bare(line):
            if out:
                out.append("")
            out.append(line)
    return out


def _bare(line: str) -> str:
    """The line without its spaces and the zero-width marks a copy may leave at its ends."""
    return line.strip().strip(_ZERO_WIDTH).strip()


def _script_at(lines: list[str], start: int) -> tuple[list[str], int]:
    """The sentences of a script starting at `start` and the index after them."""
    sentences: list[str] = []
    i = start
    while True:
        group: list[str] = []
        j = i
        while j < len(lines) and _bare(lines[j]) and len(_bare(lines[j])) <= _SCRIPT_LINE_MAX \
                and not _MARKED.match(_bare(lines[j])):
            group.append(_bare(lines[j]))
            j += 1
            if ends_sentence(group[-1]):
                break
        if len(group) < 2 or not _KOREAN_END.search(group[-1]) \
                or any(ends_sentence(line) for line in group[:-1]):
            return sentences, i
        sentences.append(" ".join(group))
        i = j


def join_delivered_speech(lines: list[str]) -> list[str]:
    if _lower_case_goes_on(lines) < _DELIVERY_PAIRS:
        return lines
    out: list[str] = []
    last = ""  # the last fragment joined to out[-1]: an address is told by its own line
    i = 0
    while i < len(lines):
        line = lines[i]
        if out and not line.strip() and i + 1 < len(lines) and out[-1].strip() \
                and _joins(last or out[-1].strip(), lines[i + 1].strip()):
            out[-1] = out[-1].rstrip() + " " + lines[i + 1].strip()
            last = lines[i + 1].strip()
            i += 2
            continue
        out.append(line)
        last = ""
        i += 1
    return out


def _lower_case_goes_on(lines: list[str]) -> int:
    return sum(1 for upper, gap, lower in zip(lines, lines[1:], lines[2:], strict=False)
               if upper.strip() and not gap.strip() and _fragment(upper.strip())
               and _GOES_ON.match(lower.strip()) is not None)


def _fragment(text: str) -> bool:
    return len(text) <= _FRAGMENT_MAX and not ends_sentence(text)


def _address(text: str) -> bool:
    return len(text.split()) <= _ADDRESS_MAX_WORDS and _ADDRESS_WORDS.search(text) is not None \
        and not ends_sentence(text)


def _joins(upper: str, lower: str) -> bool:
    if not lower or ends_sentence(upper):
        return False
    if _GOES_ON.match(lower) or upper.endswith(_OPEN_END) and not _address(upper):
        return True
    if _address(upper) or _address(lower):
        return _address(upper) and _address(lower)
    if _NUMBER_FIRST.match(lower):
        return _LOWER_LAST_WORD.search(upper) is not None
    return False
