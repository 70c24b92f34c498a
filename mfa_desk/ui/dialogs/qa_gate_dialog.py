"""The QA gate as a dialog: the list of what is still wrong, and a question.

Shown before setting Reviewed on a segment with an open error, before approving,
and before exporting or printing with open errors, outdated or untranslated
segments. The default button is Cancel: going on needs a deliberate choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.checks.qa_gate import OPEN_ERROR, OUTDATED, UNTRANSLATED, GateProblem
from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.grid.segment_names import SegmentNames
from mfa_desk.ui.language.core_messages import translate_message


class QaGateDialog(QDialog):
    def __init__(self, problems: list[GateProblem], question: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not ready yet"))
        layout = QVBoxLayout(self)
        summary = QLabel(self._summary(problems) + "\n" + question, self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.list = QListWidget(self)
        names = SegmentNames(self)
        kinds = {OPEN_ERROR: self.tr("Check error"), OUTDATED: self.tr("Outdated"),
                 UNTRANSLATED: self.tr("Untranslated")}
        for problem in problems:  # the core's sentence in the interface language
            message = translate_message(problem.message, names.describe)
            self.list.addItem(f"{names.describe(problem.segment)} — "
                              f"{kinds.get(problem.kind, problem.kind)}: {message}")
        self.list.setAccessibleName(self.tr("Problems"))
        # Whole messages, wrapped: a check's message cut at the dialog's edge was read
        # only by scrolling sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_on = buttons.addButton(self.tr("Go On Anyway"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _summary(self, problems: list[GateProblem]) -> str:
        counts = {kind: sum(p.kind == kind for p in problems)
                  for kind in (OPEN_ERROR, OUTDATED, UNTRANSLATED)}
        return (self.tr("%1 check error(s), %2 outdated, %3 untranslated segment(s).")
                .replace("%1", str(counts[OPEN_ERROR])).replace("%2", str(counts[OUTDATED]))
                .replace("%3", str(counts[UNTRANSLATED])))


def confirm_gate(parent: QWidget, problems: list[GateProblem], question: str) -> bool:
    """True when there is nothing to show, or the user chose to go on."""
    if not problems:
        return True
    return QaGateDialog(problems, question, parent).exec() == QDialog.DialogCode.Accepted


register_dialog("qa_gate", lambda parent: QaGateDialog(
    [GateProblem(OPEN_ERROR, "points[1]", "a", "2030 in the Korean, 2031 in the English"),
     GateProblem(OUTDATED, "headline", "b", "the Korean changed after it was translated"),
     GateProblem(UNTRANSLATED, "notes[0]", "c", "no English yet")],
    "Export anyway?", parent))
