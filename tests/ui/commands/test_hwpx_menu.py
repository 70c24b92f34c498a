"""File > Export > As Hangul Document (HWPX) and File > Import of the .hwpx it wrote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog

from mfa_desk.formats.importing import import_file


def test_export_hwpx_from_the_menu_then_import_it(make_window, tmp_path: Path,
                                                  monkeypatch) -> None:
    window = make_window()
    out = tmp_path / "release.hwpx"
    offered: list[str] = []

    def save_name(parent, caption, start, filters):
        offered.append(filters)
        return str(out), filters

    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a: ("Korean and English side by side", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    action = window.findChild(QAction, "export_hwpx")
    assert action is not None and "HWPX" in action.text()
    action.trigger()
    assert offered == ["Hangul documents (*.hwpx)"]
    assert "Exported" in window.statusBar().currentMessage()
    back = import_file(out)
    assert back.warnings == []
    assert back.release.headline.text == window.document.release.headline.text
    assert [p.text for p in back.release.points] == [
        p.text for p in window.document.release.points]

    filters: list[str] = []

    def open_names(parent, caption, start, file_filter):
        filters.append(file_filter)
        return [str(out)], file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_names)
    window.findChild(QAction, "import").trigger()
    assert "*.hwpx" in filters[0]
    imported = [w for w in window.windows if w is not window]
    assert imported and imported[-1].document.release.headline.text.ko == \
        window.document.release.headline.text.ko
