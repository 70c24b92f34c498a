"""The Release menu: sign-off (Draft -> In review -> Approved -> Issued) and the QA gate.

Every change of state is one undoable ChangeWorkflow recording the signer's name and
role (Preferences, asked once) and the time. Approving with open errors, outdated
or untranslated segments, and marking a segment Reviewed while it has an open
check error, show the list and ask first.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from mfa_desk.errors import MfaDeskError
from mfa_desk.formats.release_walker import Variant, variant_langs
from mfa_desk.model.operations import OperationError
from mfa_desk.model.release import TranslationStatus
from mfa_desk.model.workflow import WorkflowState, can_move
from mfa_desk.model.workflow_ops import ChangeWorkflow
from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.dialogs.qa_gate_dialog import confirm_gate
from mfa_desk.ui.language.i18n import translate
from mfa_desk.ui.language.messages import user_text

if TYPE_CHECKING:
    from mfa_desk.ui.commands.export_commands import ExportCommands
    from mfa_desk.ui.commands.segment_kind_commands import SegmentKindCommands
    from mfa_desk.ui.commands.template_commands import TemplateCommands
    from mfa_desk.ui.window.editor_window import EditorWindow


class SignerDialog(QDialog):
    """Who signs off from this computer: name and role, kept in the preferences."""

    def __init__(self, name: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign-off Identity"))
        self.setMinimumWidth(380)  # the explanation on two lines, not four
        form = QFormLayout(self)
        # Asked once, at the first sign-off step: say what the answer is used for.
        about = QLabel(self.tr("Each sign-off step (submit, approve, issue) is recorded in "
                               "the release with this name and role."), self)
        about.setWordWrap(True)
        form.addRow(about)
        self.name = QLineEdit(name, self)
        self.role = QLineEdit(role, self)
        self.role.setPlaceholderText(self.tr("e.g. Deputy Director, Translator"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


register_dialog("signer", lambda parent: SignerDialog("김민지", "사무관", parent))


class WorkflowCommands(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[WorkflowState, QAction] = {}
        document = window.document
        document.confirm_status = self.confirm_status
        document.metadataChanged.connect(lambda _n: self.update_actions())
        self._load_signer()
        self.menu = self._build_menu()
        self.update_actions()

    # ------------------------------------------------------------ menu
    def _build_menu(self) -> QMenu:
        w = self.window
        menu = QMenu(self.tr("&Release"), w)
        w.menuBar().insertMenu(w.actions_.go_menu.menuAction(), menu)
        for state, text in ((WorkflowState.IN_REVIEW, self.tr("Submit for &Review")),
                            (WorkflowState.APPROVED, self.tr("&Approve…")),
                            (WorkflowState.ISSUED, self.tr("Mark as &Issued")),
                            (WorkflowState.DRAFT, self.tr("Return to &Draft"))):
            action = menu.addAction(text)
            action.setObjectName(f"workflow_{state.value}")
            action.triggered.connect(lambda _c=False, s=state: self.move_to(s))
            self.actions[state] = action
            w.actions_.by_name[action.objectName()] = action
        menu.addSeparator()
        identity = menu.addAction(self.tr("Sign-off &Identity…"))
        identity.setObjectName("signer_identity")
        identity.triggered.connect(lambda _c=False: self.ask_signer())
        w.actions_.by_name["signer_identity"] = identity
        menu.aboutToShow.connect(self.update_actions)
        return menu

    def update_actions(self) -> None:
        current = self.window.document.release.workflow
        for state, action in self.actions.items():
            action.setEnabled(can_move(current, state) and not self.window.document.read_only)

    # ------------------------------------------------------------ signer
    def _load_signer(self) -> None:
        from mfa_desk.settings import load_settings

        settings = load_settings(self.window.settings_file, warn=lambda _m: None)
        # Until the user has said who signs, the first sign-off asks (the login name
        # offered): a record saying only "root" or "kim" is not a sign-off.
        self.signer_confirmed = bool(settings.user_name)
        if settings.user_name:
            self.window.document.signer = (settings.user_name, settings.signer_role)

    def ask_signer(self) -> bool:
        from mfa_desk.settings import load_settings, save_settings

        settings = load_settings(self.window.settings_file, warn=lambda _m: None)
        name, role = self.window.document.signer
        dialog = SignerDialog(settings.user_name or name, settings.signer_role or role,
                              self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name.text().strip():
            return False
        settings.user_name = dialog.name.text().strip()
        settings.signer_role = dialog.role.text().strip()
        self.window.document.signer = (settings.user_name, settings.signer_role)
        self.signer_confirmed = True
        try:
            save_settings(settings, self.window.settings_file)
        except MfaDeskError as exc:  # kept for this session; the message says why not saved
            self.window.show_message(user_text(exc))
        return True

    # ------------------------------------------------------------ moves
    def move_to(self, state: WorkflowState) -> bool:
        document = self.window.document
        if not can_move(document.release.workflow, state):
            return False
        if not self.signer_confirmed and not self.ask_signer():
            return False
        if state is WorkflowState.APPROVED and not self._gate(self.tr("Approve anyway?")):
            return False
        name, role = document.signer
        op = ChangeWorkflow(state, name, role, dt.datetime.now().replace(microsecond=0))
        try:
            document.push(op, self.tr("Change workflow state"))
        except OperationError as exc:
            self.window.show_message(user_text(exc))
            return False
        self.update_actions()
        return True

    def _gate(self, question: str, langs: tuple[str, ...] = ("ko", "en")) -> bool:
        from mfa_desk.checks.qa_gate import gate_problems

        try:
            problems = gate_problems(self.window.document.release, langs)
        except MfaDeskError as exc:  # a glossary that cannot be read: say so, do not block
            self.window.show_message(user_text(exc))
            return True
        return confirm_gate(self.window, problems, question)

    def confirm_export(self, variant: Variant) -> bool:
        return self._gate(self.tr("Export anyway?"), variant_langs(variant))

    def confirm_print(self, variant: Variant) -> bool:
        return self._gate(self.tr("Print anyway?"), variant_langs(variant))

    def confirm_status(self, segment_id: str, status: TranslationStatus) -> bool:
        """Before Reviewed: a segment with an open check error shows it and asks."""
        if status is not TranslationStatus.REVIEWED:
            return True
        from mfa_desk.checks.qa_gate import OPEN_ERROR, GateProblem, segment_errors
        from mfa_desk.checks.translation import check_translation

        try:
            errors = segment_errors(check_translation(self.window.document.release), segment_id)
        except MfaDeskError:
            return True
        problems = [GateProblem(OPEN_ERROR, f.segment, f.segment_id, f.message) for f in errors]
        return confirm_gate(self.window, problems, self.tr("Mark it Reviewed anyway?"))


def attach_release_commands(window: EditorWindow, exporter: ExportCommands
                            ) -> tuple[WorkflowCommands, SegmentKindCommands, TemplateCommands]:
    """Hook the Release menu, the segment-kind entries and the edit notices into a window;
    the window keeps the three command objects. Exports pass the QA gate first."""
    from mfa_desk.ui.commands.segment_kind_commands import SegmentKindCommands
    from mfa_desk.ui.commands.template_commands import TemplateCommands

    workflow = WorkflowCommands(window)
    exporter.confirm = workflow.confirm_export
    exporter.confirm_print = workflow.confirm_print
    segment_kinds = SegmentKindCommands(window)
    window.document.notice.connect(window.show_message)
    menu = workflow.menu
    logo = menu.addAction(translate("WorkflowCommands", "Letterhead &Logo…"))
    logo.setObjectName("letterhead_logo")
    logo.triggered.connect(lambda _c=False: exporter.choose_logo())
    window.actions_.by_name["letterhead_logo"] = logo
    templates = TemplateCommands(window)
    contacts = menu.addAction(translate("WorkflowCommands", "Release &Contacts…"))
    contacts.setObjectName("release_contacts")
    contacts.triggered.connect(lambda _c=False: templates.edit_release_contacts())
    window.actions_.by_name["release_contacts"] = contacts
    window.metadata_panel.contactsTableRequested.connect(templates.edit_release_contacts)
    return workflow, segment_kinds, templates
