"""Line-break tags stored as text.

A video site's or feed's copy of a story may keep the page's `<br />` tags as characters:
the whole story arrives as one line, `title<br /><br />paragraph 1<br /><br />…`, and was
read as a single paragraph with the tags in it (a Yonhap TV copy: 1/6 items). Where the
text holds two tags or more, every tag is a line break and a run of them a blank line, the
page's own paragraph break. A text that names the tag once (`<br>` in a sentence about a
web page) is left as it is.
"""

from __future__ import annotations

import re

# "<br>", "<br/>", "<br />", "<BR>": the tag alone, any case, nothing inside it.
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BREAKS = re.compile(r"(?:<br\s*/?>[ \t]*){2,}", re.IGNORECASE)
# Fewer tags than this may be the tag named, not a page's markup.
MIN_TAGS = 2


def split_html_breaks(lines: list[str]) -> list[str]:
    """Every `<br>` tag a line break, a run of them a blank line, when the text holds
    MIN_TAGS or more."""
    if sum(len(_BREAK.findall(line)) for line in lines if "<" in line) < MIN_TAGS:
        return lines
    out: list[str] = []
    for line in lines:
        if "<" not in line:
            out.append(line)
            continue
        text = _BREAKS.sub("\n\n", line.rstrip())
        text = _BREAK.sub("\n", text)
        out.extend(text.rstrip("\n").split("\n"))
    return out
