"""The cyclic garbage collector is paused while a session starts and back on once its
first window has painted; a collector someone else turned off stays off."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mfa_desk.ui.session import start_gc
from mfa_desk.ui.session.startup import start_session


@pytest.fixture
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    start_gc.resume_collection()
    gc.enable()


def test_paused_until_the_first_window_has_painted(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, sessions: list[object],
        collector_on: None) -> None:
    session = start_session(qapp, None, tmp_path / "settings.json", tmp_path / "state")
    sessions.append(session)
    [window] = session.windows
    assert not gc.isenabled()  # built with no collection on the way
    with qtbot.waitSignal(window.grid.firstPainted, timeout=5000):
        pass
    assert gc.isenabled()


def test_a_collector_turned_off_elsewhere_stays_off(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, sessions: list[object],
        collector_on: None) -> None:
    gc.disable()
    session = start_session(qapp, None, tmp_path / "settings.json", tmp_path / "state")
    sessions.append(session)
    [window] = session.windows
    qtbot.waitUntil(lambda: window.parts_built)
    assert not gc.isenabled()


def test_a_failed_start_resumes_at_once(qapp: QApplication, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        collector_on: None) -> None:
    from mfa_desk.ui.session import startup

    def broken(*_args: object) -> object:
        raise RuntimeError("broken")

    monkeypatch.setattr(startup, "_open_session", broken)
    with pytest.raises(RuntimeError):
        start_session(qapp, None, tmp_path / "settings.json", tmp_path / "state")
    assert gc.isenabled()
