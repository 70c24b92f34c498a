"""The held-out set as a test: correct pairs raise nothing, each wrong pair its finding.

The pairs (tests/checks/heldout_pairs.py) were written before the checker was read; the
numbers before and after the fixes they led to are printed by
benchmarks/translation_checks_heldout.py.
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_pair, check_translation
from mfa_desk.formats.importing import import_pair

from .heldout_pairs import (
    CORRECT,
    HELDOUT_DIR,
    LATER_CORRECT,
    LATER_WRONG,
    RELEASE_MONTH,
    RELEASE_YEAR,
    RELEASES,
    WRONG,
)

ALL_CORRECT = CORRECT + LATER_CORRECT
ALL_WRONG = WRONG + LATER_WRONG

PATH = "points[1]"


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    return CheckContext(RELEASE_YEAR, RELEASE_MONTH, default_glossary())


def test_heldout_set_is_large() -> None:
    assert len(CORRECT) >= 40 and len(WRONG) >= 20 and len(RELEASES) >= 3


@pytest.mark.parametrize(("ko", "en"), ALL_CORRECT,
                         ids=[f"ok{i:02d}" for i in range(len(ALL_CORRECT))])
def test_correct_pair_raises_nothing(ko: str, en: str, ctx: CheckContext) -> None:
    found = check_pair(ko, en, ctx, path=PATH, segment_id="s1")
    assert [f for f in found if f.severity in (ERROR, WARNING)] == []


@pytest.mark.parametrize(("ko", "en", "check"), ALL_WRONG,
                         ids=[f"bad{i:02d}" for i in range(len(ALL_WRONG))])
def test_wrong_pair_is_reported_in_its_segment(ko: str, en: str, check: str,
                                               ctx: CheckContext) -> None:
    found = check_pair(ko, en, ctx, path=PATH, segment_id="s1")
    hits = [f for f in found if f.check == check]
    assert hits, [(f.check, f.message) for f in found]
    assert all(f.segment == PATH and f.segment_id == "s1" and f.message for f in hits)
    # Every held-out fault is a wrong fact: the date, number and Hangul checks call it an error.
    if check in ("date", "number", "hangul"):
        assert any(f.severity == ERROR for f in hits), [f.message for f in hits]


@pytest.mark.parametrize("name", RELEASES)
def test_heldout_release_has_no_error(name: str) -> None:
    release = import_pair(HELDOUT_DIR / f"{name}.ko.txt", HELDOUT_DIR / f"{name}.en.txt").release
    assert len(list(release.iter_segments())) >= 4
    errors = [f for f in check_translation(release) if f.severity == ERROR]
    assert errors == []
