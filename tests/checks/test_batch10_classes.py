"""False-finding classes of the translation checks found on the batch-10 held-out pairs (a
news copy of an economic-security release and three G20 foreign ministers' meetings against
the ministry's or Yonhap's English, judged by hand before any change, docs/checks.md), one
invented pair per row, each beside its wrong twin: a real discrepancy of the same shape that
must still be reported.

Classes: a Latin word the English writes with a hyphen (G-20 for G20); TF spelled out as
"task force"; a glossary adjective in -al rendered as its noun ("multilateralism" for 다자);
"the Ukraine" qualifying a noun ("the Ukraine conflict") is no forbidden rendering; 외교장관 as
"Foreign Affairs Minister(s)" (the ministry's "G20 Meeting of Foreign Affairs Ministers").
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext

from .exact_findings import assert_exact_findings

E = ERROR
W = WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("장관은 G20 회의에 참석하였다.", "The Minister attended the G-20 meeting.", []),
    # Another number after the G: still reported.
    ("장관은 G20 회의에 참석하였다.", "The Minister attended the G-7 meeting.", [("latin", W)]),
    ("외교부는 수출 지원 TF를 신설하였다.",
     "The Ministry launched a task force for export support.", []),
    ("외교부는 수출 지원 TF를 신설하였다.", "The Ministry launched a team for export support.",
     [("latin", W)]),
    ("참석자들은 다자주의의 중요성을 인식하였다.",
     "The participants recognized the significance of multilateralism.", []),
    ("참석자들은 다자주의의 중요성을 인식하였다.",
     "The participants recognized the significance of cooperation.", [("glossary", W)]),
    ("장관은 우크라이나 사태로 식량 위기가 심화되었다고 평가하였다.",
     "The Minister noted the food crisis was worsened by the Ukraine conflict.", []),
    # 외교장관 as the ministry's English of a G20 meeting writes it ("Foreign Affairs Ministers").
    ("장관은 G20 외교장관회의에 참석하였다.",
     "The Minister attended the G20 Meeting of Foreign Affairs Ministers.", []),
    ("장관은 G20 외교장관회의에 참석하였다.", "The Minister attended the G20 meeting.",
     [("glossary", W)]),
    # "the Ukraine" for the country: still the forbidden rendering.
    ("장관은 우크라이나를 방문하였다.", "The Minister visited the Ukraine.", [("glossary", E)]),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(2024, 3, default_glossary()), expected)
