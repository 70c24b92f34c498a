"""The invented pairs in the shapes of real false alarms (issue #11), as a test.

tests/checks/real_shapes.py holds each correct pair with its wrong twin; the correct one
raises nothing (but the expected merge warning and the date-period style warning), the
twin is reported by its check at its place, once. benchmarks/real_shapes.py prints the
before/after numbers.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_pair, check_translation
from mfa_desk.model.release import Release

from .real_shapes import PAIRS, RELEASE_DATE, RELEASES

PATH = "points[0]"


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    return CheckContext(RELEASE_DATE.year, RELEASE_DATE.month, default_glossary())


def test_ten_shapes_or_more() -> None:
    assert len(PAIRS) + len(RELEASES) >= 10


@pytest.mark.parametrize(("name", "ko", "en", "wrong", "check"), PAIRS,
                         ids=[p[0][:40] for p in PAIRS])
def test_correct_pair_is_clean_and_its_twin_reported_once(
        name: str, ko: str, en: str, wrong: str, check: str, ctx: CheckContext) -> None:
    found = [(f.check, f.message) for f in check_pair(ko, en, ctx, PATH, "s1")
             if not (f.check == "hygiene" and "lacks the period" in f.message)]
    assert found == []
    twin = [f for f in check_pair(ko, wrong, ctx, PATH, "s1")
            if f.check != "hygiene"]
    assert [(f.check, f.segment) for f in twin] == [(check, PATH)], [f.message for f in twin]


@pytest.mark.parametrize(("name", "make", "check", "path"), RELEASES,
                         ids=[r[0][:40] for r in RELEASES])
def test_correct_release_is_clean_and_its_twin_reported(
        name: str, make: Callable[[bool], Release], check: str, path: str) -> None:
    found = check_translation(make(False))
    if "merging" in name:
        assert [(f.check, f.severity) for f in found] == [("structure", "warning")]
        assert found[0].message.startswith("Merged:")
    else:
        assert found == [], [f.message for f in found]
    twin = [(f.check, f.segment) for f in check_translation(make(True))
            if f.severity == "error"]
    assert twin == [(check, path)]


def test_eight_point_three_is_one_date_not_also_a_number(ctx: CheckContext) -> None:
    found = check_pair("양국은 8.3 회담을 가졌다.", "The two countries held talks on August 4.",
                       ctx, PATH, "s1")
    assert [(f.check, f.ko, f.en) for f in found] == [("date", "8.3", "August 4")]
    # With the number 8.3 in the English, it is a number: "8.3 서울" is no date then.
    assert check_pair("성장률은 8.3 수준이다.", "The growth rate is at 8.3.", ctx, PATH) == []


def test_day_only_date_takes_the_month_its_weekday_fits(ctx: CheckContext) -> None:
    # Release of October 2026; 28일(월) fits September 28, not October 28 (a Wednesday).
    found = check_pair("지난 28일(월) 회의가 열렸다.", "The meeting was held on September 28.",
                       ctx, PATH)
    assert found == []
    wrong = check_pair("지난 28일(화) 회의가 열렸다.", "The meeting was held on October 28.",
                       ctx, PATH)
    assert [f.check for f in wrong] == ["date"] and "weekday" in wrong[0].message
