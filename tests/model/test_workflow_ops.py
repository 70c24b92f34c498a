"""Sign-off operations and what an edit does to a signed-off release; segment kinds."""

from __future__ import annotations

import datetime as dt

import pytest

from mfa_desk.model import Release, Segment, TranslationStatus
from mfa_desk.model.operations import Composite, OperationError, SetField, SetStatus, SetText
from mfa_desk.model.segment_kinds import ChangeKind, insert_after, kind_of
from mfa_desk.model.workflow import NOTE_EDITED_AFTER_APPROVAL, WorkflowState
from mfa_desk.model.workflow_ops import ChangeWorkflow, edit_consequences

AT = dt.datetime(2026, 12, 1, 9, 30)


def make() -> Release:
    r = Release()
    r.headline = Segment.of("제목", "Headline")
    r.subheadlines = [Segment.of("부제", "Sub")]
    r.points = [Segment.of("가", "A", [Segment.of("가1", "A1")]), Segment.of("나", "B")]
    r.notes = [Segment.of("주", "Note")]
    return r


def test_workflow_moves_in_order_and_records_who_and_when() -> None:
    r = make()
    step = ChangeWorkflow(WorkflowState.IN_REVIEW, "Kim", "officer", AT)
    step.apply(r)
    assert r.workflow is WorkflowState.IN_REVIEW
    assert [(s.state, s.name, s.role, s.at) for s in r.signoffs] == [
        (WorkflowState.IN_REVIEW, "Kim", "officer", AT)]
    with pytest.raises(OperationError, match="cannot go from in_review to issued"):
        ChangeWorkflow(WorkflowState.ISSUED, "Lee", "director", AT).apply(r)
    step.revert(r)
    assert r.workflow is WorkflowState.DRAFT and r.signoffs == []


def test_edit_after_approval_returns_to_review_and_reviewed_english_to_translated() -> None:
    r = make()
    r.workflow = WorkflowState.APPROVED
    seg = r.points[1]
    seg.set_status(TranslationStatus.REVIEWED)
    edit = SetText(seg.id, "en", "B changed")
    extra = edit_consequences(r, edit, "Park", "translator", AT)
    op = Composite([edit, *extra])
    op.apply(r)
    assert seg.status is TranslationStatus.TRANSLATED
    assert r.workflow is WorkflowState.IN_REVIEW
    assert r.signoffs[-1].note == NOTE_EDITED_AFTER_APPROVAL
    assert r.signoffs[-1].name == "Park"
    op.revert(r)
    assert seg.status is TranslationStatus.REVIEWED and r.workflow is WorkflowState.APPROVED
    assert r.signoffs == []


def test_status_and_workflow_changes_are_not_edits_of_content() -> None:
    r = make()
    r.workflow = WorkflowState.APPROVED
    assert edit_consequences(r, SetStatus(r.points[0].id, TranslationStatus.REVIEWED),
                             "a", "b", AT) == []
    assert edit_consequences(r, SetField("spelling_ignore", ["x"]), "a", "b", AT) == []
    assert len(edit_consequences(r, SetField("metadata.department", "X"), "a", "b", AT)) == 1
    r.workflow = WorkflowState.IN_REVIEW  # a draft or a release in review: nothing to undo
    assert edit_consequences(r, SetText(r.points[0].id, "ko", "x"), "a", "b", AT) == []


def test_change_kind_round_trip_point_note_subheadline() -> None:
    r = make()
    point = r.points[1]
    to_note = ChangeKind(point.id, "note")
    to_note.apply(r)
    assert kind_of(r, point.id) == "note" and r.notes[0] is point
    to_note.revert(r)
    assert r.points[1] is point and len(r.notes) == 1
    note = r.notes[0]
    ChangeKind(note.id, "point").apply(r)
    assert r.points[-1] is note
    sub = r.subheadlines[0]
    op = ChangeKind(sub.id, "point")
    op.apply(r)
    assert r.points[0] is sub and r.subheadlines == []
    op.revert(r)
    assert r.subheadlines == [sub]
    child = r.points[0].children[0]
    nested = ChangeKind(child.id, "note")
    nested.apply(r)
    assert r.points[0].children == [] and r.notes[0] is child
    nested.revert(r)
    assert r.points[0].children == [child]


def test_change_kind_refuses_a_point_with_sub_points_and_the_headline() -> None:
    r = make()
    with pytest.raises(OperationError, match="sub-points"):
        ChangeKind(r.points[0].id, "note").apply(r)
    with pytest.raises(OperationError):
        ChangeKind(r.headline.id, "note").apply(r)
    with pytest.raises(OperationError, match="already"):
        ChangeKind(r.notes[0].id, "note").apply(r)


def test_insert_after_places_each_kind() -> None:
    r = make()
    op = insert_after(r, "note", r.points[0].id)
    assert (op.container, op.index) == ("notes", 0)
    op = insert_after(r, "note", r.notes[0].id)
    assert (op.container, op.index) == ("notes", 1)
    op = insert_after(r, "subheadline", None)
    assert (op.container, op.index) == ("subheadlines", 1)
    op = insert_after(r, "attachment", r.headline.id)
    assert op.container == "attachments" and op.index == 0
    op.apply(r)
    assert len(r.attachments) == 1
