"""Window geometry is remembered in the preferences between sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mfa_desk.settings import Settings, load_settings, save_settings
from mfa_desk.ui.session.startup import start_session


def _close(qtbot: QtBot, window: object) -> None:
    from mfa_desk.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.document.undo_stack.setClean()
    assert window.close()
    qtbot.wait(10)


def test_size_survives_a_restart(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.json"
    edited = Settings()
    edited.font_size = 15
    save_settings(edited, settings_file)

    first = start_session(qapp, None, settings_file, tmp_path / "state")
    [window] = first.windows
    window.resize(657, 481)
    qtbot.wait(10)
    _close(qtbot, window)
    saved = load_settings(settings_file)
    assert saved.window_geometry and saved.window_state
    assert saved.font_size == 15  # the rest of the preferences is kept

    second = start_session(qapp, None, settings_file, tmp_path / "state")
    [again] = second.windows
    assert (again.width(), again.height()) == (657, 481)
    _close(qtbot, again)


def test_garbage_geometry_is_ignored(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.json"
    broken = Settings()
    broken.window_geometry = "not base64 at all ☃"
    save_settings(broken, settings_file)
    session = start_session(qapp, None, settings_file, tmp_path / "state")
    [window] = session.windows
    assert window.width() > 0
    _close(qtbot, window)
