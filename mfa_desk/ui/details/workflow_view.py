"""The sign-off state and its history, as the release details show them.

One line, like every other row of the details: the state and its latest change
(when, who, in which role); every change in the tooltip. A taller row was
squeezed by the editor's layout and clipped.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from mfa_desk.model.workflow import NOTE_EDITED_AFTER_APPROVAL, SignOff, WorkflowState
from mfa_desk.ui.details.workflow_names import state_names
from mfa_desk.ui.document.release_document import ReleaseDocument


class WorkflowView(QLabel):
    def __init__(self, document: ReleaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.metadataChanged.connect(lambda _name: self.refresh())
        self.refresh()

    def state_names(self) -> dict[WorkflowState, str]:
        return state_names()

    def describe(self, signoff: SignOff) -> str:
        who = signoff.name + (f" ({signoff.role})" if signoff.role else "")
        note = (self.tr("edited after approval") if signoff.note == NOTE_EDITED_AFTER_APPROVAL
                else signoff.note)
        return (f"{signoff.at:%Y-%m-%d %H:%M} {self.state_names()[signoff.state]} — {who}"
                + (f" · {note}" if note else ""))

    def history_lines(self) -> list[str]:
        """Every change, latest first."""
        return [self.describe(s) for s in reversed(self.document.release.signoffs)]

    def refresh(self) -> None:
        release = self.document.release
        lines = self.history_lines()
        state = self.state_names()[release.workflow]
        self.setText(f"<b>{state}</b>" + (f" &nbsp; {_escape(lines[0])}" if lines else ""))
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("\n".join(lines))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
