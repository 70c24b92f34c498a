"""Start the editor: a QApplication, the session (preferences, language, recovery,
lock, autosave) and a window on the given file or the bundled sample."""

from __future__ import annotations

import sys
from pathlib import Path


def run_editor(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from mfa_desk.constants import APP_NAME, ORG_NAME
    from mfa_desk.resources import sample_release_path
    from mfa_desk.ui.startup import start_session

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from mfa_desk.ui.about_dialog import app_icon

    app.setWindowIcon(app_icon())
    files = [a for a in argv if not a.startswith("-")]
    path = Path(files[0]) if files else sample_release_path()
    session = start_session(app, path)  # type: ignore[arg-type]
    from mfa_desk.ui.view_options import apply_view_settings

    for window in session.windows:
        window.apply_settings(session.settings)
        apply_view_settings(window, session.settings)
        window.remember_view = True
    # The session (and its autosave manager) lives as long as the event loop.
    app.setProperty("mfa_desk_windows", len(session.windows))
    code = app.exec()
    # Closed windows are deleted now, while the autosave writer still runs, so their
    # clean-up (snapshot removal, lock release) happens before interpreter shutdown.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del session
    return code
