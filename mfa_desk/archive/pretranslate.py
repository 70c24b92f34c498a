"""Pre-translation: fill empty English from 100% and context matches.

The English is filled in only where it is empty, and the segment's status stays
Draft: a person confirms it. Each proposal names the release it came from so the
editor can show the source of every filled segment.
"""

from __future__ import annotations

from dataclasses import dataclass

from mfa_desk.archive.matching import find_matches
from mfa_desk.archive.store import Archive
from mfa_desk.model.release import Release


@dataclass(frozen=True)
class Proposal:
    segment_id: str
    en: str
    score: int  # 100, or 101 for a context match
    release: str  # the archived release's headline
    date: str


def pretranslate(archive: Archive, release: Release) -> list[Proposal]:
    out: list[Proposal] = []
    previous = ""
    for ref in release.iter_segments():
        text = ref.segment.text
        if text.ko.strip() and not text.en.strip():
            best = find_matches(archive, text.ko, previous_ko=previous, limit=1,
                                min_score=100)
            if best:
                seg = best[0].segment
                out.append(Proposal(ref.segment.id, best[0].en, best[0].score, seg.release,
                                    seg.date))
        if text.ko.strip() or text.en.strip():
            previous = text.ko
    return out
