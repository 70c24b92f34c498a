"""Invented pairs in the shapes that gave false alarms on real published translations.

Issue #11 measured the checks on real Korean/English pairs pasted from ministry pages and
found findings that were wrong three times out of four. Each entry below is our own text
in one of those shapes (a correct pair a careful translator could publish) together with
its wrong twin: the same pair with one real error, which the named check must report.
The release context is 2026-10-13 (a Tuesday): a day-only Korean date is in October 2026.

PAIRS: (name, Korean, English, wrong English, check that must report the wrong twin).
RELEASES: (name, correct release, wrong twin, check, path the finding must be at).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from mfa_desk.model.release import Attachment, BiText, Release, Segment

RELEASE_DATE = dt.date(2026, 10, 13)

PAIRS: list[tuple[str, str, str, str, str]] = [
    (
        "day-only date after 지난, resolved against the release month",
        "우리 정부는 지난 4일(일) 태풍 피해를 입은 라오스에 30만 불 규모의 인도적 지원을 "
        "제공할 예정이다.",
        "The Korean government will provide humanitarian assistance worth some 300,000 US "
        "dollars to Laos, which was hit by a typhoon on October 4.",
        "The Korean government will provide humanitarian assistance worth some 300,000 US "
        "dollars to Laos, which was hit by a typhoon on October 5.",
        "date",
    ),
    (
        "day-only range with weekdays, 부터 ... 까지",
        "라오스 정부는 8일(목)부터 11일(일)까지 국가 애도 기간을 선포하였다.",
        "The Lao government declared October 8-11 a period of national mourning.",
        "The Lao government declared October 8-12 a period of national mourning.",
        "date",
    ),
    (
        "month.day without the final period ('8.3') is a date, reported once",
        "양국 외교장관은 8.3 서울에서 회담을 갖고 상호 관심사를 논의하였다.",
        "The foreign ministers of the two countries held talks in Seoul on August 3 and "
        "discussed matters of mutual interest.",
        "The foreign ministers of the two countries held talks in Seoul on August 4 and "
        "discussed matters of mutual interest.",
        "date",
    ),
    (
        "day written 11(일) - 日, not Sunday - ending a range",
        "라오스 정부는 지난 8일(목)부터 11(일)간 국가 애도 기간을 선포하였다.",
        "The Lao government declared October 8-11 a period of national mourning.",
        "The Lao government declared October 8-13 a period of national mourning.",
        "date",
    ),
    (
        "month.day with a weekday and no period; a range in parentheses",
        "김 장관은 10.9(금) 오전 라오스 외교장관과 전화 통화를 갖고, 다음 주(10.15-16)로 "
        "예정된 회의 준비 상황을 점검하였다.",
        "Minister Kim held a telephone conversation with the Lao Foreign Minister on the "
        "morning of October 9 and reviewed preparations for the meeting scheduled for "
        "October 15-16.",
        "Minister Kim held a telephone conversation with the Lao Foreign Minister on the "
        "morning of October 9 and reviewed preparations for the meeting scheduled for "
        "October 15-17.",
        "date",
    ),
    (
        "amounts with 불 and 여: 1,000만불, 1천여 명",
        "정부는 총 1,000만불 규모의 인도적 지원을 결정하였으며, 현지에서는 1천여 명이 "
        "대피하였다.",
        "The government decided to provide US$10 million in humanitarian assistance; some "
        "1,000 people have been evacuated.",
        "The government decided to provide US$1 million in humanitarian assistance; some "
        "1,000 people have been evacuated.",
        "number",
    ),
    (
        "외교부 rendered 'the Ministry'",
        "외교부는 라오스 정부와 긴밀히 협의해 나갈 예정이다.",
        "The Ministry will continue close consultations with the Lao government.",
        "The Foreign Ministry of Korea will continue close consultations with the Lao "
        "government.",
        "glossary",
    ),
    (
        "a country named in Korean, implied in English by its adjective",
        "정부는 필리핀 적십자사를 통해 30만 불을 지원한다.",
        "The government will provide US$300,000 through the Philippine Red Cross.",
        "The government will provide US$300,000 through the Red Cross.",
        "glossary",
    ),
]


def _release(headline: tuple[str, str], points: list[Segment],
             attachments: list[Attachment] | None = None) -> Release:
    r = Release()
    r.metadata.date = RELEASE_DATE
    r.headline = Segment.of(*headline)
    r.points = points
    r.attachments = list(attachments or [])
    return r


def headline_date(wrong: bool) -> Release:
    """The English headline adds the date the Korean body states."""
    return _release(
        ("한-라오스 외교장관 회담 개최",
         f"Korea-Laos Foreign Ministers' Meeting ({'10.14.' if wrong else '10.13.'})"),
        [Segment.of("김 장관은 10.13.(화) 서울에서 라오스 외교장관과 회담을 가졌다.",
                    "Minister Kim held talks with the Lao Foreign Minister in Seoul on "
                    "October 13."),
         Segment.of("양 장관은 개발협력 확대 방안을 논의하였다.",
                    "The two ministers discussed ways to expand development cooperation.")])


def attachment_line(wrong: bool) -> Release:
    """붙임 in the Korean; the English page leaves it out."""
    return _release(
        ("한-라오스 외교장관 회담 개최", "Korea-Laos Foreign Ministers' Meeting"),
        [Segment.of("김 장관은 10.13.(화) 서울에서 라오스 외교장관과 회담을 가졌다.",
                    "Minister Kim held talks with the Lao Foreign Minister in Seoul on "
                    f"October {'12' if wrong else '13'}."),
         Segment.of("양 장관은 개발협력 확대 방안을 논의하였다.",
                    "The two ministers discussed ways to expand development cooperation.")],
        [Attachment(title=BiText("회담 사진 1부.", ""))])


def merged_paragraphs(wrong: bool) -> Release:
    """One English point carries two Korean paragraphs."""
    return _release(
        ("정부, 라오스 태풍 피해에 30만불 지원",
         "ROK to Provide US$300,000 to Typhoon-hit Laos"),
        [Segment.of("정부는 태풍 피해를 입은 라오스에 30만 불 규모의 인도적 지원을 제공한다.",
                    "The government will provide US$300,000 in humanitarian assistance to "
                    "Laos, which was hit by a typhoon. According to the Lao government, "
                    f"{'152' if wrong else '125'} people died and 40,000 were displaced."),
         Segment.of("라오스 정부 발표에 따르면 사망자 125명, 이재민 4만 명이 발생하였다.", ""),
         Segment.of("정부는 앞으로도 인도적 지원을 계속해 나갈 것이다.",
                    "The government will continue to provide humanitarian assistance.")])


RELEASES: list[tuple[str, Callable[[bool], Release], str, str]] = [
    ("English headline date stated by the Korean body", headline_date, "date", "headline"),
    ("붙임 line the English page leaves out", attachment_line, "date", "points[0]"),
    ("an English point merging two Korean paragraphs", merged_paragraphs, "number",
     "points[0]"),
]
