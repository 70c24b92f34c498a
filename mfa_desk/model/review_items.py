"""What reviewers add to a segment, as data: comments with replies, and suggested texts.

Apart from the operations on them (model/review.py) so the release can name these
types without importing the operations that import the release (issue 17).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mfa_desk.constants import Lang
from mfa_desk.model.ids import new_id


def now_utc() -> dt.datetime:
    """The time stamp of a comment or version: UTC, whole seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass
class Reply:
    author: str
    time: dt.datetime
    text: str


@dataclass
class Comment:
    """A remark on one segment; `resolved` once its point has been dealt with."""

    author: str
    time: dt.datetime
    text: str
    resolved: bool = False
    replies: list[Reply] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Suggestion:
    """A text a reviewer proposed for one language that is not yet accepted.

    Comes from a Word review copy whose tracked changes were left pending.
    """

    lang: Lang
    text: str
    author: str
    time: dt.datetime
