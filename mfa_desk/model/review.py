"""What reviewers add to a segment: comments with replies, and suggested texts.

Kept on the segment (`Segment.comments`, `Segment.suggestions`) so they move,
copy and undo with it, and saved in the .mfadesk file (docs/review.md).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from mfa_desk.model.operations import Composite, Operation, OperationError, SetField
from mfa_desk.model.release import Release, Segment
from mfa_desk.model.review_items import Comment, Reply, Suggestion, now_utc

__all__ = ["Comment", "Reply", "SetReviewItems", "Suggestion", "now_utc", "open_comment_count",
           "restore_operation"]


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
