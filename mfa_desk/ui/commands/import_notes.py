"""What a window on an imported release shows, whether the import came from File > Import
or from the file given to `mfa-desk`: the release is not saved anywhere yet, so it is
marked modified (closing asks), and the importer's notes are shown once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from mfa_desk.constants import APP_NAME
from mfa_desk.ui.document.release_document import ReleaseDocument

MAX_NOTES_SHOWN = 30


def mark_imported(window: QMainWindow, document: ReleaseDocument) -> None:
    """An import is not saved anywhere yet: never clean, so closing asks."""
    document.undo_stack.resetClean()
    window.setWindowModified(True)


def show_import_notes(window: QMainWindow, warnings: list[str]) -> None:
    if warnings:
        # The FileCommands context: the message was translated there first.
        title = QCoreApplication.translate("FileCommands", "Imported with notes:")
        QMessageBox.information(window, APP_NAME,
                                title + "\n" + "\n".join(warnings[:MAX_NOTES_SHOWN]))
