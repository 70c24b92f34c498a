"""Dismissing a translation finding per segment, with a reason.

A dismissal is stored in `Release.dismissals` with a fingerprint of both texts of the
segment; when either text changes the fingerprint no longer matches and the finding is
shown again. A dismissal covers one check in one segment.
"""

from __future__ import annotations

from mfa_desk.checks.findings import QaFinding
from mfa_desk.model.release import Dismissal, Release, Segment, fingerprint


def texts_fingerprint(segment: Segment) -> str:
    return fingerprint(segment.text.ko + "\x1f" + segment.text.en)


def make_dismissal(release: Release, finding: QaFinding, reason: str) -> Dismissal:
    """The dismissal for `finding` as the segment reads now (not yet added to the release).

    The editor adds it through an undoable operation (SetField "dismissals")."""
    segment = release.segment_by_id(finding.segment_id)
    if segment is None:
        raise ValueError(f"no segment with id {finding.segment_id!r}")
    return Dismissal(finding.check, finding.segment_id, reason.strip(),
                     texts_fingerprint(segment))


def dismiss(release: Release, finding: QaFinding, reason: str) -> Dismissal:
    """Dismiss `finding` in `release`, replacing an earlier dismissal of the same check."""
    new = make_dismissal(release, finding, reason)
    release.dismissals = [d for d in release.dismissals
                          if (d.check, d.segment_id) != (new.check, new.segment_id)] + [new]
    return new


def is_dismissed(release: Release, finding: QaFinding) -> bool:
    segment = release.segment_by_id(finding.segment_id)
    if segment is None:
        return False
    current = texts_fingerprint(segment)
    return any(d.check == finding.check and d.segment_id == finding.segment_id
               and d.fingerprint == current for d in release.dismissals)


def active_findings(release: Release, findings: list[QaFinding]) -> list[QaFinding]:
    if not release.dismissals:
        return findings
    return [f for f in findings if not is_dismissed(release, f)]
