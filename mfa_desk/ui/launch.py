"""Start the editor: a QApplication and a main window on the given file."""

from __future__ import annotations

import sys
from pathlib import Path


def run_editor(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mfa_desk.constants import APP_NAME
    from mfa_desk.errors import MfaDeskError
    from mfa_desk.resources import sample_release_path
    from mfa_desk.ui.main_window import MainWindow, open_release_window
    from mfa_desk.ui.release_document import ReleaseDocument

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("mfa-desk")
    app.setApplicationDisplayName(APP_NAME)
    files = [a for a in argv if not a.startswith("-")]
    path = Path(files[0]) if files else sample_release_path()
    windows: list[MainWindow] = []
    try:
        document = ReleaseDocument.open(path)
    except MfaDeskError as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        from mfa_desk.model.release import Segment
        from mfa_desk.ui.main_window import new_release

        release = new_release(["ko", "en"])
        release.points.append(Segment())
        document = ReleaseDocument(release)
    open_release_window(document, windows=windows)
    return app.exec()
