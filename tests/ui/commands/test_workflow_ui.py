"""Sign-off, the QA gate, segment kinds, the "※" autoformat, PDF export and printing
from the window."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from mfa_desk.constants import TIMING_EMBARGO
from mfa_desk.model.release import TranslationStatus
from mfa_desk.model.workflow import WorkflowState
from mfa_desk.ui.dialogs.qa_gate_dialog import QaGateDialog
from tests.ui.conftest import small_release


class GateAnswers(list[list[str]]):
    """Every gate dialog shown (its list of lines); Cancel until `accept()`."""

    accepting = False

    def accept(self) -> None:
        self.accepting = True


@pytest.fixture
def gate_answers(monkeypatch: pytest.MonkeyPatch) -> GateAnswers:
    shown = GateAnswers()

    def exec_(dialog: QaGateDialog) -> int:
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        return QDialog.DialogCode.Accepted if shown.accepting else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QaGateDialog, "exec", exec_)
    return shown


def signed(window):  # noqa: ANN001, ANN201
    window.document.signer = ("김민지", "사무관")
    window.workflow.signer_confirmed = True
    return window


def test_the_first_sign_off_asks_who_signs_and_remembers(make_window, monkeypatch) -> None:
    from mfa_desk.settings import load_settings
    from mfa_desk.ui.commands.workflow_commands import SignerDialog

    offered: list[str] = []

    def answer(dialog: SignerDialog) -> int:
        offered.append(dialog.name.text())
        dialog.name.setText("이서준")
        dialog.role.setText("과장")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignerDialog, "exec", answer)
    window = make_window()
    login = window.document.signer[0]
    window.actions_.by_name["workflow_in_review"].trigger()
    assert offered == [login]  # the login name offered
    last = window.document.release.signoffs[-1]
    assert (last.name, last.role) == ("이서준", "과장")
    assert load_settings(window.settings_file).user_name == "이서준"
    window.actions_.by_name["workflow_draft"].trigger()
    assert len(offered) == 1  # asked once


def test_the_name_in_preferences_signs_without_asking(make_window, monkeypatch) -> None:
    # One name per person: the one typed in Preferences (review comments, versions) is
    # the one a sign-off records.
    from mfa_desk.settings import load_settings, save_settings
    from mfa_desk.ui.commands.workflow_commands import SignerDialog

    asked: list[str] = []
    monkeypatch.setattr(SignerDialog, "exec", lambda dialog: asked.append("asked") or 0)
    window = make_window()
    settings = load_settings(window.settings_file)
    settings.user_name, settings.signer_role = "박지원", "서기관"
    save_settings(settings, window.settings_file)
    window.workflow._load_signer()
    window.actions_.by_name["workflow_in_review"].trigger()
    assert asked == []
    last = window.document.release.signoffs[-1]
    assert (last.name, last.role) == ("박지원", "서기관")


def reviewed_release():  # noqa: ANN201
    release = small_release()
    for ref in release.iter_segments():
        ref.segment.set_status(TranslationStatus.REVIEWED)
    return release


def test_sign_off_through_the_states_with_history_in_the_details(make_window, gate_answers
                                                                 ) -> None:
    window = signed(make_window(release=reviewed_release()))
    actions = window.actions_.by_name
    assert not actions["workflow_approved"].isEnabled()  # a draft goes to review first
    actions["workflow_in_review"].trigger()
    actions["workflow_approved"].trigger()
    assert gate_answers == []  # nothing wrong: no question
    actions["workflow_issued"].trigger()
    release = window.document.release
    assert release.workflow is WorkflowState.ISSUED
    assert [(s.state, s.name, s.role) for s in release.signoffs] == [
        (WorkflowState.IN_REVIEW, "김민지", "사무관"), (WorkflowState.APPROVED, "김민지", "사무관"),
        (WorkflowState.ISSUED, "김민지", "사무관")]
    view = window.metadata_panel.workflow
    assert view.text().startswith("<b>Issued</b>") and "Issued — 김민지 (사무관)" in view.text()
    history = view.toolTip().splitlines()
    assert len(history) == 3 and "Approved — 김민지 (사무관)" in history[1]
    window.document.undo_stack.undo()
    assert release.workflow is WorkflowState.APPROVED and len(release.signoffs) == 2


def test_approving_with_problems_shows_the_list_and_asks(make_window, gate_answers) -> None:
    window = signed(make_window())  # statuses Translated: fine; make one outdated
    release = window.document.release
    release.points[1].text.ko += " 변경"
    window.actions_.by_name["workflow_in_review"].trigger()
    window.actions_.by_name["workflow_approved"].trigger()
    assert release.workflow is WorkflowState.IN_REVIEW
    assert any("Outdated" in line and "Point 2" in line for line in gate_answers[0])
    gate_answers.accept()
    window.actions_.by_name["workflow_approved"].trigger()
    assert release.workflow is WorkflowState.APPROVED


def test_an_edit_after_approval_returns_to_review_saying_so(make_window, gate_answers) -> None:
    window = signed(make_window(release=reviewed_release()))
    for state in ("in_review", "approved"):
        window.actions_.by_name[f"workflow_{state}"].trigger()
    release = window.document.release
    point = release.points[1]
    window.document.type_text(point.id, "text", "en", "They agreed to meet again.", 3, 3)
    assert release.workflow is WorkflowState.IN_REVIEW
    assert point.status is TranslationStatus.TRANSLATED
    assert "back In review" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()  # the keystroke and what it caused: one step
    assert release.workflow is WorkflowState.APPROVED
    assert point.status is TranslationStatus.REVIEWED
    assert point.text.en == "They agreed to meet again next year."


def test_editing_a_reviewed_english_returns_it_to_translated(make_window) -> None:
    window = make_window(release=reviewed_release())
    point = window.document.release.points[0]
    window.document.type_text(point.id, "text", "en", point.text.en + " Extra.", 0, 0)
    assert point.status is TranslationStatus.TRANSLATED
    assert window.document.release.workflow is WorkflowState.DRAFT


def test_reviewed_on_a_segment_with_an_open_error_asks(make_window, gate_answers) -> None:
    release = small_release()
    release.points[1].text.ko = "양측은 다음 회의를 2027년에 개최하기로 하였다."
    release.points[1].text.en = "They agreed to meet again in 2028."
    release.points[1].set_status(TranslationStatus.TRANSLATED)
    window = make_window(release=release)
    point = window.document.release.points[1]
    window.document.set_status(point.id, TranslationStatus.REVIEWED)
    assert point.status is TranslationStatus.TRANSLATED and len(gate_answers) == 1
    assert "Check error" in gate_answers[0][0]
    gate_answers.accept()
    window.document.set_status(point.id, TranslationStatus.REVIEWED)
    assert point.status is TranslationStatus.REVIEWED


def test_export_asks_at_the_gate_and_pdf_is_written(make_window, gate_answers, monkeypatch,
                                                    tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    window = make_window()
    window.document.release.points[1].text.en = ""  # untranslated
    out = tmp_path / "release.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][2], True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.actions_.by_name["export_pdf"].trigger()
    assert not out.exists() and any("Untranslated" in line for line in gate_answers[0])
    gate_answers.accept()
    window.actions_.by_name["export_pdf"].trigger()
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                   check=True, text=True, timeout=60).stdout.split())
    assert "외교부" in text and "Ocean Cooperation Meeting Held" in text


def test_an_issued_release_exports_publish_html_and_the_embargo_goes(make_window,
                                                                      tmp_path: Path) -> None:
    window = make_window(release=reviewed_release())
    release = window.document.release
    release.metadata.timing = TIMING_EMBARGO
    release.metadata.timing_text = "2026. 12. 3.(목) 14:00 이후"
    draft = tmp_path / "draft.html"
    window.exporter.export_to(draft, "html", "both")
    assert "data-mfadesk-export" in draft.read_text(encoding="utf-8")
    assert "EMBARGOED until 14:00 KST, December 3, 2026" in draft.read_text(encoding="utf-8")
    release.workflow = WorkflowState.ISSUED
    issued = tmp_path / "issued.html"
    window.exporter.export_to(issued, "html", "both")
    page = issued.read_text(encoding="utf-8")
    assert "data-mfadesk-export" not in page and "EMBARGOED" not in page


def test_add_note_subheadline_attachment_and_change_type_are_undoable(make_window) -> None:
    window = make_window()
    release = window.document.release
    actions = window.actions_.by_name
    window.grid.focus_cell((release.points[1].id, "text"), "ko", 0)
    actions["add_note"].trigger()
    assert len(release.notes) == 2 and window.grid.current_item_id() == release.notes[0].id
    actions["add_subheadline"].trigger()
    actions["add_attachment"].trigger()
    assert len(release.subheadlines) == 2 and len(release.attachments) == 1
    point = release.points[1]
    window.grid.focus_cell((point.id, "text"), "ko", 0)
    window.segment_kinds.update_type_actions()
    assert actions["type_point"].isChecked() and not actions["type_point"].isEnabled()
    actions["type_note"].trigger()
    assert release.notes[0] is point and (point.id, "text") in window.grid.rows
    actions["type_subheadline"].trigger()
    assert release.subheadlines[-1] is point
    for _ in range(5):
        window.document.undo_stack.undo()
    assert len(release.notes) == 1 and len(release.subheadlines) == 1
    assert release.points[1] is point and release.attachments == []
    names = {a.objectName() for a in window.segment_kinds.context_actions()}
    assert {"add_note", "add_subheadline", "add_attachment", "add_photo"} <= names


def test_typing_a_note_mark_at_the_start_of_a_point_makes_a_note(make_window, qtbot) -> None:
    window = make_window()
    release = window.document.release
    point = release.points[1]
    window.document.type_text(point.id, "text", "ko", "※ " + point.text.ko, 2, 0)
    qtbot.waitUntil(lambda: release.notes[0] is point)
    assert point.text.ko == "양측은 다음 회의를 내년에 개최하기로 하였다."
    assert "note" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()  # the autoformat alone: a point starting with "※"
    assert release.points[1] is point and point.text.ko.startswith("※ ")


def test_print_draws_every_pdf_page(make_window, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from mfa_desk.ui.commands.export_commands import _a4_printer, print_pdf_pages

    window = make_window()
    pdf = window.exporter.print_pdf("both")
    printer = _a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf_pages(pdf, printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          check=True, text=True, timeout=60).stdout
    assert pages >= 1 and f"Pages:           {pages}" in info
    assert "595.276 x 841.89" in info or "595 x 842" in info  # A4


def test_printing_with_problems_shows_the_gate_first(make_window, gate_answers,
                                                     monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QInputDialog

    shown: list[str] = []
    # Both languages (the last choice offered): the outdated English is a problem there.
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][-1], True)))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: shown.append("print") or 0)
    window = make_window()
    window.document.release.points[1].text.ko += " 변경"  # now Outdated: a gate problem
    window.exporter.print_dialog()
    assert len(gate_answers) == 1 and shown == []  # asked first; "Cancel" prints nothing
    assert any("Outdated" in line for line in gate_answers[0])
    gate_answers.accept()
    window.exporter.print_dialog()
    assert shown == ["print"]


def test_embargo_time_in_the_details_panel(make_window) -> None:
    window = make_window()
    panel = window.metadata_panel
    panel.embargo_until.setText("2026-12-03 14:00")
    panel.embargo_until.editingFinished.emit()
    until = window.document.release.metadata.embargo_until
    assert until is not None and until.hour == 14
    window.document.undo_stack.undo()
    assert window.document.release.metadata.embargo_until is None


def test_print_preview_keeps_its_printer_alive(make_window, monkeypatch) -> None:
    """The dialog does not own its printer; a freed one crashed the preview on show."""
    import gc

    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    seen: list[str] = []

    def run(dialog: QPrintPreviewDialog) -> int:
        gc.collect()
        printer = dialog.printer()
        seen.append(printer.pageLayout().pageSize().name())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", run)
    window.actions_.by_name["print_preview"].trigger()
    assert seen == ["A4"]


def test_the_signer_dialog_says_what_its_answer_is_for(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel

    from mfa_desk.ui.commands.workflow_commands import SignerDialog

    dialog = SignerDialog("김민지", "사무관")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("recorded in the release" in text for text in texts), texts
    assert dialog.name.text() == "김민지" and dialog.role.text() == "사무관"
