"""Held-out releases written after the importer: each field and segment of the
import must equal what a human reader says the release contains (the
NAME.expected.json next to each text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_compare import cases, compare


def test_every_heldout_release_has_its_expected_result() -> None:
    found = cases()
    assert len(found) == 8
    assert all(expected.exists() for _, expected in found)


@pytest.mark.parametrize(("source", "expected"), cases(), ids=lambda p: Path(p).name)
def test_heldout_release_imports_as_a_reader_sees_it(source: Path, expected: Path) -> None:
    mismatches = [f"{c.name}: expected {c.expected!r}, got {c.actual!r}"
                  for c in compare(source, expected) if not c.ok]
    assert mismatches == []
