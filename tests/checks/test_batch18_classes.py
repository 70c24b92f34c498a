"""False-finding classes of the translation checks found on the batch-18 held-out pairs (two
phone calls, a ministerial meeting, an MOU, a consular notice, an aid announcement and an
embassy's notice in both languages; judged by hand before any change, docs/checks.md), each
with an invented pair or release beside its wrong twin: a real discrepancy of the same shape
that must still be reported.

Classes: an amount whose digits a hyphen joins to the scale ("500-thousand dollars"); a
Korean date written with its weekday ("6.24(월)") that the English names by that weekday
alone; the day the ministry spoke before quotes joined by "며" ('외교부는 21일 "..."며
"..."고 밝혔다').
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext

from .exact_findings import assert_exact_findings

E, W = ERROR, WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- digits joined to the scale by a hyphen -------------------------------------------------
    ("말라위와 나미비아에 각 50만 달러를 지원한다.",
     "500-thousand dollars each will be given to Malawi and Namibia.", []),
    ("말라위와 나미비아에 각 50만 달러를 지원한다.",
     "400-thousand dollars each will be given to Malawi and Namibia.", [("number", E)]),
    ("기금에 300만 달러를 출연한다.", "It will give a three-million-dollar contribution "
     "to the fund.", []),
    ("기금에 300만 달러를 출연한다.", "It will give a two-million-dollar contribution "
     "to the fund.", [("number", E)]),
    # --- a Korean date with its weekday, the English naming the weekday alone -----------------
    ("양측은 6.24.(월) 워싱턴에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in Washington on Monday.", []),
    ("양측은 6.24.(월) 워싱턴에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in Washington on Tuesday.",
     [("date", E)]),  # another weekday: the day is missing
    ("양측은 6.24. 워싱턴에서 양해각서를 체결하였다.",
     "The two sides signed the memorandum of understanding in Washington on Monday.",
     []),  # no weekday written, no calendar: one weekday stands for one day (batch 17)
    # --- the day the ministry spoke, before quotes joined by "며" -------------------------------
    ('외교부는 21일 "특별여행주의보를 1개월 연장했다"며 "추가 연장이 없는 한 자동 해제된다"고 '
     '밝혔다.', "The ministry said it extended the special travel advisory by one month; it "
     "will be lifted automatically unless extended again.", []),
    ('외교부는 21일 회의를 열어 "특별여행주의보를 1개월 연장했다"며 "추가 연장이 없는 한 자동 '
     '해제된다"고 밝혔다.', "The ministry said it extended the special travel advisory by one "
     "month; it will be lifted automatically unless extended again.",
     [("date", E)]),  # the day of a meeting, not of the saying
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(None, None, default_glossary()), expected)
