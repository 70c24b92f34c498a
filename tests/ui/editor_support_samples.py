"""Invented sample releases for the autosave, recovery and dialog tests."""

from __future__ import annotations

import datetime as dt

from mfa_desk.model.release import Release, Segment


def sample_release(headline_ko: str = "제2차 해양협력 대화 개최") -> Release:
    release = Release()
    release.metadata.document_type = "보도자료"
    release.metadata.category = "Press Releases"
    release.metadata.date = dt.date(2026, 4, 2)
    release.metadata.department = "해양협력과"
    release.headline = Segment.of(headline_ko, "2nd Maritime Cooperation Dialogue Held")
    release.points = [
        Segment.of("양측은 4.2.(목) 서울에서 대화를 개최하였다.",
                   "The two sides held the dialogue in Seoul on April 2.",
                   children=[Segment.of("항만 안전 협력 강화",
                                        "Stronger port safety cooperation")]),
        Segment.of("다음 회의는 2027년 상반기에 개최될 예정이다.",
                   "The next meeting is expected in the first half of 2027."),
    ]
    release.notes = [Segment.of("※ 참고 자료 별첨", "* Reference material attached")]
    return release
