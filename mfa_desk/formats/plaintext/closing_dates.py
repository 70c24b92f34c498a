"""A notice's date written under its last point, over its signing office, and a board's post
date on its title row left out with the page: the release's date.

Kept apart from date_rows.py, which text_lines.py imports (this reads the built release)."""

from __future__ import annotations

import datetime as dt
import re

from mfa_desk.formats.plaintext.text_lines import BARE_DATE
from mfa_desk.model.release import Release
from mfa_desk.text.dates import parse_any_date


def closing_date(release: Release, lang: str) -> None:
    """A notice that closes on its date over its signing office ("… 바랍니다." / "2024.3.13" /
    "주누리대사관 재외투표관리관"): with no date read above, the last point that is only a date
    is the release's date, not a point."""
    if release.metadata.date is not None or len(release.points) < 2:
        return
    last = release.points[-1]
    text = (getattr(last.text, lang) or "").strip()
    if last.children or BARE_DATE.match(text) is None:
        return
    found = parse_any_date(text)
    if found is not None:
        release.metadata.date = found.date
        release.points.pop()


# A community board's title row copied as one line, its list button last: "<title> <poster>
# 2020-09-23 목록" (the board's name and category glued around the title too).
_BOARD_ROW = re.compile(r"^.{4,300}\s(\d{4})-(\d{2})-(\d{2})(?:\s\d{2}:\d{2}(?::\d{2})?)?\s목록$")


def board_row_date(left_out: list[str]) -> dt.date | None:
    """The post date on a board's title row left out with the page."""
    for text in left_out:
        m = _BOARD_ROW.match(text.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None
