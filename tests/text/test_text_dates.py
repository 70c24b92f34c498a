"""One date stack for both languages: reading and writing."""

from __future__ import annotations

import datetime as dt

import pytest

from mfa_desk.text.dates import (
    KO_DATE_STYLES,
    format_date_en,
    format_date_ko,
    format_datetime_ko,
    parse_any_date,
    parse_korean_date,
    written_weekday_problem,
)


@pytest.mark.parametrize(("text", "date", "time"), [
    ("2026. 3. 18.(수) 10:00", dt.date(2026, 3, 18), dt.time(10, 0)),
    ("2026.3.18(수)", dt.date(2026, 3, 18), None),
    ("2026년 3월 18일(수) 오후 3시 30분", dt.date(2026, 3, 18), dt.time(15, 30)),
    ("2016-06-10 20:00:00", dt.date(2016, 6, 10), dt.time(20, 0)),
])
def test_korean_dates_with_their_time(text: str, date: dt.date, time: dt.time | None) -> None:
    found = parse_korean_date(text)
    assert found is not None
    assert (found.date, found.time) == (date, time)


@pytest.mark.parametrize(("text", "date"), [
    ("September 26, 2026", dt.date(2026, 9, 26)),
    ("26 Sep 2026", dt.date(2026, 9, 26)),
    ("Date : 2026.03.18", dt.date(2026, 3, 18)),
])
def test_any_date(text: str, date: dt.date) -> None:
    found = parse_any_date(text)
    assert found is not None and found.date == date


def test_a_date_that_does_not_exist_is_none() -> None:
    assert parse_any_date("2026-02-30") is None
    assert parse_any_date("February 30, 2026") is None


def test_weekday_written_is_checked() -> None:
    assert written_weekday_problem("2026. 3. 18.(수)") is None
    assert written_weekday_problem("2026. 3. 18.(목)") == \
        "2026. 3. 18. is a Wednesday (수), not (목)"


def test_written_then_read_back_in_every_korean_style_with_a_year() -> None:
    day = dt.date(2026, 11, 4)
    for style in KO_DATE_STYLES:
        text = format_date_ko(day, style)
        if "no_year" not in style and "short" not in style and style != "spaced":
            found = parse_korean_date(text)
            assert found is not None and found.date == day, text
    assert format_datetime_ko(dt.datetime(2026, 11, 4, 9, 5)) == "2026. 11. 4.(수) 09:05"
    assert format_date_en(day) == "November 4, 2026"
    assert format_date_en(day, "abbrev") == "Nov. 4"


def test_a_long_line_is_read_in_linear_time() -> None:
    line = "2026" * 250_000  # 1 MB of digits: no date, and no backtracking
    assert parse_any_date(line) is None

