"""Helpers for import tests: a release reduced to what a reader sees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mfa_desk.formats.native.canonical import release_to_canonical
from mfa_desk.model.release import Release, Segment

RELEASES = Path(__file__).resolve().parent.parent / "fixtures" / "releases"
DEFECTS = RELEASES / "defects"
PAIRS = sorted({p.name.split(".")[0] for p in RELEASES.glob("[0-9][0-9]-*.txt")})


def outline(seg: Segment, lang: str) -> Any:
    """A point as its text, or (text, [children]) when it has children."""
    text = seg.text.get(lang)  # type: ignore[arg-type]
    if not seg.children:
        return text
    return (text, [outline(c, lang) for c in seg.children])


def points(release: Release, lang: str) -> list[Any]:
    return [outline(p, lang) for p in release.points]


def shape(release: Release) -> dict[str, Any]:
    """The inspect shape: what two imports of the same text must agree on."""
    return release_to_canonical(release)


def all_texts(release: Release, lang: str) -> list[str]:
    texts = [ref.segment.text.get(lang) for ref in release.iter_segments()]  # type: ignore[arg-type]
    texts += [a.title.get(lang) for a in release.attachments]  # type: ignore[arg-type]
    return [t for t in texts if t]
