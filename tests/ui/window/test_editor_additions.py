"""What a new user missed: where am I, a real right-click menu, placeholders, copying
Korean into English, the release as text, clearing Open Recent, help and keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from mfa_desk.model.release import Release, Segment
from mfa_desk.settings import Settings, load_settings, save_settings
from tests.ui.conftest import small_release


def test_the_current_row_is_tinted_and_only_it(make_window) -> None:
    window = make_window()
    grid = window.grid
    first, second = grid.order[0], grid.order[2]
    grid.focus_cell(first, "ko", 0)
    base = window.palette().color(window.palette().ColorRole.Base)
    assert grid.rows[first].property("current") is True
    assert grid.rows[first].cells["en"].palette().color(
        window.palette().ColorRole.Base) != base
    window.go_needing_work({"translated"})  # F8-like jump
    assert grid.current()[0] != first
    assert grid.rows[first].property("current") is False
    assert grid.rows[first].cells["en"].palette().color(window.palette().ColorRole.Base) == base
    grid.focus_cell(second, "en", 0)
    assert [k for k, r in grid.rows.items() if r.property("current")] == [second]


def test_a_new_release_has_placeholders_and_open_details(make_window) -> None:
    window = make_window()
    window.files.new(["ko", "en"])
    new = window.windows[-1]
    assert new is not window
    assert new.metadata_panel.form_box.isVisibleTo(new.metadata_panel)
    headline = (new.document.release.headline.id, "text")
    point = (new.document.release.points[0].id, "text")
    assert new.grid.cell(headline, "ko").placeholderText() == "Headline, Korean"
    assert new.grid.cell(point, "en").placeholderText() == "Point 1, English"
    new.document.undo_stack.setClean()
    new.close()


def test_right_click_menu_has_the_window_undo_and_every_segment_action(make_window) -> None:
    window = make_window()
    cell = window.grid.current_cell()
    cell.insertPlainText("새 ")
    extra = QAction("Later Segment Action", window)
    window.actions_.segment_menu.addAction(extra)  # another module adds one later
    menu = cell.createStandardContextMenu()
    actions = menu.actions()
    undo = window.actions_.by_name["undo"]
    assert undo in actions and undo.isEnabled()
    assert window.actions_.by_name["copy_korean_to_english"] in actions
    assert window.actions_.by_name["new_point"] in actions
    assert extra in actions
    assert not any(a.text().startswith("&Undo") and a is not undo for a in actions)
    before = window.document.release.headline.text.ko
    undo.trigger()
    assert window.document.release.headline.text.ko != before
    menu.deleteLater()


def test_copy_korean_into_an_empty_english_cell_is_one_undo_step(make_window) -> None:
    release = small_release()
    release.points[1].text.en = ""
    window = make_window(release=release)
    key = (release.points[1].id, "text")
    window.grid.focus_cell(key, "ko", 0)
    window.actions_.by_name["copy_korean_to_english"].trigger()
    assert release.points[1].text.en == release.points[1].text.ko
    assert window.grid.cell(key, "en").toPlainText() == release.points[1].text.ko
    window.document.undo_stack.undo()
    assert release.points[1].text.en == ""
    # A cell with English is never overwritten.
    window.grid.focus_cell((release.points[0].id, "text"), "ko", 0)
    window.actions_.by_name["copy_korean_to_english"].trigger()
    assert release.points[0].text.en.startswith("The Ministry")
    assert "not empty" in window.statusBar().currentMessage()


def test_copy_release_as_plain_text_in_one_language(make_window) -> None:
    window = make_window()
    window.actions_.by_name["copy_release_en"].trigger()
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Ocean Cooperation Meeting Held"
    assert "1. The Ministry held the second ocean cooperation meeting in Seoul today." in lines
    assert "  ° The two sides discussed a joint survey plan." in lines
    assert not any("해양" in line for line in lines)
    window.actions_.by_name["copy_release_ko"].trigger()
    assert QApplication.clipboard().text().startswith("해양 협력 회의 개최\n")


def test_open_recent_can_be_cleared(make_window, tmp_path: Path, release_file: Path) -> None:
    window = make_window()
    settings = Settings()
    settings.recent_files = [str(release_file)]
    save_settings(settings, window.settings_file)
    actions = window.actions_
    actions._fill_recent()
    clear = [a for a in actions.recent_menu.actions() if a.objectName() == "clear_recent"]
    assert len(clear) == 1
    clear[0].trigger()
    assert load_settings(window.settings_file).recent_files == []
    actions._fill_recent()
    assert [a.isEnabled() for a in actions.recent_menu.actions()] == [False]  # "(none)"


def test_help_has_a_guide_and_the_window_keys(make_window) -> None:
    from mfa_desk.ui.dialogs.user_guide import HelpDialog, guide_html

    window = make_window()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    dialog = HelpDialog(menus, "keys", window)
    keys = {dialog.keys.item(r, 1).text(): dialog.keys.item(r, 2).text()
            for r in range(dialog.keys.rowCount())}
    assert keys["Last Segment"] == QKeySequence("Ctrl+End").toString(
        QKeySequence.SequenceFormat.NativeText)
    assert "Ctrl+Y" in keys["Redo"]
    assert dialog.tabs.currentWidget() is dialog.keys
    assert "Ctrl+Return" in dialog.guide.toPlainText()
    assert "국문" in guide_html("ko") and "Korean" in guide_html("en")
    dialog.deleteLater()


def test_empty_release_window_from_start_up_opens_details(make_window) -> None:
    from mfa_desk.ui.window.view_options import apply_view_settings

    release = Release()
    release.points.append(Segment())
    window = make_window(release=release)
    settings = Settings()
    settings.metadata_panel_collapsed = True
    apply_view_settings(window, settings)
    assert window.metadata_panel.form_box.isVisibleTo(window.metadata_panel)
