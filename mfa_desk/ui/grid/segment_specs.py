"""The rows of a release in the grid's column, in document order (`row_specs`), and
what each row shows (`RowItems`)."""

from __future__ import annotations

from mfa_desk.model import markers
from mfa_desk.model.release import Attachment, BiText, Release, Segment
from mfa_desk.ui.grid.segment_row import RowSpec


def row_specs(release: Release) -> list[RowSpec]:
    """The rows of a release in document order."""
    specs = [RowSpec(release.headline.id, "text", "headline", 0, "", "", True)]
    sub = markers.subheadline_marker()
    specs += [RowSpec(s.id, "text", "subheadline", 0, sub, sub, True)
              for s in release.subheadlines]

    def walk(items: list[Segment], level: int) -> None:
        for number, seg in enumerate(items, start=1):
            specs.append(RowSpec(
                seg.id, "text", "point", level,
                markers.point_marker("ko", level, number, release.korean_numbering),
                markers.point_marker("en", level, number, release.korean_numbering),
                True))
            walk(seg.children, level + 1)

    walk(release.points, 1)
    specs += [RowSpec(n.id, "text", "note", 0, markers.note_marker("ko"),
                      markers.note_marker("en"), True) for n in release.notes]
    for number, att in enumerate(release.attachments, start=1):
        specs.append(RowSpec(att.id, "title", "attachment", 0, f"붙임 {number}.",
                             f"{number}.", False))
        if att.photo is not None:
            specs.append(RowSpec(att.id, "caption", "photo", 0, "", "", False))
    return specs


class RowItems(dict[str, Segment | Attachment]):
    """id -> segment or attachment of a release: building and refreshing rows never
    searches the release."""

    @classmethod
    def of(cls, release: Release) -> RowItems:
        # all_segments(), not iter_segments(): that makes each segment's path too (1,003
        # segments: ~1.5 ms before the first paint, on every rebuild).
        items = cls((seg.id, seg) for seg in release.all_segments())
        items.update((a.id, a) for a in release.attachments)
        return items

    def bitext(self, spec: RowSpec) -> BiText:
        """The texts a row shows: a segment's, an attachment's title or photo caption."""
        item = self[spec.item_id]
        if isinstance(item, Attachment):
            if spec.part == "caption" and item.photo is not None:
                return item.photo.caption
            return item.title
        return item.text
