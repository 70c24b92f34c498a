"""Sign-off as reversible operations, and what an edit does to a signed-off release.

`ChangeWorkflow` moves the release to another state and records who did it.
`edit_consequences` gives the operations an edit brings with it: an edit to an
approved (or issued) release returns it to In review, and an edit to a
Reviewed English returns that segment to Translated, so a sign-off never covers
text nobody reviewed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mfa_desk.model.operations import (
    Composite,
    Operation,
    OperationError,
    SetField,
    SetStatus,
    SetText,
)
from mfa_desk.model.release import Release, TranslationStatus
from mfa_desk.model.workflow import (
    NOTE_EDITED_AFTER_APPROVAL,
    SignOff,
    WorkflowState,
    can_move,
    locks_content,
)

# Fields whose change is not an edit of what is published.
_NOT_CONTENT_FIELDS = ("workflow", "signoffs", "spelling_ignore", "dismissals")


@dataclass
class ChangeWorkflow(Operation):
    """Move the release to `state`, appending a sign-off; `forced` skips the order check
    (the automatic return to review after an edit)."""

    state: WorkflowState
    name: str
    role: str
    at: dt.datetime
    note: str = ""
    forced: bool = False
    _old: WorkflowState | None = field(default=None, repr=False)
    description = "Change workflow state"

    def apply(self, release: Release) -> None:
        if not self.forced and not can_move(release.workflow, self.state):
            raise OperationError(f"a release cannot go from {release.workflow.value} to "
                                 f"{self.state.value}")
        self._old = release.workflow
        release.workflow = self.state
        release.signoffs.append(SignOff(self.state, self.name, self.role, self.at, self.note))

    def revert(self, release: Release) -> None:
        assert self._old is not None
        release.signoffs.pop()
        release.workflow = self._old


def _is_content_edit(op: Operation) -> bool:
    if isinstance(op, Composite):
        return any(_is_content_edit(inner) for inner in op.operations)
    if isinstance(op, (ChangeWorkflow, SetStatus)):
        return False
    if isinstance(op, SetField):
        return op.name not in _NOT_CONTENT_FIELDS
    return True


def _texts_set(op: Operation) -> list[SetText]:
    if isinstance(op, Composite):
        return [t for inner in op.operations for t in _texts_set(inner)]
    return [op] if isinstance(op, SetText) else []


def edit_consequences(release: Release, op: Operation, name: str, role: str,
                      now: dt.datetime | None = None) -> list[Operation]:
    """What must go with `op` (not yet applied): status and workflow returns.

    Returns an empty list when the edit changes nothing that was signed off.
    """
    extra: list[Operation] = []
    seen: set[str] = set()
    for set_text in _texts_set(op):
        if set_text.lang != "en" or set_text.part != "text" or set_text.item_id in seen:
            continue
        seg = release.segment_by_id(set_text.item_id)
        if (seg is not None and seg.status is TranslationStatus.REVIEWED
                and seg.text.en != set_text.text):
            seen.add(set_text.item_id)
            extra.append(SetStatus(set_text.item_id, TranslationStatus.TRANSLATED))
    if locks_content(release.workflow) and _is_content_edit(op):
        extra.append(ChangeWorkflow(WorkflowState.IN_REVIEW, name, role,
                                    now or dt.datetime.now().replace(microsecond=0),
                                    NOTE_EDITED_AFTER_APPROVAL, forced=True))
    return extra
