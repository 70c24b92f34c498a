"""Filling a release's empty column from the other language's release pasted whole."""

from __future__ import annotations

from mfa_desk.formats.plaintext.column_fill import column_fill, column_to_fill
from mfa_desk.formats.plaintext.text_import import import_text

KO = """해양 협력 회의 개최 결과
□ 양측은 10월 4일 부산에서 해양 협력 회의를 개최하였다.
  ㅇ 양측은 수산 자원 보호 방안을 논의하였다.
□ 양측은 내년 회의를 서울에서 열기로 하였다.
"""
EN = """Press Releases
Outcome of the Maritime Cooperation Meeting
Date 2026-10-05
1. The two sides held the Maritime Cooperation Meeting in Busan on October 4.
  ° The two sides discussed ways to protect fishery resources.
2. The two sides agreed to hold next year's meeting in Seoul.
3. The two sides will share the results with the agencies concerned.
"""


def test_the_english_page_fills_the_english_column_point_by_point() -> None:
    release = import_text(KO).release
    ids = [ref.segment.id for ref in release.iter_segments()]
    korean = [ref.segment.text.ko for ref in release.iter_segments()]
    assert column_to_fill(release, EN) == "en"
    fill = column_fill(release, EN, "en")
    assert fill is not None
    fill.operation.apply(release)
    assert release.headline.text.en == "Outcome of the Maritime Cooperation Meeting"
    assert [(p.text.ko[:5], p.text.en[:28]) for p in release.points] == [
        ("양측은 1", "The two sides held the Marit"),
        ("양측은 내", "The two sides agreed to hold"),
        ("", "The two sides will share the")]  # no Korean yet: inserted, not dropped
    assert release.points[0].children[0].text.en.startswith("The two sides discussed")
    # The Korean segments are the same segments, their text untouched.
    assert [ref.segment.id for ref in release.iter_segments()][:len(ids)] == ids
    assert [ref.segment.text.ko for ref in release.iter_segments() if ref.segment.text.ko] \
        == korean
    # One undo step takes it back.
    fill.operation.revert(release)
    assert not release.has_language("en") and len(release.points) == 2


def test_nothing_to_fill_when_the_column_has_text_or_the_language_is_the_same() -> None:
    release = import_text(KO).release
    assert column_to_fill(release, KO) is None  # Korean pasted into a Korean release
    release.points[1].text.en = "Already begun."
    assert column_to_fill(release, EN) is None  # the English column is not empty


def test_a_paste_that_does_not_import_fills_nothing() -> None:
    release = import_text(KO).release
    assert column_fill(release, "\n\n", "en") is None
