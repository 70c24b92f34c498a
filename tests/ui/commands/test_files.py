"""Saving, opening, the title, closing with changes, photos and drops."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mfa_desk.formats.native.mfadesk_file import load_release
from tests.ui.ui_helpers import type_with_input_method

Button = QMessageBox.StandardButton


def test_save_and_reopen_round_trip(make_window, release_file: Path) -> None:
    window = make_window(release_file)
    release = window.document.release
    cell = window.grid.cell((release.points[0].id, "text"), "ko")
    window.grid.focus_cell((release.points[0].id, "text"), "ko", 0)
    type_with_input_method(cell, "오늘 ")
    window.actions_.by_name["new_point"].trigger()
    type_with_input_method(window.grid.current_cell(), "추가 항목")
    assert window.windowTitle() == "ocean.mfadesk[*] — MFA Desk"
    assert window.isWindowModified()

    window.actions_.by_name["save"].trigger()
    assert not window.isWindowModified()
    saved = load_release(release_file)
    assert saved.points[0].text.ko.startswith("오늘 외교부는")
    assert saved.points[1].text.ko == "추가 항목"

    again = make_window(release_file)
    assert again.grid.cell((saved.points[0].id, "text"), "ko").toPlainText() == \
        saved.points[0].text.ko
    assert not again.isWindowModified()


def test_save_as_untitled_asks_for_a_name(make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    target = tmp_path / "new-release"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    assert window.files.save()
    assert (tmp_path / "new-release.mfadesk").exists()
    assert window.windowTitle() == "new-release.mfadesk[*] — MFA Desk"


def test_saving_over_a_file_changed_on_disk_asks(make_window, release_file: Path,
                                                 monkeypatch) -> None:
    window = make_window(release_file)
    cell = window.grid.current_cell()
    type_with_input_method(cell, "가")
    other = release_file.read_text(encoding="utf-8").replace("해양협력과", "다른부서")
    release_file.write_text(other, encoding="utf-8")
    os.utime(release_file, ns=(1, 1))
    asked: list[str] = []

    def cancel(parent, title, text, *args):
        asked.append(text)
        return Button.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.files.save()
    assert "changed on disk" in asked[0]
    assert "다른부서" in release_file.read_text(encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Save)
    assert window.files.save()
    assert load_release(release_file).headline.text.ko.startswith("가")


@pytest.mark.parametrize(("answer", "stays_open", "saved"), [
    (Button.Cancel, True, False),
    (Button.Discard, False, False),
    (Button.Save, False, True),
])
def test_close_with_changes_asks(make_window, release_file: Path, monkeypatch, answer,
                                 stays_open: bool, saved: bool) -> None:
    window = make_window(release_file)
    type_with_input_method(window.grid.current_cell(), "새")
    asked: list[str] = []

    def reply(parent, title, text, buttons, default=Button.NoButton):
        asked.append(text)
        assert buttons & Button.Save and buttons & Button.Discard and buttons & Button.Cancel
        return answer

    monkeypatch.setattr(QMessageBox, "question", reply)
    window.close()
    assert len(asked) == 1 and "unsaved changes" in asked[0]
    assert window.isVisible() == stays_open
    assert load_release(release_file).headline.text.ko.startswith("새") == saved


def test_close_without_changes_asks_nothing(make_window, release_file: Path) -> None:
    window = make_window(release_file)
    window.close()  # the autouse fixture fails the test on any dialog
    assert not window.isVisible()


def test_photo_by_file_dialog_and_drop_then_undo(make_window, tmp_path: Path, monkeypatch,
                                                 qtbot) -> None:
    window = make_window()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    png = tmp_path / "visit.png"
    image.save(str(png))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(png), ""))
    window.actions_.by_name["add_photo"].trigger()
    release = window.document.release
    assert len(release.attachments) == 1
    att = release.attachments[0]
    assert att.photo is not None and att.photo.media_type == "image/png"
    row = window.grid.rows[(att.id, "caption")]
    assert row.thumbnail is not None and not row.thumbnail.pixmap().isNull()
    type_with_input_method(row.cells["ko"], "회의 장면")
    assert att.photo.caption.ko == "회의 장면"

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # QApplication only delivers drops during a real drag
    assert len(release.attachments) == 2

    stack = window.document.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert release.attachments == []
    assert not any(key[1] == "caption" for key in window.grid.rows)


def test_not_an_image_is_refused_with_one_line(make_window, tmp_path: Path,
                                               monkeypatch) -> None:
    window = make_window()
    bad = tmp_path / "fake.png"
    bad.write_text("not an image")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: shown.append(text))
    window.files.add_photo(bad)
    assert shown == [f"{bad}: not a PNG or JPEG image"]
    assert window.document.release.attachments == []


def test_open_bad_file_shows_error_line(make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    bad = tmp_path / "broken.mfadesk"
    bad.write_text("{not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: shown.append(text))
    window.files.open_any(bad)
    assert len(shown) == 1 and "broken.mfadesk" in shown[0] and "\n" not in shown[0]


def test_open_from_pristine_window_replaces_it(make_window, release_file: Path, qtbot) -> None:
    window = make_window()
    window.document.path = None
    window.files.new(["ko", "en"])
    new_window = window.windows[-1]
    assert new_window is not window
    assert new_window.document.path is None
    new_window.files.open_any(release_file)
    opened = new_window.windows[-1]
    assert opened.document.path == release_file
    assert not new_window.isVisible()  # the untouched new window made way
    opened.close()


def test_recent_files_remember_opened_release(make_window, release_file: Path) -> None:
    window = make_window(release_file)
    assert window.files.recent_paths() == [release_file.resolve()]
    window.actions_.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.actions_.recent_menu.actions()
             if not a.isSeparator() and a.objectName() != "clear_recent"]  # "Clear Menu"
    assert texts == ["&1 ocean.mfadesk"]


def test_read_only_release_refuses_edits_until_saved_as_copy(make_window, release_file: Path,
                                                             tmp_path: Path,
                                                             monkeypatch) -> None:
    from mfa_desk.ui.document.release_document import ReleaseDocument
    from mfa_desk.ui.window.main_window import MainWindow

    document = ReleaseDocument.open(release_file)
    document.read_only = True
    window = MainWindow(document, state_dir=tmp_path / "state")
    window.show()
    window.grid.ensure_built()
    assert "(read-only)" in window.windowTitle()
    key = (document.release.points[0].id, "text")
    assert window.grid.cell(key, "ko").isReadOnly()
    window.grid.focus_cell(key, "ko", 0)
    window.actions_.by_name["new_point"].trigger()
    window.actions_.by_name["status_reviewed"].trigger()
    assert len(document.release.points) == 2 and document.undo_stack.count() == 0
    assert "read-only" in window.statusBar().currentMessage()

    copy = tmp_path / "copy.mfadesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.actions_.by_name["save"].trigger()  # read-only: Save asks for a new name
    assert copy.exists() and not document.read_only
    assert not window.grid.cell(key, "ko").isReadOnly()
    assert window.windowTitle() == "copy.mfadesk[*] — MFA Desk"
    window.close()


def test_save_as_offers_a_name_from_the_date_and_headline(make_window, tmp_path: Path,
                                                          monkeypatch) -> None:
    window = make_window()
    window.document.release.headline.text.en = "Visa Waiver Agreement Signed (5.25.)"
    offered: list[str] = []

    def cancel_dialog(parent, title, start, *args, **kwargs) -> tuple[str, str]:
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel_dialog)
    assert not window.files.save()  # cancelled
    assert Path(offered[0]).name == "Visa Waiver Agreement Signed.mfadesk"
