"""The application's icon: its own small module, so that starting the editor does not
import the About dialog (~2.6 ms of dialog types and their enums before the first paint).
`use_app_icon()` gives it to the application (and so to every window) once: after the
first window's paint, or before a dialog that comes first (recovery, a file refused)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from mfa_desk.resources import resource_path


def app_icon() -> QIcon:
    """The application icon in every rendered size (the window manager picks one)."""
    icon = QIcon()
    icons = resource_path("icons")
    for png in sorted(icons.glob("mfa-desk-*.png")):
        icon.addFile(str(png))
    return icon


def use_app_icon() -> None:
    """Set the application's icon, once (later calls do nothing)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.property("mfa_desk_icon"):
        app.setWindowIcon(app_icon())
        app.setProperty("mfa_desk_icon", True)
