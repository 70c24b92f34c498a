"""What the held-out shape tests (test_unseen8*_shapes.py) check on an imported story."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.import_result import ImportResult
from mfa_desk.model.release import Segment


def texts(segments: list[Segment], lang: str = "ko") -> list[str]:
    return [getattr(s.text, lang) for s in segments]


def starts(points: list[str], want: list[str]) -> bool:
    """Each point starts with its expected words, and there are as many."""
    return len(points) == len(want) \
        and all(p.startswith(w) for p, w in zip(points, want, strict=True))


def check_story(result: ImportResult, lang: str, headline: str, date: dt.date | None,
                points: list[str], left_out: tuple[str, ...] = ()) -> None:
    """The story's headline, date and points, and the page lines named as left out."""
    r = result.release
    assert getattr(r.headline.text, lang) == headline
    assert r.metadata.date == date
    assert starts(texts(r.points, lang), points), texts(r.points, lang)
    for line in left_out:
        assert line in result.left_out, (line, result.left_out)
