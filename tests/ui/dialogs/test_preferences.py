"""Preferences dialog: shows the settings, edits a copy, cancel changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mfa_desk.model.release import Release
from mfa_desk.settings import Settings, load_settings, save_settings
from mfa_desk.ui.dialogs.preferences_dialog import (
    PreferencesDialog,
    edit_and_save_preferences,
    edit_preferences,
)
from mfa_desk.ui.safety.autosave import AutosaveManager, apply_preferences


def _settings() -> Settings:
    s = Settings()
    s.ui_language = "ko"
    s.font_ko = "Noto Sans CJK KR"
    s.font_en = "DejaVu Serif"
    s.font_size = 13
    s.spell_en = False
    s.english_variant = "en_GB"
    s.recent_files = ["/tmp/x.mfadesk"]
    return s


def test_dialog_shows_the_settings(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(_settings())
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "ko"
    assert dialog.font_ko_box.currentFont().family() == "Noto Sans CJK KR"
    assert dialog.font_en_box.currentFont().family() == "DejaVu Serif"
    assert dialog.font_size_box.value() == 13
    assert dialog.autosave_check.isChecked()
    assert dialog.spell_ko_check.isChecked() and not dialog.spell_en_check.isChecked()
    assert dialog.variant_box.currentData() == "en_GB"
    assert not dialog.variant_box.isEnabled()  # no English spelling, no dictionary choice
    assert dialog.settings() == _settings()


def test_edits_come_back_as_a_copy(qtbot: QtBot) -> None:
    original = _settings()
    dialog = PreferencesDialog(original)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.font_en_box.setCurrentFont(QFont("DejaVu Sans"))  # installed with fontconfig
    dialog.font_size_box.setValue(16)
    qtbot.mouseClick(dialog.autosave_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.spell_en_check, Qt.MouseButton.LeftButton)
    assert dialog.variant_box.isEnabled()
    dialog.variant_box.setCurrentIndex(dialog.variant_box.findData("en_US"))
    edited = dialog.settings()
    assert edited.ui_language == "en"
    assert edited.font_en == "DejaVu Sans" and edited.font_size == 16
    assert edited.autosave_enabled is False and edited.spell_en is True
    assert edited.english_variant == "en_US"
    assert edited.recent_files == ["/tmp/x.mfadesk"]  # untouched fields carried over
    assert original == _settings()  # the input is not changed


def _press(button: QDialogButtonBox.StandardButton, change_size: bool) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    if change_size:
        dialog.font_size_box.setValue(20)
    dialog.button_box.button(button).click()


def test_edit_preferences_ok_and_cancel(qtbot: QtBot) -> None:
    QTimer.singleShot(0, lambda: _press(QDialogButtonBox.StandardButton.Ok, True))
    edited = edit_preferences(None, _settings())
    assert edited is not None and edited.font_size == 20
    QTimer.singleShot(0, lambda: _press(QDialogButtonBox.StandardButton.Cancel, True))
    assert edit_preferences(None, _settings()) is None


def test_edit_and_save_preferences_persists_atomically(qtbot: QtBot, tmp_path: Path) -> None:
    settings_file = tmp_path / "cfg" / "settings.json"
    save_settings(_settings(), settings_file)
    QTimer.singleShot(0, lambda: _press(QDialogButtonBox.StandardButton.Ok, True))
    edited = edit_and_save_preferences(None, settings_file)
    assert edited is not None and edited.font_size == 20
    assert load_settings(settings_file) == edited
    QTimer.singleShot(0, lambda: _press(QDialogButtonBox.StandardButton.Cancel, True))
    assert edit_and_save_preferences(None, settings_file) is None
    assert load_settings(settings_file).font_size == 20


def test_apply_preferences_switches_autosave(tmp_path: Path) -> None:
    manager = AutosaveManager(tmp_path)
    manager.watch("w", Release, None)
    off = Settings()
    off.autosave_enabled = False
    off.autosave_delay_ms = 2500
    apply_preferences(off, manager)
    manager.schedule("w")
    assert not manager.pending("w") and manager.delay_ms == 2500
    apply_preferences(Settings(), manager)
    manager.schedule("w")
    assert manager.pending("w")
