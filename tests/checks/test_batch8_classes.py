"""False-finding classes of the translation checks found on the batch-8 held-out pairs
(three real KO/EN aid releases and a news rewrite, judged by hand before any change,
docs/checks.md), one invented pair per class, each beside its wrong twin: a real
discrepancy of the same shape that must still be reported.

Classes: a dotted month and day with a range particle and no period ("11.30까지") is a date;
an English day range may join its days with "till" ("from October 8 till 26").
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.dates import english_dates, korean_dates
from mfa_desk.checks.findings import ERROR
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext

from .exact_findings import assert_exact_findings

E = ERROR

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a dotted date with 까지/부터 and no period -----------------------------------------
    ("정부는 의료팀 12명을 12.15까지 현지에 파견하기로 하였다.",
     "The government decided to keep a 12-member medical team there until December 15.",
     []),
    ("정부는 의료팀 12명을 12.15까지 현지에 파견하기로 하였다.",
     "The government decided to keep a 12-member medical team there until December 16.",
     [("date", E)]),  # another day
    ("정부는 의료팀 12명을 3.10부터 현지에 파견한다.",
     "The government will send a 12-member medical team from March 10.", []),
    # --- an English range joined by "till" ------------------------------------------------
    ("구호대는 3월 2일부터 3월 14일까지 현지에서 활동하였다.",
     "The relief team worked there from March 2 till 14.", []),
    ("구호대는 3월 2일부터 3월 14일까지 현지에서 활동하였다.",
     "The relief team worked there from March 2 till 15.", [("date", E)]),  # another end
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(2024, 3, default_glossary()), expected)


def test_a_dotted_date_before_a_range_particle_is_a_date() -> None:
    assert [(d.month, d.day) for d in korean_dates("인력을 11.30까지 파견")] == [(11, 30)]
    # A decimal with no particle stays a number.
    assert korean_dates("증가율은 11.30 수준") == []


def test_till_joins_an_english_day_range() -> None:
    assert [(d.month, d.day) for d in english_dates("from October 8 till 26")] == [
        (10, 8), (10, 26)]
