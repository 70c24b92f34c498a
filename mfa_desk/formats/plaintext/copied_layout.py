"""Two ways a browser's copy of a page changes only its layout, undone before the lines
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
"""

from __future__ import annotations

import os

# Fewer gaps than this and the pattern could be chance.
MIN_GAPS = 6


def undo_copied_layout(lines: list[str]) -> list[str]:
    return _strip_common_indent(_halve_doubled_breaks(lines))


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
