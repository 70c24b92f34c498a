"""Remember the window's size, position and toolbars/docks between sessions.

`remember_window(window, settings_file=None)` restores the geometry and state
saved in the preferences (if any) and saves them again whenever the window is
asked to close (an event filter, so the window class needs no code for it).
The bytes of QMainWindow.saveGeometry()/saveState() are kept as base64 text in
Settings.window_geometry / window_state. Saving re-reads the preferences file
first so a change made meanwhile (Preferences dialog) is not overwritten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QMainWindow

from mfa_desk.errors import SaveError
from mfa_desk.settings import Settings, load_settings, save_settings


def _to_text(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _from_text(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def restore_window(window: QMainWindow, settings: Settings) -> bool:
    """Apply remembered geometry; False if none was saved or Qt rejected it."""
    if not settings.window_geometry:
        return False
    try:
        restored = window.restoreGeometry(_from_text(settings.window_geometry))
        if settings.window_state:
            window.restoreState(_from_text(settings.window_state))
    except (UnicodeEncodeError, ValueError):
        return False
    return bool(restored)


def save_window(window: QMainWindow, settings_file: Path | None = None) -> None:
    settings = load_settings(settings_file, warn=lambda _message: None)
    settings.window_geometry = _to_text(window.saveGeometry())
    settings.window_state = _to_text(window.saveState())
    try:
        save_settings(settings, settings_file)
    except SaveError:
        pass  # the geometry is a convenience: never stop a window from closing


class _CloseWatcher(QObject):
    def __init__(self, window: QMainWindow, settings_file: Path | None) -> None:
        super().__init__(window)
        self._window = window
        self._settings_file = settings_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Close:
            save_window(self._window, self._settings_file)
        return False


def remember_window(window: QMainWindow, settings_file: Path | None = None,
                    settings: Settings | None = None) -> None:
    """`settings`: the preferences already read from `settings_file`, if the caller has them."""
    restore_window(window, settings or load_settings(settings_file, warn=lambda _message: None))
    window.installEventFilter(_CloseWatcher(window, settings_file))
