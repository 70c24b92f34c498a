"""Fixtures for the editor tests: invented releases and a window on them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mfa_desk.formats.native.mfadesk_file import save_release
from mfa_desk.model.release import Release, Segment, TranslationStatus


def small_release() -> Release:
    release = Release()
    release.headline = Segment.of("해양 협력 회의 개최", "Ocean Cooperation Meeting Held")
    release.subheadlines = [Segment.of("양국 연구소 공동 조사 합의", "Joint survey agreed")]
    first = Segment.of("외교부는 오늘 서울에서 제2차 해양 협력 회의를 개최하였다.",
                       "The Ministry held the second ocean cooperation meeting in Seoul today.")
    first.children = [Segment.of("양측은 공동 조사 계획을 논의하였다.",
                                 "The two sides discussed a joint survey plan.")]
    second = Segment.of("양측은 다음 회의를 내년에 개최하기로 하였다.",
                        "They agreed to meet again next year.")
    release.points = [first, second]
    release.notes = [Segment.of("회의 참석자 명단은 별첨 참조", "See the attached list")]
    for ref in release.iter_segments():
        ref.segment.set_status(TranslationStatus.TRANSLATED)
    release.metadata.department = "해양협력과"
    release.metadata.document_type = "보도자료"
    return release


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "ocean.mfadesk"
    save_release(small_release(), path)
    return path


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody answers would hang the run: fail instead (tests that
    expect a question monkeypatch their own answer over this)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[2] if len(args) > 2 else args}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., object]]:
    from mfa_desk.ui.document.release_document import ReleaseDocument
    from mfa_desk.ui.window.main_window import MainWindow

    def make(path: Path | None = None, release: Release | None = None) -> MainWindow:
        if path is not None:
            document = ReleaseDocument.open(path)
        else:
            document = ReleaseDocument(release or small_release())
        window = MainWindow(document, state_dir=tmp_path / "state",
                            settings_file=tmp_path / "settings.json")
        made.append(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        # Menus, docks and document hooks that follow the first paint.
        qtbot.waitUntil(lambda: window.parts_built)
        window.grid.ensure_built()
        window.focus_headline()
        return window

    made: list[MainWindow] = []
    yield make
    import shiboken6

    for window in made:
        if not shiboken6.isValid(window):
            continue  # closed (and deleted) by the test
        # Discard test edits so closing asks nothing.
        window.document.undo_stack.setClean()
        window.close()


@pytest.fixture
def sessions(qtbot, qapp) -> Iterator[list[object]]:
    """Sessions a test starts with start_session(); their windows are closed after."""
    import shiboken6

    from mfa_desk.ui.language.i18n import remove_translators

    started: list[object] = []
    yield started
    for session in started:
        for window in list(session.windows):  # type: ignore[attr-defined]
            if shiboken6.isValid(window):
                window.document.undo_stack.setClean()
                window.close()
    qtbot.wait(10)  # let the closed windows delete themselves
    remove_translators(qapp)
