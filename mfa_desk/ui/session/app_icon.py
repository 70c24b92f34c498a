"""The application's icon, set before the first window: its own small module, so that
starting the editor does not import the About dialog (~2.6 ms of dialog types and
their enums before the first paint)."""

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
