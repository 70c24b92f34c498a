"""Sign-off history and the embargo time in the .mfadesk file; old files still load."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.native.mfadesk_file import dumps_release, loads_release
from mfa_desk.model import Release, Segment
from mfa_desk.model.workflow import SignOff, WorkflowState
from tests.formats.export_cases import SAMPLE_FILE


def test_signoffs_and_embargo_round_trip() -> None:
    r = Release()
    r.headline = Segment.of("제목", "Title")
    r.workflow = WorkflowState.APPROVED
    r.signoffs = [SignOff(WorkflowState.IN_REVIEW, "김민지", "담당관", dt.datetime(2026, 12, 1, 9)),
                  SignOff(WorkflowState.APPROVED, "Lee", "director",
                          dt.datetime(2026, 12, 1, 11, 5, 7), "ok")]
    r.metadata.embargo_until = dt.datetime(2026, 12, 3, 14, 0)
    back = loads_release(dumps_release(r))
    assert back.workflow is WorkflowState.APPROVED
    assert back.signoffs == r.signoffs
    assert back.metadata.embargo_until == r.metadata.embargo_until


def test_an_old_file_loads_as_an_unsigned_draft_and_saves_unchanged() -> None:
    text = SAMPLE_FILE.read_text(encoding="utf-8")
    assert "signoffs" not in text and "workflow" not in text
    release = loads_release(text)
    assert release.workflow is WorkflowState.DRAFT and release.signoffs == []
    assert dumps_release(release) == text


@pytest.mark.parametrize(("patch", "where"), [
    ({"workflow": "published"}, "workflow"),
    ({"workflow": "approved", "signoffs": [{"state": "approved", "at": "yesterday"}]},
     "signoffs[0].at"),
    ({"signoffs": [{"state": "nope", "at": "2026-12-01T09:00:00"}]}, "signoffs[0].state"),
])
def test_bad_workflow_values_name_their_place(patch: dict, where: str) -> None:
    data = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    data.update(patch)
    with pytest.raises(InputError, match=re.escape(where)):
        loads_release(json.dumps(data))
