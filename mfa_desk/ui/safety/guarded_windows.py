"""Opening editor windows with the safety net on: lock, read-only offer, autosave, recovery.

The integration points for launch.py and FileCommands:

- `open_guarded_window(document, autosave, state_dir=None, windows=None, parent=None)
  -> EditorWindow | None`: instead of `open_release_window`. Takes the file's lock
  (a lock held by someone else: "Open read-only" / "Cancel"; None if cancelled),
  opens the window and gives it a DocumentGuard (`window.set_guard`), so every
  change is snapshotted and a clean close removes snapshot and lock; the windows
  it opens (File > New, Open, Import) go through the same net with the same
  shared manager (`window.guard.autosave`).
  The window's geometry is restored from and saved to the preferences
  (window_memory.remember_window).
- `recover_at_startup(autosave, state_dir=None, windows=None, parent=None,
  settings_file=None, before_offer=None) -> list[EditorWindow]`: offers the snapshots
  left by a crash (recovery dialog; `before_offer` is called just before it);
  each restored release opens as modified and unsaved, under its original file
  name, so the original is overwritten only if the user saves.
- `autosave_for(settings, state_dir=None) -> AutosaveManager`: one manager per
  application, configured from the preferences.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from mfa_desk.settings import Settings, load_settings
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.safety.autosave import (
    AutosaveManager,
    list_snapshots,
    may_hold_snapshots,
    recovery_turn,
)
from mfa_desk.ui.safety.document_guard import DocumentGuard, open_for_editing
from mfa_desk.ui.window.editor_window import EditorWindow, OpenWindow
from mfa_desk.ui.window.main_window import open_release_window
from mfa_desk.ui.window.window_memory import remember_window


def autosave_for(settings: Settings, state_dir: Path | None = None) -> AutosaveManager:
    manager = AutosaveManager(state_dir, delay_ms=settings.autosave_delay_ms)
    manager.set_enabled(settings.autosave_enabled)
    return manager


def open_guarded_window(document: ReleaseDocument, autosave: AutosaveManager,
                        state_dir: Path | None = None, windows: list[EditorWindow] | None = None,
                        parent: QWidget | None = None,
                        settings_file: Path | None = None) -> EditorWindow | None:
    opened = _open_guarded(document, autosave, state_dir, windows, parent, settings_file)
    return opened[0] if opened is not None else None


def _open_guarded(document: ReleaseDocument, autosave: AutosaveManager,
                  state_dir: Path | None, windows: list[EditorWindow] | None,
                  parent: QWidget | None, settings_file: Path | None
                  ) -> tuple[EditorWindow, DocumentGuard] | None:
    lock = None
    message = ""
    if document.path is not None:
        decision = open_for_editing(parent, document.path)
        if decision.cancelled:
            return None
        document.read_only = decision.read_only
        lock = decision.lock
        message = decision.message
    # The preferences read once for the window's fonts and view and its remembered size.
    settings = load_settings(settings_file, warn=lambda _message: None)
    window = open_release_window(document, state_dir, windows, settings_file, settings)
    remember_window(window, settings_file, settings)
    guard = DocumentGuard(window, autosave, lock)
    window.set_guard(guard, _opener(autosave))
    if message:
        window.show_message(message)
    return window, guard


def _opener(autosave: AutosaveManager) -> OpenWindow:
    """How a guarded window opens another: lock, read-only offer and autosave again."""

    def open_beside(document: ReleaseDocument, beside: EditorWindow) -> EditorWindow | None:
        window = open_guarded_window(document, autosave, beside.state_dir, beside.windows,
                                     beside, beside.settings_file)
        if window is not None:
            window.settings_file = beside.settings_file
        return window

    return open_beside


def recover_at_startup(autosave: AutosaveManager, state_dir: Path | None = None,
                       windows: list[EditorWindow] | None = None,
                       parent: QWidget | None = None,
                       settings_file: Path | None = None,
                       before_offer: Callable[[], object] | None = None) -> list[EditorWindow]:
    opened: list[EditorWindow] = []
    if not may_hold_snapshots(autosave.state_dir):
        return opened  # the usual start: an empty recovery folder, no turn taken
    with recovery_turn(autosave.state_dir) as mine:
        if not mine:
            return opened  # another copy starting right now is offering them
        snapshots = list_snapshots(autosave.state_dir)
        if not snapshots:
            return opened  # the usual start: the recovery dialog is not even imported
        from mfa_desk.ui.safety.recovery_dialog import RecoveryAction, offer_recovery

        if before_offer is not None:
            before_offer()  # e.g. the application's icon, before its first dialog

        for choice in offer_recovery(parent, snapshots):
            if choice.action is not RecoveryAction.RESTORE or choice.release is None:
                continue
            document = ReleaseDocument(choice.release, choice.snapshot.original_path)
            # Not what is on disk: mark it modified so saving or closing asks.
            document.undo_stack.resetClean()
            opened_here = _open_guarded(document, autosave, state_dir, windows, parent,
                                        settings_file)
            if opened_here is None:
                continue  # the original is locked and the user cancelled: snapshot kept
            window, guard = opened_here
            window.setWindowModified(True)
            guard.adopt(choice.snapshot)
            opened.append(window)
    return opened
