"""The About dialog shows the project's licence and the third-party notice
from the files that ship, not from text copied into code."""

from __future__ import annotations

from pkg_paths import ROOT

from mfa_desk.ui.dialogs import about_dialog
from mfa_desk.ui.dialogs.about_dialog import AboutDialog, shipped_text_path
from mfa_desk.ui.session.app_icon import app_icon


def test_licence_files_are_found_beside_resources() -> None:
    assert shipped_text_path("LICENSE") == ROOT / "LICENSE"
    assert shipped_text_path("THIRD-PARTY-NOTICES.md").is_file()


def test_dialog_shows_the_mit_licence_and_the_notices(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "MIT License" in dialog.licence_text.toPlainText()
    notices = dialog.notices_text.toPlainText()
    for component in ("PySide6", "Qt", "python-docx", "lxml", "platformdirs", "pyenchant",
                      "Korean", "en_US"):
        assert component in notices, component
    assert dialog.tabs.count() == 2


def test_missing_licence_file_is_named_not_hidden(qtbot, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(about_dialog, "resources_dir", lambda: tmp_path / "resources")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licence_text.toPlainText()
    assert str(tmp_path / "LICENSE") in text and "missing" in text


def test_application_icon_has_every_rendered_size(qtbot) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
