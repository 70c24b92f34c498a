"""A copy that parts most paragraphs with a blank line but set two of them one under the other
("조현 … 외교부가 25일 밝혔다." / "조 장관은 … 전했다." / "" / "쭝 장관 … 밝혔다."): the two had
been read as one paragraph, since lines of a parted copy run on until a blank line.

Only a copy that does part its text with blank lines, only long Korean lines, the upper closing
a sentence: a copy with no blank line at all is parted line by line by the region finder (its
own rules), and a line wrapped by hand is short.
"""

from __future__ import annotations

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_lines import Line, LineKind
from mfa_desk.text.script import letter_counts

_PARAGRAPH_LINE = 100  # characters: longer than any line a writer or a mail wraps by hand
_KOREAN_STOP = ("다.", "다.”", "다.\"")


def paragraphs_set_together(lines: list[Line]) -> list[Line]:
    if any(line.kind in page.LEVEL1 for line in lines) or not _parted(lines):
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i and _paragraph_line(lines[i - 1]) and _paragraph_line(line) \
                and (lines[i - 1].whole or lines[i - 1].text).rstrip().endswith(_KOREAN_STOP):
            out.append(Line(LineKind.BLANK, "", line.lineno))
        out.append(line)
    return out


def _parted(lines: list[Line]) -> bool:
    """A blank line between two long paragraphs of text somewhere in the copy."""
    return any(line.kind is LineKind.BLANK and 0 < k < len(lines) - 1
               and _paragraph_line(lines[k - 1]) and _paragraph_line(lines[k + 1])
               for k, line in enumerate(lines))


def _paragraph_line(line: Line) -> bool:
    text = line.whole or line.text
    hangul, latin = letter_counts(text)
    return line.kind is LineKind.TEXT and len(text) >= _PARAGRAPH_LINE and hangul > latin
