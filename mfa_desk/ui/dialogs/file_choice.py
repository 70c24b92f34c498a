"""The file a command asks the user for, or None when the dialog was cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def choose_file_to_open(parent: QWidget, title: str, kinds: str,
                        folder: Path | None = None) -> Path | None:
    """`kinds`: the dialog's filter ("Images (*.png *.jpg);;All files (*)")."""
    name, _kind = QFileDialog.getOpenFileName(parent, title, str(folder or Path.home()), kinds)
    return Path(name) if name else None
