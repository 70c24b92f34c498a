"""File > New from Template, Save as Template, and the contacts directory.

Templates and the directory live in the user data folder; the department chosen
last is remembered in the preferences and offered first next time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox

from mfa_desk.constants import APP_NAME
from mfa_desk.errors import MfaDeskError
from mfa_desk.formats.native.templates import Template
from mfa_desk.model.release import Contact
from mfa_desk.ui.language.messages import user_text

if TYPE_CHECKING:
    from mfa_desk.ui.window.editor_window import EditorWindow


def user_data_dir() -> Path:
    from mfa_desk.user_account import user_folder

    return user_folder("data")


class TemplateCommands(QObject):
    def __init__(self, window: EditorWindow, data_dir: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        # Tests give a folder of their own; the window's state folder's sibling otherwise.
        self.data_dir = data_dir or user_data_dir()
        file_menu = window.actions_.file_menu
        entries = file_menu.actions()
        # Right below File > New: the first entry after the New submenu.
        after_new = next(i for i, a in enumerate(entries) if a.menu() is not None) + 1
        self.menu = QMenu(self.tr("New from &Template"), window)
        self.menu.setObjectName("new_from_template")
        file_menu.insertMenu(entries[after_new], self.menu)
        self.menu.aboutToShow.connect(self.fill_menu)
        self.fill_menu()

    @property
    def templates_dir(self) -> Path:
        return self.data_dir / "templates"

    @property
    def directory_file(self) -> Path:
        from mfa_desk.formats.native.contacts_directory import directory_path

        return directory_path(self.data_dir)

    def templates(self) -> list[Template]:
        from mfa_desk.formats.native.templates import builtin_templates, user_templates

        return builtin_templates() + user_templates(self.templates_dir)

    def fill_menu(self) -> None:
        self.menu.clear()
        for template in self.templates():
            action = self.menu.addAction(template.name)
            action.triggered.connect(lambda _c=False, t=template: self.new_from(t))
        self.menu.addSeparator()
        save = self.menu.addAction(self.tr("Save as &Template…"))
        save.setObjectName("save_as_template")
        save.triggered.connect(lambda _c=False: self.save_as_template())
        contacts = self.menu.addAction(self.tr("&Contacts Directory…"))
        contacts.setObjectName("contacts_directory")
        contacts.triggered.connect(lambda _c=False: self.edit_directory())
        self.window.actions_.by_name["save_as_template"] = save
        self.window.actions_.by_name["contacts_directory"] = contacts

    # ------------------------------------------------------------ commands
    def new_from(self, template: Template, department: str | None = None) -> None:
        from mfa_desk.formats.native.contacts_directory import (
            departments,
            for_department,
            load_directory,
        )
        from mfa_desk.formats.native.templates import release_from_template
        from mfa_desk.settings import load_settings, save_settings

        try:
            directory = load_directory(self.directory_file)
        except MfaDeskError as exc:
            self.window.show_message(user_text(exc))
            directory = []
        settings = load_settings(self.window.settings_file, warn=lambda _m: None)
        if department is None:
            department = self._ask_department(departments(directory), settings.last_department)
            if department is None:
                return
        release = release_from_template(template, dt.date.today(), department,
                                        for_department(directory, department))
        if department and department != settings.last_department:
            settings.last_department = department
            try:
                save_settings(settings, self.window.settings_file)
            except MfaDeskError as exc:
                self.window.show_message(user_text(exc))
        from mfa_desk.ui.document.release_document import ReleaseDocument

        self.window.show_document(ReleaseDocument(release))

    def _ask_department(self, known: list[str], last: str) -> str | None:
        choices = ([last] if last else []) + [d for d in known if d != last]
        if not choices:
            return ""  # nothing to choose from yet: the release's own field stays empty
        name, ok = QInputDialog.getItem(self.window, self.tr("New from Template"),
                                        self.tr("Department:"), choices, 0, True)
        return name.strip() if ok else None

    def save_as_template(self) -> None:
        from mfa_desk.formats.native.templates import save_template

        release = self.window.document.release
        name, ok = QInputDialog.getText(self.window, self.tr("Save as Template"),
                                        self.tr("Template name:"),
                                        text=release.metadata.document_type)
        if not ok or not name.strip():
            return
        try:
            path = save_template(release, name, self.templates_dir)
        except (MfaDeskError, OSError) as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc) if isinstance(
                exc, MfaDeskError) else str(exc))
            return
        self.window.show_message(self.tr("Saved template %1").replace("%1", path.stem))

    def edit_directory(self) -> None:
        from mfa_desk.formats.native.contacts_directory import load_directory, save_directory
        from mfa_desk.ui.dialogs.contacts_dialog import ContactsDialog

        try:
            contacts = load_directory(self.directory_file)
        except MfaDeskError as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc))
            return
        dialog = ContactsDialog(contacts, self.tr("Contacts Directory"), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            save_directory(self.directory_file, dialog.contacts())
        except (MfaDeskError, OSError) as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc) if isinstance(
                exc, MfaDeskError) else str(exc))

    def edit_release_contacts(self) -> None:
        """The release's own contacts in the same table editor (one undo step)."""
        from mfa_desk.ui.dialogs.contacts_dialog import ContactsDialog

        document = self.window.document
        dialog = ContactsDialog(document.release.metadata.contacts, self.tr("Contacts"),
                                self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited: list[Contact] = dialog.contacts()
            if edited != document.release.metadata.contacts:
                document.set_field("metadata.contacts", edited)
