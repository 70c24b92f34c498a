"""Docks open at a size their panel can be read at. A dock's panel is built the first
time it is shown, so Qt sizes the dock for an empty widget (about three rows high);
a size restored from the last session can be as narrow as the empty dock was. Each
time a dock is shown smaller than a readable minimum, it is given a third of the
window in its direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

MIN_HEIGHT = 180  # a bottom dock: about eight rows of findings or words
MIN_WIDTH = 340  # a right dock: a message column that is not cut to a word or two


def ensure_readable(window: QMainWindow, dock: QDockWidget) -> None:
    if dock.isFloating() or not dock.isVisible():
        return
    area = window.dockWidgetArea(dock)
    if area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
        if dock.width() < MIN_WIDTH:
            window.resizeDocks([dock], [max(MIN_WIDTH, window.width() // 3)],
                               Qt.Orientation.Horizontal)
    elif dock.height() < MIN_HEIGHT:
        window.resizeDocks([dock], [max(MIN_HEIGHT, window.height() // 3)],
                           Qt.Orientation.Vertical)
