"""The recently opened releases, kept in the preferences (Settings.recent_files)."""

from __future__ import annotations

from pathlib import Path

from mfa_desk.errors import SaveError
from mfa_desk.settings import add_recent_file, load_settings, save_settings


class RecentFiles:
    def __init__(self, settings_file: Path | None) -> None:
        self.settings_file = settings_file  # None: the user's preferences file

    def paths(self) -> list[Path]:
        settings = load_settings(self.settings_file, warn=lambda _message: None)
        return [Path(p) for p in settings.recent_files]

    def add(self, path: Path) -> None:
        settings = load_settings(self.settings_file, warn=lambda _message: None)
        add_recent_file(settings, path)
        try:
            save_settings(settings, self.settings_file)
        except SaveError:
            pass  # a recent-files list must never stop an open or a save

    def clear(self) -> str | None:
        """Forget every recent release; a one-line problem when the preferences cannot
        be written."""
        settings = load_settings(self.settings_file, warn=lambda _message: None)
        settings.recent_files = []
        try:
            save_settings(settings, self.settings_file)
        except SaveError as exc:
            return str(exc)
        return None
