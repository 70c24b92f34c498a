"""The bundled sample release, opened as an untitled copy: it lives in the install
tree (often not writable, and shared), so it is never locked, watched or saved in
place; Save asks where to keep the user's copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from mfa_desk.constants import APP_NAME
from mfa_desk.errors import MfaDeskError
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.resources import sample_release_path
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.language.i18n import translate
from mfa_desk.ui.language.messages import user_text

if TYPE_CHECKING:
    from mfa_desk.ui.safety.autosave import AutosaveManager
    from mfa_desk.ui.window.editor_window import EditorWindow


def sample_title() -> str:
    return translate("SampleCopy", "Sample release (copy)")


def open_sample_copy(autosave: AutosaveManager, state_dir: Path | None,
                     windows: list[EditorWindow], settings_file: Path | None) -> None:
    from mfa_desk.ui.safety.guarded_windows import open_guarded_window

    try:
        release = load_release(sample_release_path())
    except MfaDeskError as exc:
        QMessageBox.warning(None, APP_NAME, user_text(exc))
        return
    document = ReleaseDocument(release)  # no path: untitled
    document.untitled_name = sample_title()
    window = open_guarded_window(document, autosave, state_dir, windows,
                                 settings_file=settings_file)
    if window is not None:
        window.update_title()
        window.show_message(translate(
            "SampleCopy", "This is a copy of the sample release: try anything; "
                          "Save asks where to keep it. File > New starts your own."))
