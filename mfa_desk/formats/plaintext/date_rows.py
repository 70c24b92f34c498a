"""Date rows of news pages, their copies and reposts, read as the story's date line.

Kept apart from text_lines.py (at its size limit), which tries these among its rules.
"""

from __future__ import annotations

import datetime as dt
import re

from mfa_desk.text.dates import DATE_TEXT, MONTHS

# A story's timestamp led by the page's section or the outlet that wrote it, the time
# beside the date: "All News 15:22 June 21, 2031" (a wire's page), "KBS 2031. 10. 6. 06:36"
# (a portal's repost). The time makes it a stamp ("Seoul 2031", "외교부 2031.08.24" are none),
# or a news programme's name ("Nuri News 2031-08-03").
LABELLED_STAMP = re.compile(r"^(?:(?:[A-Z][A-Za-z&]{1,15}\s){0,2}News\s{1,3}" + DATE_TEXT + r"|"
                            r"(?:[A-Z][A-Za-z&]{1,15}(?:\s[A-Z][A-Za-z&]{1,15}){0,2}|[가-힣A-Z]{2,10})"
                            r"\s{1,3}(?i:\d{1,2}:\d{2}\s{1,3}" + DATE_TEXT + r"|" + DATE_TEXT
                            + r"\s{1,3}\d{1,2}:\d{2}))$")
# A broadcaster's or paper's stamp with its time zone: "Updated: 2031-01-15 04:32:54 KST",
# "Posted 2031.01.15 10:01 KST" (the zone is what the other stamp rows lack).
ZONED_STAMP = re.compile(r"^(?:updated|posted|published|written|입력|수정)\s?[:：]?\s?" + DATE_TEXT
                         + r"\s[A-Z]{2,4}$", re.I)
# A blog's row under the title: the date, the site and the author between dashes,
# "September 15, 2031 – Nuri News – Hong Gildong". Names only after the date: a
# sentence ("… – the ministry said") is no row.
DATE_SITE_AUTHOR = re.compile(r"^(?i:" + DATE_TEXT + r")(?:\s[–—-]\s[A-Z][\w.&'’]{0,20}"
                              r"(?:\s[A-Z][\w.&'’]{0,20}){0,3}){1,2}$")
# A portal's date row written as a list item, the time after it: "- 2031-03-07 18:59".
# A release's "-" item says what happens on a day; a date and a time alone are a stamp.
LISTED_STAMP = re.compile(r"^[-•·]\s\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?\s\d{1,2}:\d{2}$")


# A paper's date row with its own name in square brackets after the day: "2031년 07월 18일
# [누리제일신문]". A sentence goes on after a date; a name in brackets alone is a row's.
DATE_PAPER = re.compile(r"^" + DATE_TEXT + r"\s{0,3}\[[^\[\]]{2,20}\]$", re.I)


# A paper's byline row with its stamps after it: "By Nuri News Posted : August 29, 2031, 10:28
# Updated : August 29, 2031, 10:28". The writer's name (capitals), then the stamp's label: a
# sentence never goes on so ("By Tuesday, the ministry …" has no "Posted :").
_STAMP = r"\s?[:：]?\s?(?i:" + DATE_TEXT + r")(?:,?\s\d{1,2}:\d{2})?"
BYLINE_STAMPS = re.compile(r"^By\s[A-Z][\w.&'-]{0,30}(?:\s[A-Z][\w.&'-]{0,30}){0,3}\s{1,3}"
                           r"(?:Posted|Published)" + _STAMP
                           + r"(?:\s{1,3}Updated" + _STAMP + r")?$")


def date_row(text: str) -> re.Match[str] | None:
    """A news page's stamp or date row that no other rule of text_lines reads."""
    return ZONED_STAMP.match(text) or DATE_SITE_AUTHOR.match(text) or LISTED_STAMP.match(text) \
        or DATE_PAPER.match(text) or BYLINE_STAMPS.match(text)


# An outlet's dateline carrying the day, day-first with an ordinal, at the start of paragraph 1:
# "MOSCOW (Nuri News / Sori - 19th October, 2031) The …". The story's date when the page shows
# no other; looked for in the copy's first lines only.
DATELINE_DAY = re.compile(r"^[A-Z]{3,15}(?:\s[A-Z]{3,15})?\s\([^()]{1,40}\s[-–—/]\s(\d{1,2})"
                          r"(?:st|nd|rd|th)?\s([A-Z][a-z]{2,8})\.?,?\s(\d{4})\)\s")
_DATELINE_LOOK = 12


def dateline_day(lines: list[str]) -> dt.date | None:
    """The day in an outlet's dateline over paragraph 1 ("MOSCOW (… - 19th October, 2031)")."""
    for raw in lines[:_DATELINE_LOOK]:
        m = DATELINE_DAY.match(raw.strip())
        if m and m.group(2).lower()[:3] in MONTHS:
            try:
                return dt.date(int(m.group(3)), MONTHS[m.group(2).lower()[:3]], int(m.group(1)))
            except ValueError:
                return None  # "31st June": no day
    return None


# A US site's stamp, the month first, its time and a US zone: "12/12/2031 | 05:55am EST". The
# zone says whose order it is (a day-first "12/03/2031" elsewhere stays unread); the date is
# written year first for the reader, the time left out (it is not the release's zone).
US_STAMP = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\s{0,3}\|?\s{0,3}\d{1,2}:\d{2}\s?[ap]\.?m\.?"
                      r"\s(?:E|C|M|P)[SD]?T$", re.I)


def us_stamp_read(text: str, m: re.Match[str] | None) -> dict[str, str]:
    if m is None:
        return {"text": text}
    return {"text": f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}", "whole": text}
