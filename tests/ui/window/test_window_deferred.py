"""The parts of the editor window built after its first paint (start-up speed, issue #16):
Find bar, Tools/Review/Release menus, docks, spelling service and checks runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget

from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.window.main_window import MainWindow
from tests.ui.conftest import small_release


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _window(qtbot, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ReleaseDocument(small_release()), state_dir=tmp_path / "state",
                        settings_file=tmp_path / "settings.json")
    qtbot.addWidget(window)
    return window


def test_the_rest_of_the_window_follows_the_first_paint(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    window = _window(qtbot, tmp_path)
    assert not window.parts_built
    assert "&Tools" not in _menus(window) and not window.findChildren(QDockWidget)
    # The first paint shows the menu bar's titles; their actions come right after it.
    assert _menus(window) == ["&File", "&Edit", "&Segment", "&Go", "&View", "&Help"]
    assert not window.actions_.built and len(window.actions_.by_name) == 0
    window.show()
    qtbot.waitUntil(lambda: window.parts_built)
    # Where they were when built before the first paint.
    assert _menus(window) == ["&File", "&Edit", "&Segment", "&Release", "&Go", "&View",
                              "&Tools", "&Archive", "&Review", "&Help"]
    # The six menus' 57 actions, then the Release menu's, segment kinds' and templates' 15.
    assert len(window.actions_.by_name) == 57 + 15
    assert window.actions_.by_name["save"].shortcut().toString() == "Ctrl+S"
    assert {d.objectName() for d in window.findChildren(QDockWidget)} >= {
        "spelling_dock", "checks_dock", "comments_dock", "archive_matches_dock",
        "archive_concordance_dock"}
    window.document.undo_stack.setClean()


def test_a_part_asked_for_before_the_first_paint_is_built_then(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    window = _window(qtbot, tmp_path)
    assert window.actions_.by_name["release_contacts"].objectName() == "release_contacts"
    assert window.parts_built
    early = _window(qtbot, tmp_path)
    assert early.actions_.swap.text() == "&Swap Panes" and early.actions_.built
    assert not early.parts_built  # the menus' actions alone
    other = _window(qtbot, tmp_path)
    assert other.spelling.service is not None and other.parts_built
    other.find_bar.open_bar(False)
    assert other.find_bar.isVisibleTo(other)


def test_a_dock_left_open_opens_again_though_built_after_the_state_is_restored(
        qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from mfa_desk.ui.window.window_memory import remember_window, save_window

    first = _window(qtbot, tmp_path)
    first.show()
    qtbot.waitUntil(lambda: first.parts_built)
    first.spelling.dock.show()
    qtbot.waitUntil(first.spelling.dock.isVisible)
    save_window(first, tmp_path / "settings.json")
    second = _window(qtbot, tmp_path)
    second.show()
    remember_window(second, tmp_path / "settings.json")  # before the docks exist
    qtbot.waitUntil(lambda: second.parts_built)
    qtbot.waitUntil(second.spelling.dock.isVisible)
    assert not second.checks.dock.isVisible()
    for window in (first, second):
        window.document.undo_stack.setClean()
