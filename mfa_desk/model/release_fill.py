"""Turn an imported release into operations that fill an empty document (one undo step)."""

from __future__ import annotations

from mfa_desk.model.operations import Composite, InsertSegment, Operation, SetField, SetText
from mfa_desk.model.release import Release


def is_empty(release: Release) -> bool:
    """Nothing typed yet: a new release, or one whose every text is blank."""
    texts = [t for ref in release.iter_segments() for t in (ref.segment.text.ko,
                                                            ref.segment.text.en)]
    return not any(t.strip() for t in texts) and not release.attachments


def fill_operation(target: Release, source: Release) -> Composite:
    """Operations that make empty `target` hold `source`'s content."""
    ops: list[Operation] = [
        SetText(target.headline.id, "ko", source.headline.text.ko),
        SetText(target.headline.id, "en", source.headline.text.en),
    ]
    # Drop the empty segments a new release starts with, then insert the imported ones.
    from mfa_desk.model.operations import DeleteSegment

    for name in ("subheadlines", "points", "notes"):
        for seg in getattr(target, name):
            ops.append(DeleteSegment(seg.id))
    for name in ("subheadlines", "points", "notes", "attachments"):
        for index, item in enumerate(getattr(source, name)):
            ops.append(InsertSegment(name, index, item))
    ops.append(SetField("metadata", source.metadata))
    ops.append(SetField("korean_numbering", source.korean_numbering))
    ops.append(SetField("unofficial_translation", source.unofficial_translation))
    return Composite(ops, "Split pasted release")
