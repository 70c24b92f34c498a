"""A window takes the preferences' fonts, size and view before it is shown, so its first
paint is the final one; spelling takes its toggles once it is built (after the paint).
Before, `mfa-desk FILE` applied them after the window was shown, and asking the spelling
service for its toggles built every deferred part (docks, checks, archive) before the
first paint; a window opened later from File > Open took no preferences at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mfa_desk.resources import sample_release_path
from mfa_desk.settings import Settings, save_settings
from mfa_desk.ui.session.startup import start_session


def _prefs(path: Path) -> Path:
    settings = Settings()
    settings.font_size = 15
    settings.zoom_percent = 120
    settings.swap_panes = True
    settings.spell_ko = False
    save_settings(settings, path)
    return path


def test_the_first_paint_shows_the_preferences_and_builds_no_deferred_part(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, sessions: list[object]) -> None:
    release = tmp_path / "r.mfadesk"
    release.write_bytes(sample_release_path().read_bytes())
    session = start_session(qapp, release, _prefs(tmp_path / "settings.json"),
                            tmp_path / "state")
    sessions.append(session)
    [window] = session.windows
    # start_session returns before any event is processed: this is what is painted.
    assert not window.parts_built
    assert window.grid.body.font().pointSizeF() == 15 * 1.2
    assert window.grid.is_swapped()
    qtbot.waitUntil(lambda: window.parts_built)
    assert not window.spelling.service.is_language_enabled("ko")
    assert window.spelling.service.is_language_enabled("en")


def test_a_window_opened_later_takes_the_preferences_too(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, sessions: list[object]) -> None:
    first, second = tmp_path / "a.mfadesk", tmp_path / "b.mfadesk"
    for path in (first, second):
        path.write_bytes(sample_release_path().read_bytes())
    settings_file = _prefs(tmp_path / "settings.json")
    session = start_session(qapp, first, settings_file, tmp_path / "state")
    sessions.append(session)
    [window] = session.windows
    qtbot.waitUntil(lambda: window.parts_built)
    window.files.open_any(second)
    [_, other] = session.windows
    assert other.grid.body.font().pointSizeF() == 15 * 1.2
    assert other.grid.is_swapped()
