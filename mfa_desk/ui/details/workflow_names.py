"""The sign-off states' names in the interface language, for the form's sign-off line
(workflow_view.py) and the folded details' summary (metadata_panel.py): one wording for
both. A module of its own: the summary is shown before the first paint, the form after."""

from __future__ import annotations

from mfa_desk.model.workflow import WorkflowState
from mfa_desk.ui.language.i18n import translate


def state_names() -> dict[WorkflowState, str]:
    return {WorkflowState.DRAFT: translate("WorkflowView", "Draft"),
            WorkflowState.IN_REVIEW: translate("WorkflowView", "In review"),
            WorkflowState.APPROVED: translate("WorkflowView", "Approved"),
            WorkflowState.ISSUED: translate("WorkflowView", "Issued")}
