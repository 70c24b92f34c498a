"""Three ways a browser's copy of a page changes only its layout, undone before the lines
are read.

- Every line break doubled: some browsers copy each paragraph or line of a page (a `<p>`,
  a `<div>`, a `<br>`) with a blank line after it, so a page whose paragraphs were one
  blank line apart arrives with three, and lines that followed each other with one.
  Read as it is, every line is a paragraph of its own: a hit counter became point 1
  and headers lost their fields. Undone when no two text lines follow each other, every
  gap is an odd number of blank lines and some gaps are three or more (the page's own
  paragraph breaks): a text whose paragraphs are simply one blank line apart has only
  gaps of one and is left as it is.
- The same indentation on every line (the page's content column, a quoted e-mail):
  removed, so only indentation that differs between lines says anything.
- A link's closing bracket wrapped onto a line of its own: "… at its website
  (http://consul.example" / ") before making …". The line that starts with the bracket
  goes back onto the line whose bracket it closes (blank lines between them too), so a
  paragraph is not cut in two at a link and ")" is never a point.

Then sentences broken into short lines by their writer (a broadcaster's script, a speech
copied as delivered) are joined (broken_sentences.py), a text wrapped by hand without blank
lines has its paragraphs parted, a paragraph cut in two by a stray blank line is joined, and
a title over a story run on one line is set apart (wrapped_paragraphs.py).
"""

from __future__ import annotations

import os
import re

from mfa_desk.formats.plaintext.broken_sentences import join_delivered_speech, join_script_sentences
from mfa_desk.formats.plaintext.wrapped_paragraphs import (
    join_cut_paragraphs,
    part_title_from_run_on_story,
    part_wrapped_paragraphs,
)

# Fewer gaps than this and the pattern could be chance.
MIN_GAPS = 6


def undo_copied_layout(lines: list[str]) -> list[str]:
    unbroken = join_delivered_speech(join_script_sentences(
        _join_wrapped_brackets(_strip_common_indent(_halve_doubled_breaks(lines)))))
    return part_title_from_run_on_story(join_cut_paragraphs(part_wrapped_paragraphs(unbroken)))


# A line that opens on a closing bracket, and the line above whose last bracket is open.
_CLOSING_FIRST = re.compile(r"^\s*\)")
_OPEN_BRACKET = re.compile(r"\([^()]*$")
# The closing bracket's line is looked for this many blank lines below the open one.
_WRAP_GAP = 3


def _join_wrapped_brackets(lines: list[str]) -> list[str]:
    out: list[str] = []
    blanks = 0
    for line in lines:
        if not line.strip():
            blanks += 1
            out.append(line)
            continue
        if _CLOSING_FIRST.match(line) and blanks <= _WRAP_GAP:
            above = len(out) - blanks - 1
            if above >= 0 and _OPEN_BRACKET.search(out[above]):
                out[above] = out[above].rstrip() + line.strip()
                del out[above + 1:]
                blanks = 0
                continue
        blanks = 0
        out.append(line)
    return out


def _halve_doubled_breaks(lines: list[str]) -> list[str]:
    text_at = [i for i, line in enumerate(lines) if line.strip()]
    gaps = [b - a - 1 for a, b in zip(text_at, text_at[1:], strict=False)]
    if len(gaps) < MIN_GAPS or any(g % 2 == 0 for g in gaps) or max(gaps) < 3:
        return lines
    out = lines[:text_at[0]]
    for index, gap in zip(text_at, [*gaps, 0], strict=True):
        out.append(lines[index])
        out.extend([""] * (gap // 2))  # 1 -> 0, 3 -> 1, 5 -> 2: the page's own
    out.extend(lines[text_at[-1] + 1:])
    return out


def _strip_common_indent(lines: list[str]) -> list[str]:
    leads = [line[: len(line) - len(line.lstrip())] for line in lines if line.strip()]
    common = os.path.commonprefix(leads) if leads else ""
    if not common:
        return lines
    return [line[len(common):] if line.strip() else line for line in lines]
