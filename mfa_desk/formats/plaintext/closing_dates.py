"""A notice's date written under its last point, over its signing office: the release's date.

Kept apart from date_rows.py, which text_lines.py imports (this reads the built release)."""

from __future__ import annotations

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
