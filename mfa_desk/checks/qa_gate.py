"""The QA gate: what stands between a release and its approval or export.

Open translation-check errors (not dismissed), outdated English and untranslated
segments. The window shows the list and asks; `mfa-desk export --strict`
refuses (exit 1, the list on standard error).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mfa_desk.checks.findings import ERROR, QaFinding
from mfa_desk.model.release import DisplayStatus, Release

# Problem kinds, in the order the list shows them.
OPEN_ERROR, OUTDATED, UNTRANSLATED = "error", "outdated", "untranslated"


@dataclass(frozen=True)
class GateProblem:
    kind: str  # OPEN_ERROR, OUTDATED or UNTRANSLATED
    segment: str  # path in `inspect` shape
    segment_id: str
    message: str

    def line(self) -> str:
        return f"{self.segment}\t{self.kind}\t{self.message}"


def gate_problems(release: Release, langs: Sequence[str] = ("ko", "en"),
                  findings: list[QaFinding] | None = None) -> list[GateProblem]:
    """Everything that should stop the release going out in `langs`.

    `findings`: the translation checks already run (the window has them); None runs
    them here. A one-language export is not held up by the other language.
    """
    bilingual = "en" in langs and "en" in release.languages
    problems: list[GateProblem] = []
    if bilingual:
        if findings is None:
            from mfa_desk.checks.translation import check_translation

            findings = check_translation(release)
        problems += [GateProblem(OPEN_ERROR, f.segment, f.segment_id, f.message)
                     for f in findings if f.severity == ERROR]
        for ref in release.iter_segments():
            seg = ref.segment
            if not (seg.text.ko.strip() or seg.text.en.strip()):
                continue
            status = seg.display_status()
            if status is DisplayStatus.OUTDATED:
                problems.append(GateProblem(OUTDATED, ref.path, seg.id,
                                            "the Korean changed after it was translated"))
            elif status in (DisplayStatus.EMPTY, DisplayStatus.DRAFT):
                problems.append(GateProblem(UNTRANSLATED, ref.path, seg.id,
                                            "no English yet" if status is DisplayStatus.EMPTY
                                            else "the English is a draft"))
    order = (OPEN_ERROR, OUTDATED, UNTRANSLATED)
    return sorted(problems, key=lambda p: order.index(p.kind))


def segment_errors(findings: list[QaFinding], segment_id: str) -> list[QaFinding]:
    """Open errors of one segment: what stops it being marked Reviewed without asking."""
    return [f for f in findings if f.segment_id == segment_id and f.severity == ERROR]
