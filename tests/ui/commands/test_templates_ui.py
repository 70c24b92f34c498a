"""File > New from Template, Save as Template and the contacts table editors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QDialog, QInputDialog

from mfa_desk.formats.native.contacts_directory import load_directory, save_directory
from mfa_desk.model.release import Contact
from mfa_desk.settings import load_settings
from mfa_desk.ui.dialogs.contacts_dialog import ContactsDialog


@pytest.fixture
def window(make_window, tmp_path: Path):  # noqa: ANN201
    window = make_window()
    window.templates.data_dir = tmp_path / "data"
    save_directory(window.templates.directory_file,
                   [Contact("책임자", "과장", "한도윤", "02-2100-0001", "북미2과"),
                    Contact("담당자", "사무관", "김민지", "02-2100-0003", "해양협력과")])
    return window


def test_new_from_template_fills_and_remembers_the_department(window, monkeypatch) -> None:
    asked: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):  # noqa: ANN001, ANN202
        asked.append(list(items))
        return "북미2과", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window.templates.fill_menu()
    entries = [a.text() for a in window.templates.menu.actions()]
    assert entries[:3] == ["보도자료", "보도참고자료", "보도설명자료"]
    window.templates.menu.actions()[1].trigger()
    made = window.windows[-1].document.release
    assert made.metadata.document_type == "보도참고자료" and made.metadata.timing == "embargo"
    assert made.metadata.department == "북미2과"
    assert [c.name for c in made.metadata.contacts] == ["한도윤"]
    assert load_settings(window.settings_file).last_department == "북미2과"
    window.templates.menu.actions()[0].trigger()
    assert asked[1][0] == "북미2과"  # the last department is offered first


def test_save_as_template_adds_it_to_the_menu(window, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("해양 보도자료", True))
    window.actions_.by_name["save_as_template"].trigger()
    window.templates.fill_menu()
    assert "해양 보도자료" in [a.text() for a in window.templates.menu.actions()]


def test_contacts_directory_is_edited_in_a_table(window, monkeypatch) -> None:
    def edit(dialog: ContactsDialog) -> int:
        assert dialog.model.rowCount() == 2
        dialog.add_row()
        row = dialog.model.rowCount() - 1
        for col, value in enumerate(("북미2과", "담당자", "서기관", "오서연", "02-2100-0002")):
            dialog.model.setItem(row, col, QStandardItem(value))
        dialog.view.selectRow(1)
        dialog.remove_selected()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactsDialog, "exec", edit)
    window.templates.fill_menu()
    window.actions_.by_name["contacts_directory"].trigger()
    assert [c.name for c in load_directory(window.templates.directory_file)] == ["한도윤",
                                                                                 "오서연"]


def test_release_contacts_in_the_table_editor_are_one_undo_step(window, monkeypatch) -> None:
    def edit(dialog: ContactsDialog) -> int:
        dialog.add_row(Contact("담당자", "사무관", "김민지", "02-2100-0003", "해양협력과"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactsDialog, "exec", edit)
    window.actions_.by_name["release_contacts"].trigger()
    assert [c.name for c in window.document.release.metadata.contacts] == ["김민지"]
    assert "김민지" in window.metadata_panel.contacts.text()
    window.document.undo_stack.undo()
    assert window.document.release.metadata.contacts == []
    table = window.metadata_panel.contacts_table_action
    # Its small table icon is drawn (the style's icon made PySide build QStyle's enums
    # at start-up): there is one, of the field's size.
    assert not table.icon().isNull() and table.icon().availableSizes()[0].width() >= 16
    table.trigger()  # the button in the details
    assert [c.name for c in window.document.release.metadata.contacts] == ["김민지"]
