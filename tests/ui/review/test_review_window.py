"""Review rounds in the editor window: versions, restore, comments, filter, review copy."""

from __future__ import annotations

from pathlib import Path

from mfa_desk.model.release import TranslationStatus
from mfa_desk.review.review_copy import export_review_copy
from mfa_desk.review.versions import VersionStore
from mfa_desk.settings import Settings, save_settings
from mfa_desk.ui.review.compare_view import HTML_ROLE, compare_view


def _window(make_window, release_file: Path, tmp_path: Path):
    settings = Settings()
    settings.user_name = "김 주무관"
    save_settings(settings, tmp_path / "settings.json")
    return make_window(release_file)


def test_each_save_keeps_a_version_with_the_users_name(make_window, release_file: Path,
                                                       tmp_path: Path) -> None:
    window = _window(make_window, release_file, tmp_path)
    window.document.save()
    first = window.document.release.points[0]
    window.document.type_text(first.id, "text", "en", "Changed.", 8, 0)
    window.document.save()
    versions = VersionStore(release_file).versions()
    assert [(v.number, v.author) for v in versions] == [(1, "김 주무관"), (2, "김 주무관")]


def test_restore_is_one_undo_step_and_the_grid_follows(make_window, release_file: Path,
                                                       tmp_path: Path) -> None:
    window = _window(make_window, release_file, tmp_path)
    document = window.document
    document.save()
    point = document.release.points[1]
    original = point.text.en
    document.type_text(point.id, "text", "en", "Edited after saving.", 20, 0)
    document.save()
    window.review.restore_version(1)
    cell = window.grid.cell((point.id, "text"), "en")
    assert document.release.points[1].text.en == original
    assert cell.toPlainText() == original
    document.undo_stack.undo()
    assert cell.toPlainText() == "Edited after saving."


def test_comments_panel_adds_replies_resolves_and_counts(make_window, release_file: Path,
                                                         tmp_path: Path) -> None:
    window = _window(make_window, release_file, tmp_path)
    point = window.document.release.points[0]
    window.grid.focus_cell((point.id, "text"), "ko", 0)
    window.review.dock.show()
    panel = window.review.panel
    assert panel is not None and panel.segment_id == point.id
    panel.editor.setPlainText("날짜를 확인해 주십시오")
    panel.add_comment()
    assert [(c.author, c.text) for c in point.comments] == [("김 주무관", "날짜를 확인해 주십시오")]
    assert window.review.comment_count.text() == "Comments: 1 open, 0 resolved"
    panel.tree.topLevelItem(0).setSelected(True)
    panel.editor.setPlainText("확인했습니다")
    panel.reply()
    panel.tree.topLevelItem(0).setSelected(True)
    panel.toggle_resolved()
    assert point.comments[0].resolved and point.comments[0].replies[0].text == "확인했습니다"
    assert window.review.comment_count.text() == "Comments: 0 open, 1 resolved"
    window.document.undo_stack.undo()
    assert not point.comments[0].resolved


def test_outdated_segment_shows_its_korean_change(make_window, release_file: Path,
                                                  tmp_path: Path) -> None:
    window = _window(make_window, release_file, tmp_path)
    point = window.document.release.points[1]
    window.document.type_text(point.id, "text", "ko", point.text.ko.replace("내년에", "올해"),
                              5, 0)
    window.grid.focus_cell((point.id, "text"), "en", 0)
    window.review.dock.show()
    panel = window.review.panel
    assert panel is not None and not panel.korean_change.isHidden()
    html = panel.korean_change.toHtml()
    assert "내년에" in html and "올해" in html


def test_filter_shows_only_matching_rows(make_window, release_file: Path,
                                         tmp_path: Path) -> None:
    window = _window(make_window, release_file, tmp_path)
    release = window.document.release
    window.document.set_status(release.notes[0].id, TranslationStatus.DRAFT)
    window.review.set_filter("draft")
    shown = {key[0] for key, row in window.grid.rows.items() if not row.isHidden()}
    assert shown == {release.notes[0].id}
    window.review.set_filter("all")
    assert not any(row.isHidden() for row in window.grid.rows.values())


def test_reviewed_copy_comes_in_as_one_undo_step(make_window, release_file: Path,
                                                 tmp_path: Path) -> None:
    window = _window(make_window, release_file, tmp_path)
    release = window.document.release
    old = release.copy()
    old.points[0].text.en = "An older English."
    copy_path = tmp_path / "review.docx"
    export_review_copy(release, old, copy_path, "Drafter")
    before = release.points[0].text.en
    window.review.apply_reviewed_copy(copy_path)
    point = window.document.release.points[0]
    assert point.text.en == "An older English."  # the change is pending: a suggestion
    assert [s.text for s in point.suggestions] == [before]
    window.document.undo_stack.undo()
    assert window.document.release.points[0].text.en == before


def test_compare_view_lists_differences(qtbot, tmp_path: Path) -> None:
    from tests.ui.conftest import small_release

    old = small_release()
    new = old.copy()
    new.points[0].text.en = "The Ministry held the third ocean cooperation meeting in Seoul."
    view = compare_view(old, new, "v1", "current")
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1
    assert view.table.item(0, 1).text() == "changed"
    assert "<del>second</del><ins>third</ins>" in view.table.item(0, 3).data(HTML_ROLE)


def test_versions_dialog_asks_for_what_the_selection_allows(qtbot) -> None:
    import datetime as dt

    from mfa_desk.review.versions import VersionInfo
    from mfa_desk.ui.review.versions_dialog import VersionsDialog

    versions = [VersionInfo(n, dt.datetime(2026, 3, 18, 9, n, tzinfo=dt.UTC), "me",
                            f"{n:032x}", 10) for n in (1, 2, 3)]
    dialog = VersionsDialog(versions, "r.mfadesk")
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(3)] == ["3", "2", "1"]
    assert not dialog.compare_button.isEnabled()
    dialog.table.selectRow(2)
    with qtbot.waitSignal(dialog.compareWithCurrent) as one:
        dialog.compare_button.click()
    assert one.args == [1]
    with qtbot.waitSignal(dialog.reviewCopyRequested) as copy:
        dialog.review_button.click()
    assert copy.args == [1]
    dialog.table.setSelectionMode(dialog.table.SelectionMode.MultiSelection)
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.compareTwo) as two:
        dialog.compare_button.click()
    assert two.args == [1, 3]
