"""Release details as a new user types them: Korean dates, a picker, Korean roles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime

from mfa_desk.model.release import Contact


def _commit(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_date_field_reads_the_forms_the_importer_reads(make_window) -> None:
    window = make_window()
    panel, meta = window.metadata_panel, window.document.release.metadata
    for text in ("2026. 12. 3.", "2026년 12월 4일", "5 December 2026", "2026-12-06"):
        _commit(panel.date, text)
        assert meta.date is not None and meta.date.day in (3, 4, 5, 6), text
    assert meta.date == dt.date(2026, 12, 6)
    _commit(panel.issued_at, "2026. 12. 3.(목) 14:30")
    assert meta.issued_at == dt.datetime(2026, 12, 3, 14, 30)


def test_unreadable_date_gets_a_sentence_without_field_names(make_window) -> None:
    window = make_window()
    panel = window.metadata_panel
    messages: list[str] = []
    panel.invalidInput.connect(messages.append)
    _commit(panel.date, "next Tuesday")
    assert window.document.release.metadata.date is None
    assert len(messages) == 1
    assert "next Tuesday" in messages[0] and "release date" in messages[0]
    assert "metadata" not in messages[0] and "date:" not in messages[0]


def test_calendar_picker_sets_date_and_time(make_window) -> None:
    window = make_window()
    panel = window.metadata_panel
    picker = panel.date.parentWidget()
    picker.calendar.setSelectedDate(QDate(2026, 12, 3))
    picker.pick()
    assert window.document.release.metadata.date == dt.date(2026, 12, 3)
    picker = panel.issued_at.parentWidget()
    picker.calendar.setSelectedDate(QDate(2026, 12, 3))
    picker.time.setTime(QTime(9, 30))
    picker.pick()
    assert window.document.release.metadata.issued_at == dt.datetime(2026, 12, 3, 9, 30)
    window.document.undo_stack.undo()
    assert window.document.release.metadata.issued_at is None


def test_contact_roles_typed_in_korean_are_stored_as_the_format_says(make_window) -> None:
    window = make_window()
    panel = window.metadata_panel
    _commit(panel.contacts, "해양협력과 / 책임자 / 과장 / 김민준 / 02-2100-0000; "
                            "해양협력과 / 담당자 / 사무관 / 이서연 / 02-2100-0001")
    contacts = window.document.release.metadata.contacts
    assert [c.role for c in contacts] == ["responsible", "contact"]
    assert contacts[0] == Contact(department="해양협력과", role="responsible", rank="과장",
                                  name="김민준", phone="02-2100-0000")


def test_details_form_is_made_after_the_first_paint_with_the_release_values(qtbot, tmp_path
                                                                            ) -> None:
    # Folded at start, the form is not part of the first paint (issue 16); it must
    # still show the release's values once made, and a field used early makes it.
    from mfa_desk.ui.document.release_document import ReleaseDocument
    from mfa_desk.ui.window.main_window import MainWindow
    from tests.ui.conftest import small_release

    release = small_release()
    release.metadata.department = "북미국"
    release.languages = ["ko"]
    window = MainWindow(ReleaseDocument(release), state_dir=tmp_path / "state",
                        settings_file=tmp_path / "settings.json")
    qtbot.addWidget(window)
    panel = window.metadata_panel
    assert not panel.__dict__["_built"] and "department" not in panel.__dict__
    window.show()
    qtbot.waitUntil(lambda: window.parts_built)
    assert panel.__dict__["_built"]
    assert panel.department.text() == "북미국"
    # The languages applied before the form existed hold: no English category.
    assert panel.category.isHidden() or not panel._forms[0].isRowVisible(panel.category)

    other = MainWindow(ReleaseDocument(small_release()), state_dir=tmp_path / "state2",
                       settings_file=tmp_path / "settings.json")
    qtbot.addWidget(other)
    assert not other.metadata_panel.__dict__["_built"]
    assert other.metadata_panel.date.text() == ""  # the first use makes the form
    assert other.metadata_panel.__dict__["_built"]
    other.document.undo_stack.setClean()
    window.document.undo_stack.setClean()


def test_folded_details_say_what_they_hold_on_one_line(make_window) -> None:
    import datetime as dt

    from mfa_desk.model.release import Release, Segment
    from mfa_desk.model.workflow import WorkflowState

    release = Release()
    release.headline = Segment.of("제목", "Title")
    window = make_window(release=release)
    panel, document = window.metadata_panel, window.document
    assert not panel.form_box.isVisibleTo(panel)
    assert panel.toggle.text() == "Release details — not filled in · Draft"
    document.set_field("metadata.date", dt.date(2026, 12, 3))
    document.set_field("metadata.department", "북미국")
    document.set_field("metadata.document_type", "보도자료")
    assert panel.toggle.text() == "Release details — 2026-12-03 · 보도자료 · 북미국 · Draft"
    document.undo_stack.undo()  # the document type again
    assert panel.toggle.text() == "Release details — 2026-12-03 · 북미국 · Draft"
    document.release.workflow = WorkflowState.APPROVED
    document.metadataChanged.emit("workflow")
    assert panel.toggle.text().endswith("· Approved")
    # Open, the form shows the details and the header is just its name.
    panel.toggle.click()
    assert panel.form_box.isVisibleTo(panel) and panel.toggle.text() == "Release details"
    assert panel.department.text() == "북미국"
    panel.toggle.click()
    assert panel.toggle.text() == "Release details — 2026-12-03 · 북미국 · Approved"


def test_an_existing_release_opens_with_its_details_folded(make_window, tmp_path) -> None:
    from mfa_desk.formats.native.mfadesk_file import save_release
    from mfa_desk.model.release import Release, Segment
    from mfa_desk.settings import Settings
    from mfa_desk.ui.window.view_options import apply_view_settings

    release = Release()
    release.headline = Segment.of("제목", "Title")
    path = tmp_path / "existing.mfadesk"
    save_release(release, path)
    window = make_window(path=path)
    apply_view_settings(window, Settings())  # the defaults: folded
    assert not window.metadata_panel.form_box.isVisibleTo(window.metadata_panel)
    remembered = Settings(metadata_panel_collapsed=False)  # a user who keeps them open
    apply_view_settings(window, remembered)
    assert window.metadata_panel.form_box.isVisibleTo(window.metadata_panel)
