"""The release a session opens goes into Open Recent of that session's preferences file,
written after the first paint (the first screen does not wait for the preferences to be
read, written and synced)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mfa_desk.resources import sample_release_path
from mfa_desk.settings import load_settings, settings_path
from mfa_desk.ui.session.startup import start_session


def test_the_opened_release_is_recorded_in_the_sessions_preferences(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, sessions: list[object]) -> None:
    release = tmp_path / "opened.mfadesk"
    release.write_bytes(sample_release_path().read_bytes())
    settings_file = tmp_path / "settings.json"
    session = start_session(qapp, release, settings_file, tmp_path / "state")
    sessions.append(session)
    [window] = session.windows
    # Not yet: the preferences are written once the window has painted.
    assert not settings_file.exists() or str(release.resolve()) not in \
        load_settings(settings_file).recent_files
    qtbot.waitUntil(lambda: window.parts_built)
    assert load_settings(settings_file).recent_files == [str(release.resolve())]
    # Not in the user's own preferences (the session was given its file): before, the
    # window was made without it and wrote there.
    assert str(release.resolve()) not in load_settings(settings_path()).recent_files
