"""The Archive group of the Preferences dialog: where the archive is, add on save."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from mfa_desk.archive.location import default_archive_path
from mfa_desk.settings import Settings


class ArchivePreferences(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Release archive"))
        form = QFormLayout(self)
        self.location = QLineEdit(settings.archive_location)
        self.location.setPlaceholderText(str(default_archive_path()))
        self.location.setAccessibleName(self.tr("Archive location"))
        form.addRow(self.tr("&Archive:"), self.location)
        note = QLabel(self.tr("Empty: the archive on this computer. A file path, or "
                              "postgresql://user@host:port/database for the ministry's "
                              "shared archive."))
        note.setWordWrap(True)
        form.addRow(note)
        self.on_save = QCheckBox(self.tr("Add releases to the archive when &saving"))
        self.on_save.setChecked(settings.archive_on_save)
        form.addRow(self.on_save)

    def apply(self, settings: Settings) -> None:
        settings.archive_location = self.location.text().strip()
        settings.archive_on_save = self.on_save.isChecked()
