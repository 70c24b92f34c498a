"""Where a release stands on its way out: Draft -> In review -> Approved -> Issued.

Each change of state is recorded as a `SignOff` (who, in which role, when) and
saved in the release file, so the history of a release travels with it. The
rules of what an edit does to an approved release live in
`mfa_desk.model.workflow_ops`; this module only holds the values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class WorkflowState(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    ISSUED = "issued"


# The states one can move to from each state. Back to Draft is always allowed
# (a release withdrawn for rework); Issued is final except for a correction,
# which reopens review.
NEXT_STATES: dict[WorkflowState, tuple[WorkflowState, ...]] = {
    WorkflowState.DRAFT: (WorkflowState.IN_REVIEW,),
    WorkflowState.IN_REVIEW: (WorkflowState.APPROVED, WorkflowState.DRAFT),
    WorkflowState.APPROVED: (WorkflowState.ISSUED, WorkflowState.IN_REVIEW, WorkflowState.DRAFT),
    WorkflowState.ISSUED: (WorkflowState.IN_REVIEW,),
}

# Why a state changed without anyone choosing it: written into the sign-off.
NOTE_EDITED_AFTER_APPROVAL = "edited after approval"


@dataclass
class SignOff:
    """One change of workflow state: to which state, by whom, in which role, when."""

    state: WorkflowState
    name: str
    role: str
    at: dt.datetime
    note: str = ""


def can_move(current: WorkflowState, target: WorkflowState) -> bool:
    return target in NEXT_STATES[current]


def locks_content(state: WorkflowState) -> bool:
    """An edit in these states sends the release back to review."""
    return state in (WorkflowState.APPROVED, WorkflowState.ISSUED)
