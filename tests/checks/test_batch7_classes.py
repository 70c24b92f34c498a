"""False-finding classes of the translation checks found on the batch-7 held-out pairs
(four real KO/EN pairs judged by hand before any change, docs/checks.md), one invented
pair per class, each beside its wrong twin: a real discrepancy of the same shape that must
still be reported.

Classes: a day range under one month in parentheses before the place ("(8.6-8, 필리핀
마닐라)") is a date range, not the number 8.6; a title heading a meeting (외교장관회의) may be
rendered as an adjective ("foreign ministerial meetings"); "양 장관" (both ministers) refers
back to two people named before, and the English may say "the two top diplomats".
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.dates import korean_dates
from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext

from .exact_findings import assert_exact_findings

E, W = ERROR, WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a day range in parentheses before the place ---------------------------------------
    ("김하늘 장관은 기후장관회의(9.3-5, 태국 방콕) 참석 계기에 협의를 가졌다.",
     "Minister Kim Ha-neul held consultations on the sidelines of the Climate Ministers' "
     "Meeting (September 3-5, Bangkok, Thailand).", []),
    ("김하늘 장관은 기후장관회의(9.3-5, 태국 방콕) 참석 계기에 협의를 가졌다.",
     "Minister Kim Ha-neul held consultations on the sidelines of the Climate Ministers' "
     "Meeting (September 3-6, Bangkok, Thailand).", [("date", E)]),  # another last day
    ("성장률 전망은 1.5-2, 물가 전망은 3으로 제시되었다.",
     "The growth outlook was put at 1.5-2 and the inflation outlook at 3.", []),  # numbers
    ("성장률 전망은 1.5-2, 물가 전망은 3으로 제시되었다.",
     "The growth outlook was put at 1.5-3 and the inflation outlook at 3.",
     [("number", E)]),  # no parenthesis: still the numbers 1.5 and 2
    # --- a title heading a meeting, rendered as an adjective -------------------------------
    ("양측은 다음 달 외교장관회의에서 긴밀히 공조하기로 하였다.",
     "The two sides agreed to work closely together at next month's foreign ministerial "
     "meetings.", []),
    ("양측은 다음 달 외교장관회의에서 긴밀히 공조하기로 하였다.",
     "The two sides agreed to work closely together at next month's senior officials' "
     "meetings.", [("glossary", W)]),  # the ministers' meeting is not in the English
    # --- 양 장관: both ministers named before ---------------------------------------------
    ("양 장관은 대화의 문이 열려 있음을 재확인하였다.",
     "The two top diplomats reaffirmed that the door to dialogue remains open.", []),
    ("양 장관은 대화의 문이 열려 있음을 재확인하였다.",
     "They reaffirmed that the door to dialogue remains open.",
     [("glossary", W)]),  # neither "Minister" nor "the two"/"both"
    ("김 장관은 대화의 문이 열려 있음을 재확인하였다.",
     "The two top diplomats reaffirmed that the door to dialogue remains open.",
     [("glossary", W)]),  # one minister: the English must name him
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(2022, 8, default_glossary()), expected)


def test_a_day_range_before_a_place_is_read_as_two_dates() -> None:
    found = [(d.month, d.day) for d in korean_dates("회의(8.6-8, 필리핀 마닐라) 참석")]
    assert found == [(8, 6), (8, 8)]
    assert korean_dates("전망은 1.5-2, 물가는 3") == []
