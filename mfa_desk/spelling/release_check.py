"""Spell-check a whole release. PLACEHOLDER until the spelling issue lands."""

from __future__ import annotations

from mfa_desk.model.release import Release
from mfa_desk.spelling.findings import SpellFinding


def spell_check_release(release: Release, with_suggestions: bool = True) -> list[SpellFinding]:
    raise NotImplementedError("spell checking is not built yet")
