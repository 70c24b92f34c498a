"""The sign-off state and its history, as the release details show them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mfa_desk.model.workflow import NOTE_EDITED_AFTER_APPROVAL, WorkflowState
from mfa_desk.ui.release_document import ReleaseDocument

MAX_SHOWN = 3  # the latest changes; the file keeps them all


class WorkflowView(QWidget):
    def __init__(self, document: ReleaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.state = QLabel(self)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        layout.addWidget(self.state)
        layout.addWidget(self.history)
        document.metadataChanged.connect(lambda _name: self.refresh())
        self.refresh()

    def state_names(self) -> dict[WorkflowState, str]:
        return {WorkflowState.DRAFT: self.tr("Draft"),
                WorkflowState.IN_REVIEW: self.tr("In review"),
                WorkflowState.APPROVED: self.tr("Approved"),
                WorkflowState.ISSUED: self.tr("Issued")}

    def refresh(self) -> None:
        release = self.document.release
        names = self.state_names()
        self.state.setText("<b>" + names[release.workflow] + "</b>")
        lines = []
        for signoff in release.signoffs[-MAX_SHOWN:][::-1]:
            who = signoff.name + (f" ({signoff.role})" if signoff.role else "")
            note = (self.tr("edited after approval") if signoff.note == NOTE_EDITED_AFTER_APPROVAL
                    else signoff.note)
            lines.append(f"{signoff.at:%Y-%m-%d %H:%M} {names[signoff.state]} — {who}"
                         + (f" · {note}" if note else ""))
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))
        self.updateGeometry()  # the details grow with the history instead of clipping it
