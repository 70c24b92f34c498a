"""Compare two releases segment by segment, in both languages.

Segments are matched by id (ids are kept for the life of a segment, in the file
and across versions), so an edited point is "changed" however far it moved.
Segments in only one release are "inserted" or "deleted"; a segment whose place
among its siblings changed, or that went to another list or parent point, is
"moved" (per list, those outside the longest run of siblings kept in order, so
the children of a moved point are not listed for it). Metadata differences are
listed too, without a language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Literal, NotRequired, TypedDict

from mfa_desk.constants import LANGS, Lang
from mfa_desk.formats.native.mfadesk_file import metadata_to_dict
from mfa_desk.model.release import BiText, Release, Segment
from mfa_desk.text.diff import Piece, diff_texts

Change = Literal["changed", "inserted", "deleted", "moved"]
LANGS_SHOWN: tuple[Lang, ...] = LANGS


@dataclass(frozen=True)
class Item:
    """A text-bearing item in document order: a segment, an attachment title or caption."""

    key: str  # segment id, or "<attachment id>:caption"
    path: str  # the path `check --json` uses
    kind: str
    text: BiText


@dataclass
class SegmentDiff:
    """One item that differs, with the pieces of each language's difference."""

    key: str
    path: str
    kind: str
    change: Change
    old: BiText | None
    new: BiText | None
    pieces: dict[Lang, list[Piece]] = field(default_factory=dict)

    def changed_langs(self) -> list[Lang]:
        old = self.old or BiText()
        new = self.new or BiText()
        if self.change == "changed":
            return [lang for lang in LANGS_SHOWN if old.get(lang) != new.get(lang)]
        both = [lang for lang in LANGS_SHOWN if old.get(lang) or new.get(lang)]
        return both or ["ko"]


@dataclass
class MetadataDiff:
    name: str
    old: Any
    new: Any


class DiffRow(TypedDict):
    """One object of `diff --json`: a metadata field, or one language of an item."""

    segment: str  # "metadata.<field>" or the item's path
    lang: Lang | None  # None for metadata
    change: Change
    old: object  # the metadata value, or the text (None: the item is new)
    new: object
    id: NotRequired[str]  # items only
    pieces: NotRequired[list[list[str]]]  # items only: [op, text], op "=", "-" or "+"


@dataclass
class ReleaseDiff:
    segments: list[SegmentDiff]
    metadata: list[MetadataDiff]

    @property
    def equal(self) -> bool:
        return not self.segments and not self.metadata

    def to_json(self) -> list[DiffRow]:
        """The `diff --json` list: one object per item and language that differs."""
        out: list[DiffRow] = []
        for m in self.metadata:
            out.append({"segment": f"metadata.{m.name}", "lang": None, "change": "changed",
                        "old": m.old, "new": m.new})
        for d in self.segments:
            for lang in d.changed_langs():
                out.append({
                    "segment": d.path, "lang": lang, "change": d.change, "id": d.key,
                    "old": None if d.old is None else d.old.get(lang),
                    "new": None if d.new is None else d.new.get(lang),
                    "pieces": [[p.op, p.text] for p in d.pieces.get(lang, [])],
                })
        return out


def items(release: Release) -> Iterator[Item]:
    for ref in release.iter_segments():
        yield Item(ref.segment.id, ref.path, ref.kind, ref.segment.text)
    for i, att in enumerate(release.attachments):
        yield Item(att.id, f"attachments[{i}]", "attachment", att.title)
        if att.photo is not None:
            yield Item(f"{att.id}:caption", f"attachments[{i}].photo", "caption",
                       att.photo.caption)


def compare_releases(old: Release, new: Release) -> ReleaseDiff:
    old_items = {it.key: it for it in items(old)}
    new_list = list(items(new))
    new_items = {it.key: it for it in new_list}
    moved = _moved(old, new, set(old_items) & set(new_items))
    diffs: list[SegmentDiff] = []
    for it in new_list:
        before = old_items.get(it.key)
        if before is None:
            diffs.append(_diff(it, None, it, "inserted"))
        elif it.key in moved:
            diffs.append(_diff(it, before.text, it, "moved"))
        elif before.text != it.text:
            diffs.append(_diff(it, before.text, it, "changed"))
    # A deleted item is listed after the item that preceded it in the old release.
    order = [it.key for it in new_list]
    for index, (key, it) in enumerate(old_items.items()):
        if key in new_items:
            continue
        earlier = [k for k in list(old_items)[:index] if k in new_items]
        anchor = order.index(earlier[-1]) if earlier else -1
        at = _position_after(diffs, order, anchor)
        diffs.insert(at, _diff(it, it.text, None, "deleted"))
    return ReleaseDiff(diffs, _metadata(old, new))


def _position_after(diffs: list[SegmentDiff], order: list[str], anchor: int) -> int:
    """Where in `diffs` an entry belongs that follows new item number `anchor`."""
    position = {key: i for i, key in enumerate(order)}
    for i, d in enumerate(diffs):
        if d.change != "deleted" and position.get(d.key, -1) > anchor:
            return i
    return len(diffs)


def _diff(it: Item, old: BiText | None, new: Item | None, change: Change) -> SegmentDiff:
    new_text = new.text if new is not None else None
    d = SegmentDiff(it.key, it.path, it.kind, change, old, new_text)
    a, b = old or BiText(), new_text or BiText()
    d.pieces = {lang: diff_texts(a.get(lang), b.get(lang), lang) for lang in LANGS_SHOWN}
    return d


def _containers(release: Release) -> dict[str, str]:
    """Item key -> the list holding it: a list name, or the id of the parent point."""
    out = {release.headline.id: "headline"}
    for name, segments in (("subheadlines", release.subheadlines), ("notes", release.notes)):
        out.update((seg.id, name) for seg in segments)

    def walk(points: list[Segment], holder: str) -> None:
        for seg in points:
            out[seg.id] = holder
            walk(seg.children, seg.id)

    walk(release.points, "points")
    for att in release.attachments:
        out[att.id] = "attachments"
        out[f"{att.id}:caption"] = f"{att.id}:photo"
    return out


def _moved(old: Release, new: Release, common: set[str]) -> set[str]:
    """Items that changed their list, or their order among the siblings both keep.

    Judged per list, so the children of a moved point move with it unremarked.
    """
    before, after = _containers(old), _containers(new)
    moved = {key for key in common if before.get(key) != after.get(key)}
    staying = common - moved
    old_order = [it.key for it in items(old) if it.key in staying]
    new_order = [it.key for it in items(new) if it.key in staying]
    for holder in {after[key] for key in staying}:
        a = [k for k in old_order if after[k] == holder]
        b = [k for k in new_order if after[k] == holder]
        kept: set[str] = set()
        for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            kept.update(a[block.a:block.a + block.size])
        moved |= set(a) - kept
    return moved


def _metadata(old: Release, new: Release) -> list[MetadataDiff]:
    a = {**metadata_to_dict(old.metadata), "unofficial_translation": old.unofficial_translation,
         "languages": old.languages}
    b = {**metadata_to_dict(new.metadata), "unofficial_translation": new.unofficial_translation,
         "languages": new.languages}
    return [MetadataDiff(k, a[k], b.get(k)) for k in a if a[k] != b.get(k)]
