"""What reviewers add to a segment: comments with replies, and suggested texts.

Kept on the segment (`Segment.comments`, `Segment.suggestions`) so they move,
copy and undo with it, and saved in the .mfadesk file (docs/review.md).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from mfa_desk.constants import Lang
from mfa_desk.model.operations import Composite, Operation, OperationError, SetField
from mfa_desk.model.release import Release, Segment, new_id


def now_utc() -> dt.datetime:
    """The time stamp of a comment or version: UTC, whole seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _new_id() -> str:
    return new_id()


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
    id: str = field(default_factory=_new_id)


@dataclass
class Suggestion:
    """A text a reviewer proposed for one language that is not yet accepted.

    Comes from a Word review copy whose tracked changes were left pending.
    """

    lang: Lang
    text: str
    author: str
    time: dt.datetime


@dataclass
class SetReviewItems(Operation):
    """Replace a segment's comments or suggestions (one undo step).

    `name` is "comments" or "suggestions"; the whole list is swapped, so adding,
    resolving, replying and deleting are all this one reversible operation.
    """

    segment_id: str
    name: str
    items: list[Comment] | list[Suggestion]
    _old: list[Comment] | list[Suggestion] | None = field(default=None, repr=False)
    description = "Edit comments"

    def apply(self, release: Release) -> None:
        seg = _segment(release, self.segment_id)
        if self.name not in ("comments", "suggestions"):
            raise ValueError(f"no review list {self.name!r}")
        self._old = getattr(seg, self.name)
        setattr(seg, self.name, copy.deepcopy(self.items))

    def revert(self, release: Release) -> None:
        assert self._old is not None
        setattr(_segment(release, self.segment_id), self.name, self._old)


def _segment(release: Release, segment_id: str) -> Segment:
    seg = release.segment_by_id(segment_id)
    if seg is None:
        raise OperationError(f"no segment with id {segment_id!r}")
    return seg


def open_comment_count(release: Release) -> tuple[int, int]:
    """(open, resolved) comments over the whole release."""
    open_ = done = 0
    for ref in release.iter_segments():
        for c in ref.segment.comments:
            if c.resolved:
                done += 1
            else:
                open_ += 1
    return open_, done


# The parts of a release a restored version replaces (everything the file holds).
RELEASE_FIELDS = ("metadata", "headline", "subheadlines", "points", "notes", "attachments",
                  "unofficial_translation", "languages", "korean_numbering", "english_variant",
                  "spelling_ignore", "dismissals")


def restore_operation(target: Release) -> Composite:
    """One undoable step that makes the open release equal to `target` (a version)."""
    source = target.copy()
    return Composite([SetField(name, getattr(source, name)) for name in RELEASE_FIELDS],
                     "Restore version")
