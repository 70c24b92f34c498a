"""A text wrapped by hand at a fixed width (a news agency's feed, a mail) with no blank line
between its paragraphs: "SEOUL, Dec. 3 (Nuri) -- … how the situation" / "unfolds …, the
foreign" / "minister said Wednesday." / "\"(The measure) is related …". Every line stops
mid-sentence except a paragraph's last, so the importer read the whole story as one point.

A wrapped line breaks only where the next word would not have fitted; a line that ends a
sentence while the next line's first word would still have fitted on it was ended by its
writer: its paragraph ends there, and a blank line is put after it. A sentence that ends
where the width forced a break (the next word too long for the line) keeps its paragraph
going. Only a run of lines that is wrapped shows this: most of its lines stop
mid-sentence near one width (and it is Latin text: see _HANGUL_MAX).

The other way round, an English paragraph cut by a stray blank line ("… to provide aid to
North Korea \"in advance\"" / "" / "to the United States and Japan, the ministry said …"):
a paragraph-long line that ends no sentence, then one blank line, then a paragraph-long line
that starts in lower case, is one paragraph; the blank line goes. With no blank line between
them (every blank line lost), a line longer than any wrapped by hand that stops so is joined to
the next the same way; under such a line the lower half may be the few words that close its
sentence ("… on the Korean Peninsula" / "and the world."). (A byline, "by …", is no paragraph's
second half.)
"""

from __future__ import annotations

import re

from mfa_desk.formats.plaintext.text_page import ends_sentence

_MIN_LINES = 6  # fewer lines say nothing of a width
_WIDTH_MIN, _WIDTH_MAX = 50, 100  # mail and feeds wrap at 60 to 80 characters
_NEAR_WIDTH = 12  # a wrapped line stops within a long word of the width
_MIN_WRAPPED = 3  # lines stopped by the width, mid-sentence: fewer could be chance
_WRAPPED_SHARE = 0.5  # of a run's lines (its last aside)
# Hangul letters: a Korean text is wrapped by columns (a Hangul letter two wide), so its
# lines' lengths in characters say nothing sure of the width; only Latin text is parted.
_HANGUL_MAX = 0.1
_HALF_PARAGRAPH = 60  # characters: each half of a paragraph cut in two is a long line
_GOES_ON = re.compile(r"^(?!by\s)[a-z]")
_UNWRAPPED = 100  # characters: longer than a line wrapped by hand, a paragraph's own line
_TITLE_MIN, _TITLE_MAX, _TITLE_WORDS = 20, 150, 25  # a title's shape
_RUN_ON_MIN = 300  # characters: several paragraphs on one line
_RUN_ON_SENTENCES = 3


def part_title_from_run_on_story(lines: list[str]) -> list[str]:
    """A title right over a story whose paragraph breaks were all lost (one line of 300
    characters or more, sentences run on): the title ends no sentence and stands at the top,
    under a blank line or under a table's border ("|"); a blank line goes between it and the
    story so the title is not read as the story's start. (A title under other page lines is
    left to the region finder, which parts a copy's one-line paragraphs itself.)"""
    out = list(lines)
    for i in range(len(out) - 1):
        title, story = out[i].strip(), out[i + 1].strip()
        above = out[i - 1].strip(" |") if i else ""
        if not above and _TITLE_MIN <= len(title) <= _TITLE_MAX and len(story) >= _RUN_ON_MIN \
                and not ends_sentence(title) and title[:1].isupper() \
                and len(title.split()) <= _TITLE_WORDS and ends_sentence_inside(story):
            return [*out[:i + 1], "", *out[i + 1:]]
    return out


def ends_sentence_inside(text: str) -> bool:
    return text.count(". ") >= _RUN_ON_SENTENCES


def join_cut_paragraphs(lines: list[str]) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip() and 0 < i < len(lines) - 1 and out and _cut_at(out[-1], lines[i + 1]):
            continue
        if out and line.strip() and len(out[-1].strip()) >= _UNWRAPPED \
                and _cut_at(out[-1], line):  # no blank line between: one line of the two
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        out.append(line)
    return out


def _cut_at(upper: str, lower: str) -> bool:
    """The lower half may be a few words when it closes the sentence the upper, a line longer
    than any wrapped by hand, left open ("… on the Korean Peninsula" / "and the world.")."""
    upper, lower = upper.strip(), lower.strip()
    return len(upper) >= _HALF_PARAGRAPH and (len(lower) >= _HALF_PARAGRAPH or (
        len(upper) >= _UNWRAPPED and ends_sentence(lower))) \
        and not ends_sentence(upper) and _GOES_ON.match(lower) is not None


def part_wrapped_paragraphs(lines: list[str]) -> list[str]:
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            run.append(line)
            continue
        out.extend(_parted(run))
        run = []
        out.append(line)
    return out[:-1]


def _parted(run: list[str]) -> list[str]:
    if not _wrapped(run):
        return run
    width = max(len(line.rstrip()) for line in run)
    out: list[str] = []
    for line, following in zip(run, run[1:], strict=False):
        out.append(line)
        first_word = following.split()[0]
        if ends_sentence(line) and len(line.rstrip()) + 1 + len(first_word) <= width:
            out.append("")
    out.append(run[-1])
    return out


def _hangul_share(run: list[str]) -> float:
    letters = [c for line in run for c in line if c.isalpha()]
    return sum("가" <= c <= "힣" for c in letters) / max(len(letters), 1)


def _wrapped(run: list[str]) -> bool:
    """Most lines stop mid-sentence near one width. (Short lines stopping mid-sentence are
    a page's titles and rows; lines of one paragraph each end sentences.)"""
    if len(run) < _MIN_LINES or _hangul_share(run) > _HANGUL_MAX:
        return False
    width = max(len(line.rstrip()) for line in run)
    if not _WIDTH_MIN <= width <= _WIDTH_MAX:
        return False
    body = run[:-1]
    stopped = sum(len(line.rstrip()) >= width - _NEAR_WIDTH and not ends_sentence(line)
                  for line in body)
    return stopped >= max(_MIN_WRAPPED, _WRAPPED_SHARE * len(body))
