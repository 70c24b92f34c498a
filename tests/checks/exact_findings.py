"""The assertion of the row tables: a pair raises exactly the expected findings."""

from __future__ import annotations

from mfa_desk.checks.translation import CheckContext, check_pair


def assert_exact_findings(ko: str, en: str, ctx: CheckContext,
                          expected: list[tuple[str, str]]) -> None:
    """(check, severity) of every finding of the pair, hygiene aside, equal `expected`."""
    found = [(f.check, f.severity) for f in check_pair(ko, en, ctx, is_point=False)
             if f.check != "hygiene"]
    assert sorted(found) == sorted(expected), [f.message for f in check_pair(ko, en, ctx)]
