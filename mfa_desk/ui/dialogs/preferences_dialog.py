"""Preferences: interface language, fonts per language, autosave, spelling.

`PreferencesDialog(settings, parent)` edits a copy; after `exec()` returns
Accepted, `.settings()` gives the edited copy and the caller persists it with
`save_settings` and applies it (a new interface language takes effect at the
next start, which the dialog says). `edit_and_save_preferences(parent)` does
load, edit and save in one call, for the window's Preferences action
(QKeySequence.StandardKey.Preferences); `autosave.apply_preferences`
applies the autosave part.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.constants import APP_NAME
from mfa_desk.errors import SaveError
from mfa_desk.settings import FONT_SIZE_RANGE, Settings, load_settings, save_settings
from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.language.messages import user_text

# Language names are shown in their own language, whatever the interface speaks.
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = settings.copy()
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._interface_group(settings))
        layout.addWidget(self._fonts_group(settings))
        layout.addWidget(self._editing_group(settings))
        from mfa_desk.ui.archive.archive_preferences import ArchivePreferences

        self.archive_group = ArchivePreferences(settings, self)
        layout.addWidget(self.archive_group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        layout.addWidget(buttons)

    def _interface_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Interface"))
        form = QFormLayout(group)
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("System default"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.ui_language)))
        self.language_box.setAccessibleName(self.tr("Interface language"))
        form.addRow(self.tr("&Language:"), self.language_box)
        note = QLabel(self.tr("A new interface language takes effect when MFA Desk restarts."))
        note.setWordWrap(True)
        form.addRow(note)
        # Review rounds: the name on saved versions, comments and tracked changes.
        from PySide6.QtWidgets import QLineEdit

        self.user_name_edit = QLineEdit(settings.user_name)
        self.user_name_edit.setPlaceholderText(self.tr("Your login name if left empty"))
        form.addRow(self.tr("Your &name:"), self.user_name_edit)
        return group

    def _fonts_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Editor fonts"))
        form = QFormLayout(group)
        self.font_ko_box = QFontComboBox()
        self.font_ko_box.setWritingSystem(QFontDatabase.WritingSystem.Korean)
        self.font_ko_box.setCurrentFont(QFont(settings.font_ko) if settings.font_ko else QFont())
        self.font_ko_box.setAccessibleName(self.tr("Korean font"))
        form.addRow(self.tr("&Korean text:"), self.font_ko_box)
        self.font_en_box = QFontComboBox()
        self.font_en_box.setCurrentFont(QFont(settings.font_en) if settings.font_en else QFont())
        self.font_en_box.setAccessibleName(self.tr("English font"))
        form.addRow(self.tr("&English text:"), self.font_en_box)
        self.font_size_box = QSpinBox()
        self.font_size_box.setRange(*FONT_SIZE_RANGE)
        self.font_size_box.setValue(settings.font_size)
        self.font_size_box.setSuffix(self.tr(" pt"))
        self.font_size_box.setAccessibleName(self.tr("Font size"))
        form.addRow(self.tr("&Size:"), self.font_size_box)
        return group

    def _editing_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Saving and spelling"))
        form = QFormLayout(group)
        self.autosave_check = QCheckBox(self.tr("Keep &recovery snapshots of unsaved changes"))
        self.autosave_check.setChecked(settings.autosave_enabled)
        form.addRow(self.autosave_check)
        self.spell_ko_check = QCheckBox(self.tr("Check Korean &spelling"))
        self.spell_ko_check.setChecked(settings.spell_ko)
        form.addRow(self.spell_ko_check)
        self.spell_en_check = QCheckBox(self.tr("Check English s&pelling"))
        self.spell_en_check.setChecked(settings.spell_en)
        form.addRow(self.spell_en_check)
        self.variant_box = QComboBox()
        self.variant_box.addItem(self.tr("American English (en_US)"), "en_US")
        self.variant_box.addItem(self.tr("British English (en_GB)"), "en_GB")
        self.variant_box.setCurrentIndex(max(0, self.variant_box.findData(
            settings.english_variant)))
        self.variant_box.setAccessibleName(self.tr("English dictionary"))
        form.addRow(self.tr("English &dictionary:"), self.variant_box)
        self.spell_en_check.toggled.connect(self.variant_box.setEnabled)
        self.variant_box.setEnabled(settings.spell_en)
        return group

    def settings(self) -> Settings:
        """The settings as edited in the dialog (a copy; the input is never changed)."""
        edited = self._original.copy()
        edited.ui_language = str(self.language_box.currentData())
        edited.font_ko = self.font_ko_box.currentFont().family()
        edited.font_en = self.font_en_box.currentFont().family()
        edited.font_size = self.font_size_box.value()
        edited.autosave_enabled = self.autosave_check.isChecked()
        edited.spell_ko = self.spell_ko_check.isChecked()
        edited.spell_en = self.spell_en_check.isChecked()
        edited.english_variant = str(self.variant_box.currentData())
        edited.user_name = self.user_name_edit.text().strip()
        self.archive_group.apply(edited)
        return edited


def edit_preferences(parent: QWidget | None, settings: Settings) -> Settings | None:
    """Show the dialog; the edited settings, or None if cancelled."""
    dialog = PreferencesDialog(settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.settings()


def edit_and_save_preferences(parent: QWidget | None,
                              settings_file: Path | None = None) -> Settings | None:
    """The Preferences command: edit the stored preferences and save them atomically.

    Returns the new settings for the caller to apply (fonts, spelling, autosave),
    or None if the user cancelled or they could not be saved (said in a box).
    """
    current = load_settings(settings_file, warn=lambda _message: None)
    edited = edit_preferences(parent, current)
    if edited is None:
        return None
    try:
        save_settings(edited, settings_file)
    except SaveError as exc:
        QMessageBox.warning(parent, APP_NAME, user_text(exc))
        return None
    return edited


register_dialog("preferences", lambda parent: PreferencesDialog(Settings(), parent))
