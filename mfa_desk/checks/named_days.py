"""Days that name an event: "6·25전쟁" is the Korean War, not the date June 25.

Korean names some events by their date written with a middle dot ("6·25 전쟁", "3·1운동",
"8·15 광복절", "4·19 혁명"); the English names the event ("the Korean War", "the March
First Movement", "Liberation Day") and need write no date. Such a Korean date followed by
its event word is the event's name, not a fact for the date check, unless the English
writes the date itself ("the March 1st Movement") (batch 19: "6·25전쟁 당시 ... 싸웠다" =
"fought ... during the 1950-53 Korean War"). Without the event word ("6·25 개최") the date
is compared as any date.
"""

from __future__ import annotations

import re

from mfa_desk.checks.dates import DateMention, english_dates, same_date

# (month, day): the Korean event words that follow the date.
_EVENTS = {(6, 25): "전쟁|동란|사변", (3, 1): "운동|절|독립운동", (8, 15): "광복",
           (4, 19): "혁명|의거"}


def named_event(ko: str, d: DateMention, en: str) -> bool:
    """`d`, written with a middle dot and followed by its event word, names the event,
    and the English does not write the date."""
    words = _EVENTS.get((d.month, d.day))
    if words is None or not re.search(r"[·ㆍ]", d.text) \
            or not re.match(r"\s?(?:" + words + ")", ko[d.end:]):
        return False
    return not any(same_date(d, e) for e in english_dates(en))
