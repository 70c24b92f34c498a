"""Edits to a release as reversible operations.

Every change a user makes goes through one of these, so the GUI can wrap each
in a QUndoCommand (redo -> `apply`, undo -> `revert`) and the command line can
use the same code. An operation records what it needs to revert when applied.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from mfa_desk.constants import MAX_LEVEL, Lang
from mfa_desk.model.release import (
    Attachment,
    BiText,
    Release,
    Segment,
    TranslationStatus,
)

# Lists of a release that hold segments; points may nest, the others may not.
SEGMENT_CONTAINERS = ("subheadlines", "points", "notes")


class OperationError(ValueError):
    """An operation that cannot apply to this release (bad id, no room to indent...)."""


@dataclass
class Location:
    """Where a segment sits: the list holding it, its index, its parent and level."""

    siblings: list[Any]
    index: int
    container: str  # "headline", "subheadlines", "points", "notes", "attachments"
    parent: Segment | None
    level: int


def locate(release: Release, item_id: str) -> Location:
    if release.headline.id == item_id:
        return Location([release.headline], 0, "headline", None, 0)
    for name in ("subheadlines", "notes", "attachments"):
        items = getattr(release, name)
        for i, item in enumerate(items):
            if item.id == item_id:
                return Location(items, i, name, None, 0)
    found = _locate_in(release.points, item_id, None, 1)
    if found is None:
        raise OperationError(f"no segment with id {item_id!r}")
    return found


def _locate_in(items: list[Segment], item_id: str, parent: Segment | None, level: int
               ) -> Location | None:
    for i, seg in enumerate(items):
        if seg.id == item_id:
            return Location(items, i, "points", parent, level)
        found = _locate_in(seg.children, item_id, seg, level + 1)
        if found is not None:
            return found
    return None


def _bitext(release: Release, item_id: str, part: str) -> BiText:
    loc = locate(release, item_id)
    item: Segment | Attachment = loc.siblings[loc.index]
    if isinstance(item, Attachment):
        if part == "caption":
            if item.photo is None:
                raise OperationError("attachment has no photo to caption")
            return item.photo.caption
        return item.title
    return item.text


class Operation:
    """Base class; subclasses implement apply/revert and a short description."""

    description = "Edit"

    def apply(self, release: Release) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def revert(self, release: Release) -> None:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class SetText(Operation):
    item_id: str
    lang: Lang
    text: str
    part: str = "text"  # "text"/"title", or "caption" for a photo attachment
    _old: str | None = field(default=None, repr=False)
    description = "Edit text"

    def apply(self, release: Release) -> None:
        bitext = _bitext(release, self.item_id, self.part)
        self._old = bitext.get(self.lang)
        bitext.set(self.lang, self.text)

    def revert(self, release: Release) -> None:
        assert self._old is not None
        _bitext(release, self.item_id, self.part).set(self.lang, self._old)


@dataclass
class SetStatus(Operation):
    segment_id: str
    status: TranslationStatus
    _old: tuple[TranslationStatus, str, str] | None = field(default=None, repr=False)
    description = "Set translation status"

    def apply(self, release: Release) -> None:
        seg = _segment(release, self.segment_id)
        self._old = (seg.status, seg.source_fingerprint, seg.source_ko)
        seg.set_status(self.status)

    def revert(self, release: Release) -> None:
        assert self._old is not None
        seg = _segment(release, self.segment_id)
        seg.status, seg.source_fingerprint, seg.source_ko = self._old


@dataclass
class InsertSegment(Operation):
    """Insert `item` (a Segment, or an Attachment into "attachments")."""

    container: str
    index: int
    item: Segment | Attachment
    parent_id: str | None = None  # for children of a point
    description = "Insert"

    def apply(self, release: Release) -> None:
        siblings = self._siblings(release)
        if not 0 <= self.index <= len(siblings):
            raise OperationError(f"index {self.index} out of range")
        siblings.insert(self.index, self.item)

    def revert(self, release: Release) -> None:
        siblings = self._siblings(release)
        siblings.pop(self.index)

    def _siblings(self, release: Release) -> list[Any]:
        if self.parent_id is not None:
            loc = locate(release, self.parent_id)
            parent: Segment = loc.siblings[loc.index]  # a point: checked just below
            if loc.container != "points" or loc.level + 1 + self.item_depth() - 1 > MAX_LEVEL:
                raise OperationError("points nest at most three levels deep")
            return parent.children
        if self.container not in (*SEGMENT_CONTAINERS, "attachments"):
            raise OperationError(f"cannot insert into {self.container!r}")
        container: list[Any] = getattr(release, self.container)
        return container

    def item_depth(self) -> int:
        return self.item.depth() if isinstance(self.item, Segment) else 1


@dataclass
class DeleteSegment(Operation):
    item_id: str
    _removed: tuple[list[Any], int, Any] | None = field(default=None, repr=False)
    description = "Delete"

    def apply(self, release: Release) -> None:
        loc = locate(release, self.item_id)
        if loc.container == "headline":
            raise OperationError("the headline cannot be deleted")
        self._removed = (loc.siblings, loc.index, loc.siblings.pop(loc.index))

    def revert(self, release: Release) -> None:
        assert self._removed is not None
        siblings, index, item = self._removed
        siblings.insert(index, item)


@dataclass
class MoveSegment(Operation):
    """Move an item up (delta -1) or down (+1) among its siblings."""

    item_id: str
    delta: int
    description = "Move"

    def apply(self, release: Release) -> None:
        loc = locate(release, self.item_id)
        target = loc.index + self.delta
        if loc.container == "headline" or not 0 <= target < len(loc.siblings):
            raise OperationError("cannot move further")
        item = loc.siblings.pop(loc.index)
        loc.siblings.insert(target, item)

    def revert(self, release: Release) -> None:
        loc = locate(release, self.item_id)
        item = loc.siblings.pop(loc.index)
        loc.siblings.insert(loc.index - self.delta, item)


@dataclass
class Indent(Operation):
    """Make a point the last child of its previous sibling (one level deeper)."""

    segment_id: str
    description = "Indent"

    def apply(self, release: Release) -> None:
        loc = locate(release, self.segment_id)
        if loc.container != "points" or loc.index == 0:
            raise OperationError("only a point after another point can be indented")
        seg = loc.siblings[loc.index]
        if loc.level + seg.depth() > MAX_LEVEL:
            raise OperationError("points nest at most three levels deep")
        loc.siblings.pop(loc.index)
        loc.siblings[loc.index - 1].children.append(seg)

    def revert(self, release: Release) -> None:
        loc = locate(release, self.segment_id)
        if loc.parent is None:
            raise OperationError("segment is not indented")
        seg = loc.siblings.pop(loc.index)
        parent_loc = locate(release, loc.parent.id)
        parent_loc.siblings.insert(parent_loc.index + 1, seg)


@dataclass
class Outdent(Operation):
    """Make a point a sibling after its parent; its following siblings become its children.

    That keeps document order, as outliners and word processors do.
    """

    segment_id: str
    _moved: int = field(default=0, repr=False)
    description = "Outdent"

    def apply(self, release: Release) -> None:
        loc = locate(release, self.segment_id)
        if loc.container != "points" or loc.parent is None:
            raise OperationError("only a sub-point can be outdented")
        seg = loc.siblings.pop(loc.index)
        following = loc.siblings[loc.index:]
        del loc.siblings[loc.index:]
        self._moved = len(following)
        seg.children.extend(following)
        parent_loc = locate(release, loc.parent.id)
        parent_loc.siblings.insert(parent_loc.index + 1, seg)

    def revert(self, release: Release) -> None:
        loc = locate(release, self.segment_id)
        seg = loc.siblings.pop(loc.index)
        parent = loc.siblings[loc.index - 1]
        following = seg.children[len(seg.children) - self._moved:] if self._moved else []
        del seg.children[len(seg.children) - self._moved:]
        parent.children.append(seg)
        parent.children.extend(following)


@dataclass
class SetField(Operation):
    """Set a release-level or metadata field, by dotted name ("metadata.category")."""

    name: str
    value: Any
    _old: Any = field(default=None, repr=False)
    description = "Change release details"

    def apply(self, release: Release) -> None:
        owner, attr = _field_owner(release, self.name)
        self._old = copy.deepcopy(getattr(owner, attr))
        setattr(owner, attr, self.value)

    def revert(self, release: Release) -> None:
        owner, attr = _field_owner(release, self.name)
        setattr(owner, attr, self._old)


@dataclass
class Composite(Operation):
    """Several operations as one undo step (replace all, paste several points)."""

    operations: list[Operation]
    description: str = "Edit"

    def apply(self, release: Release) -> None:
        done: list[Operation] = []
        try:
            for op in self.operations:
                op.apply(release)
                done.append(op)
        except Exception:
            for op in reversed(done):
                op.revert(release)
            raise

    def revert(self, release: Release) -> None:
        for op in reversed(self.operations):
            op.revert(release)


def _segment(release: Release, segment_id: str) -> Segment:
    loc = locate(release, segment_id)
    item = loc.siblings[loc.index]
    if not isinstance(item, Segment):
        raise OperationError(f"{segment_id!r} is not a text segment")
    return item


def _field_owner(release: Release, name: str) -> tuple[Any, str]:
    owner: Any = release
    *path, attr = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    if not hasattr(owner, attr) or attr.startswith("_"):
        raise OperationError(f"no field {name!r}")
    return owner, attr
