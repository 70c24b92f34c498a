"""Recovery after a crash: snapshots offered, restored unchanged, compared, discarded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mfa_desk.formats.native.mfadesk_file import dumps_release, save_release
from mfa_desk.ui.safety.autosave import list_snapshots
from mfa_desk.ui.safety.disk_watch import FileStamp
from mfa_desk.ui.safety.recovery_dialog import (
    RecoveryAction,
    RecoveryChoice,
    RecoveryDialog,
    SavedFileState,
    apply_choices,
    offer_recovery,
    release_as_lines,
    saved_file_state,
    snapshot_diff,
)
from tests.ui.editor_support_samples import crash_snapshot, sample_release


def _left_behind(tmp_path: Path) -> tuple[Path, Path]:
    """A saved release plus a newer snapshot of it and one of an untitled release."""
    original = tmp_path / "docs" / "dialogue.mfadesk"
    original.parent.mkdir()
    save_release(sample_release(), original)
    edited = sample_release()
    edited.headline.text.ko = "제2차 해양협력 대화 서울 개최"
    edited.points[1].text.en = "The next round is planned for early 2027."
    folder = tmp_path / "recovery"
    crash_snapshot(folder, edited, original, "edited", "2026-04-02T10:15:00+09:00",
                   FileStamp.of(original).sha256)
    crash_snapshot(folder, sample_release("새 보도자료 초안"), None, "untitled",
                   "2026-04-02T09:00:00+09:00")
    return original, folder


def test_dialog_lists_each_snapshot(qtbot: QtBot, tmp_path: Path) -> None:
    _original, folder = _left_behind(tmp_path)
    snapshots = list_snapshots(folder)
    dialog = RecoveryDialog(snapshots)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "dialogue.mfadesk"  # newest first
    assert dialog.table.item(0, 1).text().endswith("docs")
    assert dialog.table.item(0, 2).text().startswith("2026-04-02")
    assert dialog.table.item(0, 3).text() == "unchanged"
    assert dialog.table.item(1, 0).text() == "Untitled release"
    assert dialog.table.item(1, 3).text() == "never saved"
    assert [c.action for c in dialog.choices()] == [RecoveryAction.RESTORE] * 2


def test_saved_file_state_tells_whether_restoring_loses_anything(tmp_path: Path) -> None:
    original, folder = _left_behind(tmp_path)
    edited = next(s for s in list_snapshots(folder) if s.original_path == original)
    untitled = next(s for s in list_snapshots(folder) if s.original_path is None)
    assert saved_file_state(edited) is SavedFileState.UNCHANGED
    assert saved_file_state(untitled) is SavedFileState.NEVER_SAVED
    save_release(sample_release("그사이 다른 사람이 저장"), original)
    assert saved_file_state(edited) is SavedFileState.CHANGED
    original.unlink()
    assert saved_file_state(edited) is SavedFileState.MISSING


def test_restore_returns_the_release_unchanged_and_keeps_the_original(
        qtbot: QtBot, tmp_path: Path) -> None:
    original, folder = _left_behind(tmp_path)
    before = original.read_bytes()
    snapshots = list_snapshots(folder)
    expected = [dumps_release(s.load()) for s in snapshots]

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.set_action(1, RecoveryAction.DISCARD)
        dialog.apply_button.click()

    QTimer.singleShot(0, choose)
    choices = offer_recovery(None, snapshots)
    assert [c.action for c in choices] == [RecoveryAction.RESTORE, RecoveryAction.DISCARD]
    assert choices[0].release is not None
    assert dumps_release(choices[0].release) == expected[0]
    assert choices[0].release.headline.text.ko == "제2차 해양협력 대화 서울 개최"
    assert choices[0].snapshot.original_path == original
    assert original.read_bytes() == before  # the saved file is not touched
    assert choices[0].snapshot.release_path.exists()  # until the caller adopts it
    assert not choices[1].snapshot.release_path.exists()
    assert [s.release_path.stem for s in list_snapshots(folder)] == ["edited"]


def test_decide_later_keeps_every_snapshot(qtbot: QtBot, tmp_path: Path) -> None:
    _original, folder = _left_behind(tmp_path)

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.later_button.click()

    QTimer.singleShot(0, later)
    choices = offer_recovery(None, list_snapshots(folder))
    assert [c.action for c in choices] == [RecoveryAction.KEEP] * 2
    assert all(c.release is None for c in choices)
    assert len(list_snapshots(folder)) == 2


def test_no_snapshots_no_dialog() -> None:
    assert offer_recovery(None, []) == []


def test_compare_shows_the_changed_lines(qtbot: QtBot, tmp_path: Path) -> None:
    original, folder = _left_behind(tmp_path)
    edited = next(s for s in list_snapshots(folder) if s.original_path == original)
    diff = snapshot_diff(edited)
    assert "-headline.ko: 제2차 해양협력 대화 개최" in diff
    assert "+headline.ko: 제2차 해양협력 대화 서울 개최" in diff
    assert "+points[1].text.en: The next round is planned for early 2027." in diff
    unchanged = "points[0].text.ko: 양측은 4.2.(목) 서울에서 대화를 개최하였다."
    assert f"-{unchanged}" not in diff and f"+{unchanged}" not in diff

    dialog = RecoveryDialog([edited])
    qtbot.addWidget(dialog)
    compare = dialog.compare_current()
    assert compare is not None and compare.isVisible()
    assert compare.diff_view.toPlainText() == diff
    assert "dialogue.mfadesk" in compare.windowTitle()


def test_compare_without_a_saved_file_shows_the_snapshot(tmp_path: Path) -> None:
    _original, folder = _left_behind(tmp_path)
    untitled = next(s for s in list_snapshots(folder) if s.original_path is None)
    text = snapshot_diff(untitled)
    assert "never saved" in text
    assert "headline.ko: 새 보도자료 초안" in text
    (tmp_path / "docs" / "dialogue.mfadesk").unlink()
    edited = next(s for s in list_snapshots(folder) if s.original_path is not None)
    assert "cannot be read" in snapshot_diff(edited)


def test_identical_snapshot_says_so(tmp_path: Path) -> None:
    original = tmp_path / "same.mfadesk"
    save_release(sample_release(), original)
    crash_snapshot(tmp_path / "r", sample_release(), original)
    assert snapshot_diff(list_snapshots(tmp_path / "r")[0]) == \
        "The snapshot has the same text as the saved file."


def test_damaged_snapshot_cannot_be_restored_and_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "bad.mfadesk").write_text("{ not a release", "utf-8")
    (folder / "bad.json").write_text("{ nor this", "utf-8")
    snapshots = list_snapshots(folder)
    dialog = RecoveryDialog(snapshots)
    qtbot.addWidget(dialog)
    assert "(damaged)" in dialog.table.item(0, 0).text()
    assert dialog.choices()[0].action is RecoveryAction.KEEP
    with pytest.raises(ValueError, match="not offered"):
        dialog.set_action(0, RecoveryAction.RESTORE)
    # A snapshot whose release is damaged but description fine: restore fails, kept.
    (folder / "bad.json").unlink()
    crash_snapshot(folder, sample_release(), None, "half")
    (folder / "half.mfadesk").write_text("{ truncated", "utf-8")
    half = next(s for s in list_snapshots(folder) if s.release_path.stem == "half")
    choice = apply_choices([RecoveryChoice(half, RecoveryAction.RESTORE)])[0]
    assert choice.action is RecoveryAction.KEEP and "not valid JSON" in choice.error
    assert half.release_path.exists()


def test_release_as_lines_covers_both_languages() -> None:
    lines = release_as_lines(sample_release())
    assert "headline.en: 2nd Maritime Cooperation Dialogue Held" in lines
    assert "points[0].children[0].text.ko: 항만 안전 협력 강화" in lines
    assert "metadata.document_type: 보도자료" in lines
