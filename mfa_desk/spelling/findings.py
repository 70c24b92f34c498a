"""A misspelled word found in a release."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict


class SpellFindingJson(TypedDict):
    """One misspelling in `check --json`."""

    segment: str
    lang: str
    word: str
    offset: int
    suggestions: list[str]
    pane: str
    kind: str


@dataclass
class SpellFinding:
    segment: str  # path in `inspect` shape: "headline", "points[0].children[1]", ...
    lang: str  # dictionary language: "ko" or "en" (by the word's script, not the pane)
    word: str
    offset: int  # character offset of the word in that segment's text
    suggestions: list[str] = field(default_factory=list)
    pane: str = ""  # the side of the segment the word is in: "ko" or "en"
    segment_id: str = ""
    kind: str = "misspelling"  # or "unknown name": lower severity, not counted or underlined

    def to_json(self) -> SpellFindingJson:
        return {"segment": self.segment, "lang": self.lang, "word": self.word,
                "offset": self.offset, "suggestions": list(self.suggestions),
                "pane": self.pane, "kind": self.kind}
