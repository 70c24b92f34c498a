"""Invented releases for the archive tests (our own text, not published releases)."""

from __future__ import annotations

import datetime as dt

from mfa_desk.model.release import Release, Segment, TranslationStatus

TALKS_POINTS = [
    ("양측은 양국 관계의 중요성을 재확인하였다.",
     "The two sides reaffirmed the importance of bilateral relations."),
    ("정부는 120억 달러 규모의 공급망 기금을 조성하기로 하였다.",
     "The government decided to create a supply chain fund of 12 billion dollars."),
    ("양 장관은 외교 채널을 통한 긴밀한 소통을 지속해 나가기로 하였다.",
     "The two ministers agreed to continue close communication through diplomatic "
     "channels."),
]


def release(headline_ko: str = "한-캐나다 외교장관 회담 개최",
            headline_en: str = "Korea-Canada Foreign Ministers' Meeting",
            points: list[tuple[str, str]] | None = None,
            date: dt.date | None = dt.date(2026, 3, 18),
            department: str = "북미국 북미1과", number: str = "") -> Release:
    r = Release()
    r.headline = Segment.of(headline_ko, headline_en)
    r.metadata.date = date
    r.metadata.department = department
    r.metadata.release_number = number
    for ko, en in TALKS_POINTS if points is None else points:
        seg = Segment.of(ko, en)
        seg.set_status(TranslationStatus.TRANSLATED)
        r.points.append(seg)
    return r
