"""Translation checks over a whole release. PLACEHOLDER until the checks issue lands."""

from __future__ import annotations

from mfa_desk.checks.findings import QaFinding
from mfa_desk.model.release import Release


def check_translation(release: Release) -> list[QaFinding]:
    raise NotImplementedError("translation checks are not built yet")
