"""The start of an editor session: preferences, interface language, recovery, first window.

`start_session(app, path, settings_file=None, state_dir=None) -> Session` is what
launch.py calls once the QApplication exists:

1. load the preferences (a corrupt file falls back to defaults with a warning),
2. install the translators for the interface language (system or the override),
3. create the application's AutosaveManager from the preferences,
4. offer the recovery snapshots a crash left behind (restored releases open
   as modified, unsaved windows),
5. open `path` (unless a restored window already shows it) with its lock; a
   missing `path` ending in .mfadesk opens as a new release to be saved there; any
   other file (a page copied as text, DOCX, HTML, HWPX), or two (`second`: the Korean
   and the English), is imported as an untitled release, as File > Import does;
   `sample=True` (no path) opens the bundled sample as an untitled copy; if no
   window is open after that, an empty bilingual release.

The returned Session keeps the settings, the manager and the list of windows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mfa_desk.constants import APP_NAME, FILE_SUFFIX
from mfa_desk.errors import MfaDeskError
from mfa_desk.model.release import Segment
from mfa_desk.settings import Settings, load_settings
from mfa_desk.ui.document.release_document import ReleaseDocument, new_release
from mfa_desk.ui.language.i18n import install_translator
from mfa_desk.ui.language.messages import user_text
from mfa_desk.ui.safety.autosave import AutosaveManager
from mfa_desk.ui.safety.guarded_windows import autosave_for, open_guarded_window, recover_at_startup
from mfa_desk.ui.session.start_gc import LONGEST_PAUSE_MS, pause_collection, resume_collection
from mfa_desk.ui.window.editor_window import EditorWindow


@dataclass
class Session:
    settings: Settings
    language: str
    autosave: AutosaveManager
    windows: list[EditorWindow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def start_session(app: QApplication, path: Path | None, settings_file: Path | None = None,
                  state_dir: Path | None = None, sample: bool = False,
                  second: Path | None = None) -> Session:
    from PySide6.QtCore import QTimer

    pause_collection()  # until the first window has painted (start_gc.py)
    QTimer.singleShot(LONGEST_PAUSE_MS, resume_collection)
    try:
        session = _open_session(app, path, settings_file, state_dir, sample, second)
    except BaseException:
        resume_collection()
        raise
    if session.windows:
        session.windows[0].grid.firstPainted.connect(resume_collection)
    else:
        resume_collection()
    return session


def _open_session(app: QApplication, path: Path | None, settings_file: Path | None,
                  state_dir: Path | None, sample: bool, second: Path | None) -> Session:
    warnings: list[str] = []
    settings = load_settings(settings_file, warn=warnings.append)
    language = install_translator(app, settings.ui_language)
    from mfa_desk.ui.window.view_options import use_korean_font

    use_korean_font(settings.font_ko)  # before any window: no widget lays out twice
    recovery_dir = state_dir / "recovery" if state_dir is not None else None
    session = Session(settings, language, autosave_for(settings, recovery_dir),
                      warnings=warnings)
    restored = recover_at_startup(session.autosave, state_dir, session.windows,
                                  settings_file=settings_file, before_offer=_use_app_icon)
    if path is not None and not any(_shows(w, path) for w in restored):
        try:
            document, notes = _document_at(path, second)
        except (MfaDeskError, ImportError) as exc:
            from PySide6.QtWidgets import QMessageBox

            _use_app_icon()
            QMessageBox.warning(None, APP_NAME, user_text(exc))
        else:
            window = open_guarded_window(document, session.autosave, state_dir,
                                         session.windows, settings_file=settings_file)
            if window is not None and notes is not None:
                _imported(window, document, notes)
    elif path is None and sample and not restored:
        from mfa_desk.ui.session.sample_copy import open_sample_copy

        open_sample_copy(session.autosave, state_dir, session.windows, settings_file)
    if not session.windows:
        # Nothing restored and nothing opened: an empty bilingual release to type in.
        release = new_release(["ko", "en"])
        release.points.append(Segment())
        open_guarded_window(ReleaseDocument(release), session.autosave, state_dir,
                            session.windows, settings_file=settings_file)
    for window in session.windows[:1]:
        for warning in warnings:
            window.show_message(warning)
    return session


def _document_at(path: Path, second: Path | None = None
                 ) -> tuple[ReleaseDocument, list[str] | None]:
    """The release in `path`, or a new one to be saved there (a missing .mfadesk); for
    any other file (or pair), an untitled import of it and the importer's notes."""
    if second is not None or path.suffix.lower() != FILE_SUFFIX:
        from mfa_desk.formats.importing import import_file, import_pair

        result = import_file(path) if second is None else import_pair(path, second)
        return ReleaseDocument(result.release), result.warnings
    if not path.exists():
        release = new_release(["ko", "en"])
        release.points.append(Segment())
        return ReleaseDocument(release, path), None
    return ReleaseDocument.open(path), None


def _use_app_icon() -> None:
    from mfa_desk.ui.session.app_icon import use_app_icon

    use_app_icon()  # a dialog comes before any window


def _imported(window: EditorWindow, document: ReleaseDocument, notes: list[str]) -> None:
    """Unsaved, so closing asks; the notes once the window is on screen."""
    from PySide6.QtCore import QTimer

    from mfa_desk.ui.commands.import_notes import mark_imported, show_import_notes

    mark_imported(window, document)
    if notes:
        # With the window as the timer's context: a window closed first shows nothing.
        window.grid.firstPainted.connect(
            lambda: QTimer.singleShot(0, window, lambda: show_import_notes(window, notes)))


def _shows(window: EditorWindow, path: Path) -> bool:
    shown = window.document.path
    if shown is None:
        return False
    try:
        return os.path.samefile(shown, path)
    except OSError:
        return Path(shown).absolute() == Path(path).absolute()
