"""The embargo stamp: while a release is under embargo, every export says so at the top,
in each language, in words a journalist cannot miss.

"엠바고: 2026. 12. 3.(목) 14:00 이후 보도" / "EMBARGOED until 14:00 KST, December 3, 2026".
An embargo for a paper's edition keeps its word: "2026. 3. 18.(수) 조간" is news for the
morning papers of that day (printed the evening before), not "after March 18":
"엠바고: 2026. 3. 18.(수) 조간부터 보도" / "EMBARGOED for the morning papers of March 18, 2026".
The stamp goes once the timing is on-issue or the release is marked Issued.
"""

from __future__ import annotations

import datetime as dt
import re

from mfa_desk.constants import TIMING_EMBARGO
from mfa_desk.model.release import Release
from mfa_desk.model.workflow import WorkflowState
from mfa_desk.text.dates import format_date_en, format_date_ko, format_datetime_ko, parse_any_date

STAMP_COLOR = "B00020"  # the stamp's red, in every export (RRGGBB)
# "엠바고: 석간" as written: the stamp says 엠바고 itself.
_WRITTEN_LABEL = re.compile(r"^\s*엠바고\s*[:：]?\s*")
# The stamp's lines as embargo_stamp writes them, for readers of our own exports.
_STAMP_LINE = re.compile(r"엠바고(: .+ 이후 보도|: .+[조석]간부터 보도)?|EMBARGOED( until .+|"
                         r" for the (morning|evening) papers( of .+)?|: not for publication "
                         r"before the time stated)")
# A paper's edition in the timing as written: 조간 (morning papers), 석간 (evening papers).
_EDITION = re.compile(r"([조석])간")
_EDITION_EN = {"조": "morning", "석": "evening"}


def embargo_moment(release: Release) -> dt.datetime | dt.date | None:
    """When the embargo lifts: the field, else a date (and time) in the timing as written."""
    m = release.metadata
    if m.embargo_until is not None:
        return m.embargo_until
    found = parse_any_date(m.timing_text) if m.timing_text else None
    if found is None:
        return None
    return dt.datetime.combine(found.date, found.time) if found.time else found.date


def is_stamp_line(text: str) -> bool:
    """Is this line an embargo stamp as our exports write it?"""
    return _STAMP_LINE.fullmatch(text.strip()) is not None


def under_embargo(release: Release) -> bool:
    return (release.metadata.timing == TIMING_EMBARGO
            and release.workflow is not WorkflowState.ISSUED)


def embargo_stamp(release: Release) -> dict[str, str]:
    """The stamp per language ("ko", "en"), or {} when the release is not under embargo."""
    if not under_embargo(release):
        return {}
    moment = embargo_moment(release)
    edition = _EDITION.search(release.metadata.timing_text)
    if edition is not None and not isinstance(moment, dt.datetime):
        # An edition without a time of day: the edition is the time.
        papers = f"the {_EDITION_EN[edition.group(1)]} papers"
        if isinstance(moment, dt.date):
            return {"ko": f"엠바고: {format_date_ko(moment, 'full_weekday')} "
                          f"{edition.group(0)}부터 보도",
                    "en": f"EMBARGOED for {papers} of {format_date_en(moment)}"}
        return {"ko": f"엠바고: {edition.group(0)}부터 보도", "en": f"EMBARGOED for {papers}"}
    if isinstance(moment, dt.datetime):
        ko_when, en_when = (format_datetime_ko(moment),
                            f"{moment:%H:%M} KST, {format_date_en(moment.date())}")
    elif isinstance(moment, dt.date):
        ko_when, en_when = format_date_ko(moment, "full_weekday"), format_date_en(moment)
    else:  # "조간" and the like without a date: the words as written, no invented time
        written = _WRITTEN_LABEL.sub("", release.metadata.timing_text).strip()
        return {"ko": f"엠바고: {written} 이후 보도" if written else "엠바고",
                "en": "EMBARGOED: not for publication before the time stated"}
    return {"ko": f"엠바고: {ko_when} 이후 보도", "en": f"EMBARGOED until {en_when}"}
