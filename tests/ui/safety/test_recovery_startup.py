"""The start of a session: preferences, interface language, recovery offer, first window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mfa_desk.formats.native.mfadesk_file import save_release
from mfa_desk.settings import Settings, save_settings
from mfa_desk.ui.safety.recovery_dialog import RecoveryDialog
from mfa_desk.ui.session.startup import Session, start_session
from mfa_desk.ui.window.main_window import MainWindow
from tests.ui.editor_support_samples import crash_snapshot, sample_release

HANGUL = re.compile("[가-힣]")


def _settings_file(tmp_path: Path, language: str) -> Path:
    settings = Settings()
    settings.ui_language = language
    path = tmp_path / "config" / "settings.json"
    save_settings(settings, path)
    return path


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_window_speaks_the_chosen_language(qapp: QApplication, tmp_path: Path, language: str,
                                           sessions: list[Session]) -> None:
    release_file = tmp_path / "dialogue.mfadesk"
    save_release(sample_release(), release_file)
    session = start_session(qapp, release_file, _settings_file(tmp_path, language),
                            tmp_path / "state")
    sessions.append(session)
    assert session.language == language
    [window] = session.windows
    titles = _menu_titles(window)
    assert len(titles) >= 5
    if language == "ko":
        assert all(HANGUL.search(t) for t in titles), titles
    else:
        assert "&File" in titles and not any(HANGUL.search(t) for t in titles)
    assert window.document.path == release_file
    assert window.guard.lock is not None and window.guard.lock.is_locked()


def test_crash_snapshot_is_offered_and_replaces_opening_the_same_file(
        qapp: QApplication, tmp_path: Path, sessions: list[Session]) -> None:
    release_file = tmp_path / "dialogue.mfadesk"
    save_release(sample_release(), release_file)
    crash_snapshot(tmp_path / "state" / "recovery", sample_release("충돌 직전의 제목"),
                   release_file)

    def apply() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.apply_button.click()

    QTimer.singleShot(0, apply)
    session = start_session(qapp, release_file, _settings_file(tmp_path, "en"),
                            tmp_path / "state")
    sessions.append(session)
    [window] = session.windows  # the restored release, not a second copy of the file
    assert window.document.release.headline.text.ko == "충돌 직전의 제목"
    assert window.isWindowModified()


def test_corrupt_settings_start_with_defaults_and_say_so(
        qapp: QApplication, tmp_path: Path, sessions: list[Session]) -> None:
    settings_file = tmp_path / "settings.json"
    settings_file.write_text("{ broken", "utf-8")
    session = start_session(qapp, None, settings_file, tmp_path / "state")
    sessions.append(session)
    assert session.settings == Settings()
    assert len(session.warnings) == 1 and "not valid JSON" in session.warnings[0]
    [window] = session.windows  # an empty release to type in
    assert window.document.path is None
    assert window.statusBar().currentMessage() == session.warnings[0]
