"""False-alarm classes of the translation checks found on the batch-5 held-out pairs
(three real KO/EN pairs judged by hand before any change, docs/checks.md), one invented
pair per class, each beside its wrong twin: a real discrepancy of the same shape that must
still be reported.

Classes: a news copy's attribution with the minister in parentheses
("외교부(장관 강경화)는 ... 밝혔다") demands neither the ministry nor the minister; a full
date right before the verb of saying ("...라고 12월 26일 밝혔다") is the day the ministry
spoke, which the release's English does not restate; a Korean number the English gives
only in a ※ note with no Korean of its own (a news copy folded the note into a paragraph).
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_translation
from mfa_desk.model.release import Release, Segment

from .exact_findings import assert_exact_findings

E, W = ERROR, WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- the ministry with its minister in parentheses: a news copy's attribution ------------
    ("외교부(장관 김하늘) 정부가 홍수 피해 복구를 위해 10만불을 지원할 예정이라고 밝혔다.",
     "The government will provide US$100,000 for the flood recovery.", []),
    ("외교부(장관 김하늘)는 정부가 10만불을 지원할 예정이라고 전했다.",
     "The government will provide US$100,000.", []),
    ("김하늘 외교부 장관은 10만불 지원 계획을 발표하였다.",
     "The government announced a plan to provide US$100,000.",
     [("glossary", W)]),  # the release's own subject: "Minister of Foreign Affairs" demanded
    ("외교부(장관 김하늘)는 정부가 10만불을 지원할 예정이라고 전했다.",
     "The government will provide US$200,000.", [("number", E)]),  # the facts still compared
    # --- the day the ministry spoke, written as a full date -----------------------------------
    ("정부는 20만불을 지원할 예정이라고 외교부가 12월 26일 밝혔다.",
     "The government will provide US$200,000.", []),
    ("정부는 20만불을 지원할 예정이라고 12월 26일 발표했다.",
     "The government will provide US$200,000.", []),
    ("정부는 12월 26일 20만불을 지원할 예정이다.",
     "The government will provide US$200,000.", [("date", E)]),  # a date of the release
    ("정부는 12월 26일 회의를 개최하고 20만불 지원을 밝혔다.",
     "The government held a meeting and announced US$200,000.", [("date", E)]),
    ("정부는 20만불을 지원할 예정이라고 12월 26일 밝혔다.",
     "The government said on December 27 that it will provide US$200,000.",
     [("date", E)]),  # the English names a different day: still compared
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(2017, 12, default_glossary()), expected)


@pytest.mark.parametrize(("note_en", "note_ko", "expected"), [
    ("Previously, the government contributed a combined two million US dollars.", "",
     [("structure", "notes[0]")]),  # the note's gap, not the number again
    ("Previously, the government contributed a combined three million US dollars.", "",
     [("number", "points[0]"), ("structure", "notes[0]")]),  # another amount: still missing
    ("Previously, the government contributed a combined two million US dollars.",
     "※ 정부는 기존에 총 300만불을 지원하였다.",
     [("number", "notes[0]"), ("number", "points[0]")]),  # a note of its own: compared
])
def test_a_number_the_english_gives_in_a_note_of_its_own(
        note_en: str, note_ko: str, expected: list[tuple[str, str]]) -> None:
    release = Release()
    release.points = [Segment.of("정부는 기지원한 200만불에 이어 260만불을 추가 지원한다.",
                                 "The government will provide an additional 2.6 million "
                                 "US dollars.")]
    release.notes = [Segment.of(note_ko, note_en)]
    found = sorted((f.check, f.segment) for f in check_translation(release)
                   if f.check != "hygiene")
    assert found == expected
