"""Start the editor: a QApplication, the session (preferences, language, recovery,
lock, autosave) and a window on the given file or a copy of the bundled sample.
Imports no Qt at module level: `mfa_desk.app` reads `editor_files` before Qt loads."""

from __future__ import annotations

import sys
from pathlib import Path

# Qt's own command-line options that take a value (`-style fusion`), passed through.
QT_OPTIONS_WITH_VALUE = ("-style", "-platform", "-stylesheet", "-display", "-qwindowgeometry")
DATACLASS_SAVE_MS = 3000  # after the first paint (dataclass_code.py)


def editor_files(argv: list[str]) -> list[str]:
    """The file arguments of an editor start (Qt's options and their values left out)."""
    files, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg.startswith("-"):
            skip = arg in QT_OPTIONS_WITH_VALUE
        else:
            files.append(arg)
    return files


def run_editor(argv: list[str]) -> int:
    from mfa_desk.module_code import keep_modules_loaded_now, use_module_code

    use_module_code()  # first: the code of the modules that follow, kept between starts
    from mfa_desk.ui.session.start_gc import pause_collection

    pause_collection()  # from before Qt's import; start_session ends it after the first paint
    from mfa_desk.ui.session.fast_enums import use_fast_enums

    use_fast_enums()  # before Qt's import: Qt's enum types made by the standard fast path
    from mfa_desk.dataclass_code import use_dataclass_code

    use_dataclass_code()  # before our model's import: its dataclasses' code kept between starts
    from PySide6.QtWidgets import QApplication

    from mfa_desk.ui.session.feature_scan import skip_feature_scan

    skip_feature_scan()  # before our Qt modules' import: PySide reads each one's source
    from mfa_desk.constants import APP_NAME, ORG_NAME
    from mfa_desk.ui.session.startup import start_session

    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication([sys.argv[0], *argv]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    files = editor_files(argv)
    # No file: the bundled sample, opened as an untitled copy (never written in place).
    # Two files: the Korean and the English of one release, imported as a pair.
    session = start_session(app, Path(files[0]) if files else None, sample=not files,
                            second=Path(files[1]) if len(files) == 2 else None)
    # Each window took the preferences' fonts and view before it was shown
    # (open_release_window); these remember their view when closed.
    for window in session.windows:
        window.remember_view = True
    # The session (and its autosave manager) lives as long as the event loop.
    app.setProperty("mfa_desk_windows", len(session.windows))
    # The icon the window manager shows (Qt passes it to every window, shown or not), once
    # the first window has painted: reading its six sizes cost the paint ~1.5 ms.
    # What was compiled this start, written once the window's deferred parts are made (a
    # millisecond, long after the paint) and again on quit for what came after.
    from PySide6.QtCore import QTimer

    for window in session.windows[:1]:
        window.grid.firstPainted.connect(_use_app_icon)
        window.grid.firstPainted.connect(
            lambda: QTimer.singleShot(DATACLASS_SAVE_MS, _save_kept_code))
    if not session.windows:
        _use_app_icon()
    app.aboutToQuit.connect(_save_kept_code)
    keep_modules_loaded_now()  # what the first paint needs, painted in app.exec()
    code = app.exec()
    # Closed windows are deleted now, while the autosave writer still runs, so their
    # clean-up (snapshot removal, lock release) happens before interpreter shutdown.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del session
    return code


def _save_kept_code() -> None:
    """What this start compiled: the dataclasses' methods and the modules' code."""
    from mfa_desk.dataclass_code import save_dataclass_code
    from mfa_desk.module_code import save_module_code

    save_dataclass_code()
    save_module_code()


def _use_app_icon() -> None:
    from mfa_desk.ui.session.app_icon import use_app_icon  # its module after the paint too

    use_app_icon()
