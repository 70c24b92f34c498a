"""An invented release in two versions for the review-copy tests."""

from __future__ import annotations

import datetime as dt

from mfa_desk.model.release import Release, Segment
from mfa_desk.model.review import Comment, Reply

T = dt.datetime(2026, 3, 18, 9, 30, tzinfo=dt.UTC)


def release(version: int) -> Release:
    r = Release()
    r.headline = Segment.of("한-가상국 외교장관 회담 개최",
                            "Korea-Virtualia Foreign Ministers' Meeting")
    r.headline.id = "h"
    r.points = [Segment.of("양국 장관은 서울에서 만났다.", "The two ministers met in Seoul."),
                Segment.of("양국은 경제 협력을 강화하기로 하였다.",
                           "The two sides agreed to strengthen economic cooperation."),
                Segment.of("회담은 화요일에 열렸다.", "The talks were held on Tuesday.")]
    for seg, key in zip(r.points, "abc", strict=True):
        seg.id = key
    if version == 2:
        # In document order: an insertion, a deletion, then a replacement.
        r.points[0].text.en = "The two foreign ministers met in Seoul."
        r.points[1].text.ko = "양국은 협력을 강화하기로 하였다."
        r.points[2].text.en = "The talks were held on Wednesday."
        r.points[1].comments = [Comment("김 주무관", T, "날짜 확인 부탁",
                                        replies=[Reply("Translator", T, "확인했습니다")]),
                                Comment("박 과장", T, "용어 통일", resolved=True)]
    return r
