"""Property tests: a date or amount rendered both ways by our formatter never raises a finding."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_pair
from mfa_desk.text.dates import EN_DATE_STYLES, KO_DATE_STYLES, format_date_en, format_date_ko
from tests.checks.amount_rendering import format_amount_en, format_amount_ko

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


@settings(max_examples=300, deadline=None)
@given(dates, st.sampled_from(KO_DATE_STYLES), st.sampled_from(EN_DATE_STYLES))
def test_same_date_both_ways_raises_nothing(date: dt.date, ko_style: str, en_style: str
                                            ) -> None:
    ctx = CheckContext(date.year, date.month, default_glossary())
    ko = f"회의는 {format_date_ko(date, ko_style)} 개최된다."
    en = f"The meeting will be held on {format_date_en(date, en_style)}."
    assert check_pair(ko, en, ctx) == []


@settings(max_examples=200, deadline=None)
@given(dates, st.integers(min_value=1, max_value=27))
def test_a_different_day_is_always_found(date: dt.date, shift: int) -> None:
    ctx = CheckContext(date.year, date.month, default_glossary())
    other = date + dt.timedelta(days=shift)
    found = check_pair(f"{format_date_ko(date, 'short')} 방문", f"a visit on "
                       f"{format_date_en(other, 'month_day')}", ctx)
    assert [f.check for f in found] == ["date"]


# Amounts as releases write them: a few significant digits times a power of ten.
amounts = st.builds(lambda digits, power: digits * 10 ** power,
                    st.integers(min_value=1, max_value=9999),
                    st.integers(min_value=0, max_value=10))


@settings(max_examples=300, deadline=None)
@given(amounts, st.sampled_from(["won", "dollar"]))
def test_same_amount_both_ways_raises_nothing(value: int, currency: str) -> None:
    ko = f"총 {format_amount_ko(value, currency)} 규모이다."
    en = f"The total is {format_amount_en(value, currency)}."
    assert check_pair(ko, en, CheckContext(2026, 3, default_glossary())) == [], (ko, en)


@settings(max_examples=200, deadline=None)
@given(amounts, st.integers(min_value=2, max_value=9), st.sampled_from(["won", "dollar"]))
def test_a_different_amount_is_always_found(value: int, factor: int, currency: str) -> None:
    ko = f"총 {format_amount_ko(value, currency)} 규모이다."
    en = f"The total is {format_amount_en(value * factor, currency)}."
    found = check_pair(ko, en, CheckContext(2026, 3, default_glossary()))
    assert "number" in {f.check for f in found}, (ko, en)
