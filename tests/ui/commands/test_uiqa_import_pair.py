"""Found by hand: File > Import took one file only, so a translator holding the Korean
and the English version of a release could not bring them in side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

KOREAN = """해양 협력 회의 개최

1. 외교부는 오늘 부산에서 해양 협력 회의를 개최하였다.
2. 양측은 다음 회의를 내년에 열기로 하였다.
"""
ENGLISH = """Ocean Cooperation Meeting Held

1. The Ministry held an ocean cooperation meeting in Busan today.
2. The two sides agreed to meet again next year.
"""


def _no_single_file_dialog(*args: object, **kwargs: object) -> None:
    raise AssertionError("the import dialog lets the user choose one file only")


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    ko, en = tmp_path / "meeting-ko.txt", tmp_path / "meeting-en.txt"
    ko.write_text(KOREAN, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    return ko, en


def test_import_of_a_korean_and_english_pair_aligns_them(make_window, tmp_path: Path,
                                                         monkeypatch) -> None:
    window = make_window()
    ko, en = _pair(tmp_path)
    # Chosen in the dialog English first: the order must not matter.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", _no_single_file_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(en), str(ko)], ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.actions_.by_name["import"].trigger()
    imported = window.windows[-1]
    assert imported is not window
    release = imported.document.release
    assert release.headline.text.ko == "해양 협력 회의 개최"
    assert release.headline.text.en == "Ocean Cooperation Meeting Held"
    assert [p.text.en for p in release.points] == [
        "The Ministry held an ocean cooperation meeting in Busan today.",
        "The two sides agreed to meet again next year."]
    assert release.points[1].text.ko == "양측은 다음 회의를 내년에 열기로 하였다."
    assert imported.isWindowModified()
    imported.document.undo_stack.setClean()
    imported.setWindowModified(False)
    imported.close()


def test_import_of_three_files_says_why_it_refuses(make_window, tmp_path: Path,
                                                  monkeypatch) -> None:
    window = make_window()
    ko, en = _pair(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", _no_single_file_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(ko), str(en), str(ko)], ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: shown.append(text))
    window.actions_.by_name["import"].trigger()
    assert window.windows == [window]
    assert len(shown) == 1 and "two" in shown[0]
