"""What a window on an imported release shows, whether the import came from File > Import
or from the file given to `mfa-desk`: the release is not saved anywhere yet, so it is
marked modified (closing asks), and the importer's notes are shown once."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from mfa_desk.constants import APP_NAME
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.language.messages import note_text

MAX_NOTES_SHOWN = 30
# "folder/page.txt:12: ..." as the importer says where: the folder is noise in a
# message box (it wrapped every note over two lines), the file name and line are not.
_WHERE = re.compile(r"^(?:[A-Za-z]:)?[^:\n]*[/\\]([^/\\:\n]+)(?=:)")


def mark_imported(window: QMainWindow, document: ReleaseDocument) -> None:
    """An import is not saved anywhere yet: never clean, so closing asks."""
    document.undo_stack.resetClean()
    window.setWindowModified(True)


def readable_notes(warnings: list[str]) -> list[str]:
    """The importer's notes for a message box: each a bullet, naming the file without
    its folder, in the interface language (the importers write English); at most
    MAX_NOTES_SHOWN, then how many more there are."""
    shown = ["• " + note_text(_WHERE.sub(r"\1", note)) for note in warnings[:MAX_NOTES_SHOWN]]
    more = len(warnings) - MAX_NOTES_SHOWN
    if more > 0:
        shown.append(QCoreApplication.translate("FileCommands", "… and %1 more")
                     .replace("%1", str(more)))
    return shown


def show_import_notes(window: QMainWindow, warnings: list[str]) -> None:
    if warnings:
        # The FileCommands context: the message was translated there first.
        title = QCoreApplication.translate("FileCommands", "Imported with notes:")
        QMessageBox.information(window, APP_NAME,
                                title + "\n" + "\n".join(readable_notes(warnings)))
