"""A table editor for contacts: the user's contacts directory, or a release's contacts.

One row per person (department, role, rank, name, phone) in a QStandardItemModel
shown by a QTableView; Add Row and Remove Row; OK gives the edited list back.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.formats.native.contacts_directory import FIELDS
from mfa_desk.model.release import Contact
from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.language.i18n import translate


class ContactsDialog(QDialog):
    def __init__(self, contacts: list[Contact], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = QStandardItemModel(0, len(FIELDS), self)
        self.model.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Role"),
                                              self.tr("Rank"), self.tr("Name"),
                                              self.tr("Phone")])
        for contact in contacts:
            self.add_row(contact)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(title)
        add = QPushButton(self.tr("&Add Row"), self)
        add.clicked.connect(lambda: self._add_and_edit())
        remove = QPushButton(self.tr("&Remove Row"), self)
        remove.clicked.connect(self.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row_buttons)
        layout.addWidget(buttons)
        self.resize(680, 360)

    def add_row(self, contact: Contact | None = None) -> None:
        contact = contact or Contact()
        self.model.appendRow([QStandardItem(getattr(contact, f)) for f in FIELDS])

    def _add_and_edit(self) -> None:
        self.add_row()
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()},
                      reverse=True)
        for row in rows:
            self.model.removeRow(row)

    def contacts(self) -> list[Contact]:
        """The rows as contacts, empty rows left out."""
        out = []
        for row in range(self.model.rowCount()):
            values = {f: (self.model.item(row, col).text().strip()
                          if self.model.item(row, col) else "")
                      for col, f in enumerate(FIELDS)}
            if any(values.values()):
                out.append(Contact(**values))
        return out


register_dialog("contacts", lambda parent: ContactsDialog(
    [Contact("책임자", "과장", "한도윤", "02-2100-0000", "북미2과")],
    translate("TemplateCommands", "Contacts Directory"), parent))
