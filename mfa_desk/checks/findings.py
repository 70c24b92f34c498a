"""A translation-check finding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

ERROR = "error"
WARNING = "warning"


class QaFindingJson(TypedDict):
    """One finding in `check --json` (docs/checks.md)."""

    check: str
    severity: str
    segment: str
    ko: str
    en: str
    message: str


@dataclass
class QaFinding:
    check: str  # "structure", "date", "number", "hangul", "latin", "glossary", "hygiene", ...
    severity: str  # ERROR or WARNING
    segment: str  # path in `inspect` shape
    ko: str  # the Korean snippet concerned
    en: str  # the English snippet concerned
    message: str  # for a translator
    segment_id: str = ""

    def to_json(self) -> QaFindingJson:
        return {"check": self.check, "severity": self.severity, "segment": self.segment,
                "ko": self.ko, "en": self.en, "message": self.message}


@dataclass
class Where:
    """The segment a finding is about: its path and id."""

    path: str = ""
    segment_id: str = ""

    def finding(self, check: str, severity: str, ko: str, en: str, message: str) -> QaFinding:
        return QaFinding(check, severity, self.path, ko, en, message, self.segment_id)


def worst_by_segment(findings: list[QaFinding]) -> dict[str, str]:
    """The most severe finding per segment id: what a gutter marker shows."""
    out: dict[str, str] = {}
    for f in findings:
        if f.segment_id and out.get(f.segment_id) != ERROR:
            out[f.segment_id] = f.severity
    return out
