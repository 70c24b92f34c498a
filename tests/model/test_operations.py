from __future__ import annotations

import pytest

from mfa_desk.model import Release, Segment, TranslationStatus
from mfa_desk.model.operations import (
    Composite,
    DeleteSegment,
    Indent,
    InsertSegment,
    MoveSegment,
    OperationError,
    Outdent,
    SetField,
    SetStatus,
    SetText,
)
from mfa_desk.model.release import DisplayStatus


def make() -> Release:
    r = Release()
    r.headline = Segment.of("제목", "Headline")
    r.points = [Segment.of("가", "A", [Segment.of("가1", "A1")]), Segment.of("나", "B"),
                Segment.of("다", "C")]
    return r


def shape(r: Release) -> list[tuple[str, int]]:
    return [(ref.segment.text.en, ref.level) for ref in r.iter_segments() if ref.kind == "point"]


def roundtrip(r: Release, op) -> None:
    before = r.copy()
    op.apply(r)
    after = r.copy()
    op.revert(r)
    assert r == before
    op.apply(r)
    assert r == after


def test_set_text_and_undo() -> None:
    r = make()
    op = SetText(r.points[1].id, "en", "Bee")
    roundtrip(r, op)
    assert r.points[1].text.en == "Bee"


def test_indent_outdent_keep_document_order() -> None:
    r = make()
    Indent(r.points[1].id).apply(r)
    assert shape(r) == [("A", 1), ("A1", 2), ("B", 2), ("C", 1)]
    a1 = r.points[0].children[0].id
    Outdent(a1).apply(r)
    # B followed A1, so it becomes A1's child: order is kept.
    assert shape(r) == [("A", 1), ("A1", 1), ("B", 2), ("C", 1)]


def test_indent_outdent_revert() -> None:
    r = make()
    roundtrip(r, Indent(r.points[2].id))
    r2 = make()
    Indent(r2.points[1].id).apply(r2)
    roundtrip(r2, Outdent(r2.points[0].children[0].id))


def test_indent_limits() -> None:
    r = make()
    with pytest.raises(OperationError):
        Indent(r.points[0].id).apply(r)
    Indent(r.points[1].id).apply(r)  # B under A (level 2)
    Indent(r.points[0].children[1].id).apply(r)  # B under A1 (level 3)
    assert shape(r)[2] == ("B", 3)
    with pytest.raises(OperationError):
        Outdent(r.headline.id).apply(r)


def test_insert_delete_move() -> None:
    r = make()
    roundtrip(r, InsertSegment("points", 1, Segment.of("새", "New")))
    assert [p.text.en for p in r.points] == ["A", "New", "B", "C"]
    roundtrip(r, DeleteSegment(r.points[1].id))
    roundtrip(r, MoveSegment(r.points[0].id, +1))
    assert [p.text.en for p in r.points] == ["B", "A", "C"]
    with pytest.raises(OperationError):
        DeleteSegment(r.headline.id).apply(r)


def test_status_and_outdated() -> None:
    r = make()
    seg = r.points[1]
    roundtrip(r, SetStatus(seg.id, TranslationStatus.TRANSLATED))
    assert r.points[1].display_status() is DisplayStatus.TRANSLATED
    SetText(seg.id, "ko", "나 바뀜").apply(r)
    assert r.points[1].display_status() is DisplayStatus.OUTDATED
    SetText(seg.id, "ko", "나").apply(r)
    assert r.points[1].display_status() is DisplayStatus.TRANSLATED


def test_set_field_and_composite_rolls_back() -> None:
    r = make()
    roundtrip(r, SetField("metadata.category", "Press Releases"))
    before = r.copy()
    bad = Composite([SetText(r.points[0].id, "en", "Z"), SetText("nope", "en", "Y")])
    with pytest.raises(OperationError):
        bad.apply(r)
    assert r == before
