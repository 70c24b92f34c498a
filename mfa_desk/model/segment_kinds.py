"""Changing what a segment is (point <-> note <-> sub-headline), and adding the
other kinds from wherever the cursor is, as reversible operations.

The model keeps each kind in its own list (sub-headlines, points, notes), so a
changed segment moves to the end of its new list that lies nearest its old place
in document order: a point becomes the first note or the last sub-headline, a
note the last point, a sub-headline the first point.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from mfa_desk.model.operations import InsertSegment, Operation, OperationError, locate
from mfa_desk.model.release import Attachment, Release, Segment

Kind = Literal["point", "note", "subheadline"]
KINDS: tuple[Kind, ...] = ("point", "note", "subheadline")
_CONTAINER: dict[str, str] = {"point": "points", "note": "notes", "subheadline": "subheadlines"}
# Document order of the lists, to tell whether the new place is before or after the old.
_ORDER = ("subheadlines", "points", "notes")


def kind_of(release: Release, segment_id: str) -> str:
    """"headline", "subheadline", "point", "note" or "attachment"."""
    container = locate(release, segment_id).container
    return {"points": "point", "notes": "note", "subheadlines": "subheadline",
            "attachments": "attachment"}.get(container, container)


@dataclass
class ChangeKind(Operation):
    segment_id: str
    to: Kind
    _old: tuple[str, str | None, int] | None = field(default=None, repr=False)
    description = "Change segment type"

    def apply(self, release: Release) -> None:
        loc = locate(release, self.segment_id)
        if loc.container not in _ORDER:
            raise OperationError("only a point, a note or a sub-headline can change type")
        target = _CONTAINER[self.to]
        if target == loc.container:
            raise OperationError(f"the segment already is a {self.to}")
        seg = loc.siblings[loc.index]
        if seg.children:
            raise OperationError("a point with sub-points cannot change type; "
                                 "outdent or move its sub-points first")
        parent_id = loc.parent.id if loc.parent is not None else None
        self._old = (loc.container, parent_id, loc.index)
        loc.siblings.pop(loc.index)
        items: list[Segment] = getattr(release, target)
        forward = _ORDER.index(target) > _ORDER.index(loc.container)
        items.insert(0 if forward else len(items), seg)

    def revert(self, release: Release) -> None:
        assert self._old is not None
        container, parent_id, index = self._old
        loc = locate(release, self.segment_id)
        seg = loc.siblings.pop(loc.index)
        if parent_id is not None:
            parent_loc = locate(release, parent_id)
            parent_loc.siblings[parent_loc.index].children.insert(index, seg)
        else:
            getattr(release, container).insert(index, seg)


def insert_after(release: Release, kind: str, current_id: str | None) -> InsertSegment:
    """An empty note, sub-headline or attachment line after the current one of its kind,
    else at the end of its list (a sub-headline: after the last one, below the headline)."""
    container = {"note": "notes", "subheadline": "subheadlines",
                 "attachment": "attachments"}[kind]
    items = getattr(release, container)
    index = len(items)
    if current_id is not None:
        try:
            loc = locate(release, current_id)
        except OperationError:
            loc = None
        if loc is not None and loc.container == container:
            index = loc.index + 1
        elif loc is not None and container == "notes" and loc.container in _ORDER[:2]:
            index = 0  # from a point or above: the note goes first, nearest the points
    item = Attachment() if container == "attachments" else Segment()
    return InsertSegment(container, index, item)
