"""Spelling panel, F7 walker, language toggles and a window without Enchant."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QStatusBar, QTextEdit

from mfa_desk.model.operations import SetField
from mfa_desk.resources import resource_path
from mfa_desk.spelling.checker import SpellChecker
from mfa_desk.spelling.dictionaries import INSTALL_LINE, EnchantDictionaries
from mfa_desk.spelling.wordlists import PersonalDictionary
from mfa_desk.ui.spelling import (
    NextMisspellingAction,
    SpellHighlighter,
    SpellingPanel,
    SpellingService,
)
from mfa_desk.ui.spelling.panel import FINDING_ROLE


def _load_samples():  # noqa: ANN202 - a module
    # The invented release of the spelling tests, loaded by path so that this
    # works whether or not tests/ is a package.
    path = Path(__file__).resolve().parents[2] / "spelling" / "samples.py"
    spec = importlib.util.spec_from_file_location("mfa_desk_spelling_samples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


seeded_release = _load_samples().seeded_release
_dictionaries = EnchantDictionaries()


def make_service(qtbot, tmp_path: Path, dictionaries: EnchantDictionaries | None = None,  # noqa: ANN001
                 settings: QSettings | None = None) -> SpellingService:
    if dictionaries is None:
        _dictionaries.load()
        dictionaries = _dictionaries
    checker = SpellChecker(dictionaries, PersonalDictionary(tmp_path / "personal.txt"),
                           [resource_path("glossary"), tmp_path / "glossary"])
    service = SpellingService(checker, settings)
    with qtbot.waitSignal(service.ready, timeout=30000):
        service.start()
    return service


def test_panel_lists_words_per_language_and_jumps(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service(qtbot, tmp_path)
    release, expected = seeded_release()
    release.spelling_ignore = ["정혜진", "재무부"]
    panel = SpellingPanel(service, lambda: release)
    qtbot.addWidget(panel)
    panel.refresh()
    model = panel.model
    assert model.rowCount() == 2
    korean, english = model.item(0), model.item(1)
    assert (korean.text(), english.text()) == ("Korean: 3", "English: 3")
    assert {korean.child(i).text() for i in range(korean.rowCount())} == {
        w for _, _, w, _, lang in expected if lang == "ko"}
    helth = next(english.child(i) for i in range(english.rowCount())
                 if english.child(i).text() == "helth")
    occurrence = helth.child(0)
    assert occurrence.data(FINDING_ROLE).segment == "points[0].children[0]"
    with qtbot.waitSignal(panel.jumpRequested) as jump:
        panel.view.activated.emit(occurrence.index())
    segment_id = release.points[0].children[0].id
    assert jump.args == ["points[0].children[0]", segment_id, "en", 47, 5]


def test_ignore_all_removes_the_word_and_asks_the_editor_to_store_it(qtbot, tmp_path: Path  # noqa: ANN001
                                                                     ) -> None:
    service = make_service(qtbot, tmp_path)
    release, _ = seeded_release()
    panel = SpellingPanel(service, lambda: release)
    qtbot.addWidget(panel)
    stored: list[str] = []

    def store(word: str) -> None:  # what the editor does (through its undo stack)
        SetField("spelling_ignore", [*release.spelling_ignore, word]).apply(release)
        stored.append(word)

    service.ignoreInReleaseRequested.connect(store)
    panel.refresh()
    english = panel.model.item(1)
    officals = next(english.child(i) for i in range(english.rowCount())
                    if english.child(i).text() == "officals")
    panel.view.setCurrentIndex(officals.index())
    panel.ignore_button.click()
    assert stored == ["officals"] and release.spelling_ignore == ["officals"]
    english = panel.model.item(1)
    assert "officals" not in {english.child(i).text() for i in range(english.rowCount())}


def test_f7_walks_through_flagged_words_in_reading_order(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service(qtbot, tmp_path)
    release, expected = seeded_release()
    release.spelling_ignore = ["정혜진", "재무부"]
    position: list[tuple[str, str, int] | None] = [None]
    window = QMainWindow()
    qtbot.addWidget(window)
    action = NextMisspellingAction(service, lambda: release, lambda: position[0], parent=window)
    window.addAction(action)
    assert action.shortcut().toString() == "F7"
    seen = []
    for _ in range(len(expected) + 1):
        with qtbot.waitSignal(action.jumpRequested) as jump:
            action.trigger()
        path, _segment_id, pane, offset, length = jump.args
        seen.append((path, pane, offset))
        position[0] = (path, pane, offset)
    order = [(p, pane, off) for p, pane, _, off, _ in expected]
    assert seen == order + order[:1]  # reading order, then round again
    back = NextMisspellingAction(service, lambda: release, lambda: position[0], backwards=True)
    with qtbot.waitSignal(back.jumpRequested) as jump:
        back.trigger()
    assert tuple(jump.args[i] for i in (0, 2, 3)) == order[-1]


def test_language_toggles_persist_and_stop_underlines(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    service = make_service(qtbot, tmp_path, settings=settings)
    editor = QTextEdit()
    qtbot.addWidget(editor)
    highlighter = SpellHighlighter(editor.document(), service)
    editor.setPlainText("협럭 recieve")
    assert highlighter.is_flagged(0, 2) and highlighter.is_flagged(3, 7)
    korean_action, english_action = service.toggle_actions()
    assert korean_action.isChecked() and english_action.isChecked()
    korean_action.trigger()
    assert not highlighter.is_flagged(0, 2) and highlighter.is_flagged(3, 7)
    settings.sync()
    again = SpellingService(service.checker, QSettings(str(tmp_path / "settings.ini"),
                                                       QSettings.Format.IniFormat))
    assert again.languages() == ("en",)
    assert [a.isChecked() for a in again.toggle_actions()] == [False, True]
    # An editor that keeps its own preferences passes them in and stores the toggles.
    from_preferences = SpellingService(service.checker, enabled={"ko": True, "en": False})
    assert from_preferences.languages() == ("ko",)
    with qtbot.waitSignal(from_preferences.languageToggled) as toggled:
        from_preferences.set_language_enabled("en", True)
    assert toggled.args == ["en", True]


def test_window_starts_without_enchant_and_says_why_once(qtbot, tmp_path: Path,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "enchant", None)
    messages: list[str] = []
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setStatusBar(QStatusBar())
    editor = QTextEdit()
    window.setCentralWidget(editor)
    checker = SpellChecker(EnchantDictionaries(), PersonalDictionary(tmp_path / "p.txt"),
                           [resource_path("glossary")])
    service = SpellingService(checker)
    service.statusMessage.connect(messages.append)
    service.statusMessage.connect(window.statusBar().showMessage)
    highlighter = SpellHighlighter(editor.document(), service)
    window.show()
    with qtbot.waitSignal(service.ready, timeout=30000):
        service.start()
    service.start()  # a second window on the same checker says nothing new
    editor.setPlainText("협럭 recieve")
    assert not highlighter.is_flagged(0, 2) and not highlighter.is_flagged(3, 7)
    assert len(messages) == 1 and INSTALL_LINE in messages[0]
    assert messages[0].startswith("Spell checking is off") and "\n" not in messages[0]
    assert window.statusBar().currentMessage() == messages[0]


def test_missing_dictionary_reported_once_in_the_status_bar(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dictionaries = EnchantDictionaries({"ko": ("xx_KR",), "en_US": ("en_US",)})
    messages: list[str] = []
    checker = SpellChecker(dictionaries, PersonalDictionary(tmp_path / "p.txt"),
                           [resource_path("glossary")])
    service = SpellingService(checker)
    service.statusMessage.connect(messages.append)
    with qtbot.waitSignal(service.ready, timeout=30000):
        service.start()
    editor = QTextEdit()
    qtbot.addWidget(editor)
    highlighter = SpellHighlighter(editor.document(), service)
    editor.setPlainText("협럭 recieve")
    assert not highlighter.is_flagged(0, 2) and highlighter.is_flagged(3, 7)
    assert messages == ["Korean is not spell-checked: its dictionary is not installed (xx_KR)."]


def test_a_word_list_that_cannot_be_written_is_reported_not_raised(qtbot, tmp_path: Path  # noqa: ANN001
                                                                   ) -> None:
    (tmp_path / "personal.txt").write_bytes(b"\xff\xfe not utf-8")
    messages: list[str] = []
    _dictionaries.load()
    checker = SpellChecker(_dictionaries, PersonalDictionary(tmp_path / "personal.txt"),
                           [resource_path("glossary")])
    service = SpellingService(checker)
    service.statusMessage.connect(messages.append)
    with qtbot.waitSignal(service.ready, timeout=30000):
        service.start()
    assert len(messages) == 1 and messages[0].startswith("Word list not used:")
    assert service.add_to_dictionary("Wanjiru") is False
    assert len(messages) == 2 and "personal dictionary" in messages[1]
    assert (tmp_path / "personal.txt").read_bytes() == b"\xff\xfe not utf-8"


def test_the_loading_thread_touches_no_qt_object(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """The dictionaries load on a worker thread; a signal it emitted while the window
    was being deleted could reach freed memory. Nothing of the ui package runs there
    and no signal is emitted there: the GUI thread watches the ready flag."""
    import threading

    import mfa_desk.ui

    ui_folder = str(Path(mfa_desk.ui.__file__).parent)
    on_worker: list[str] = []

    def profile(frame, event, arg):  # noqa: ANN001, ANN202 - sys.setprofile's hook
        if threading.current_thread() is threading.main_thread():
            return
        if event == "call" and frame.f_code.co_filename.startswith(ui_folder):
            on_worker.append(frame.f_code.co_name)
        elif event == "c_call" and getattr(arg, "__name__", "") == "emit":
            on_worker.append("emit")

    checker = SpellChecker(EnchantDictionaries(), PersonalDictionary(tmp_path / "p.txt"),
                           [resource_path("glossary")])
    service = SpellingService(checker)
    threading.setprofile(profile)  # for the loading thread, started by start()
    try:
        with qtbot.waitSignal(service.ready, timeout=30000):
            service.start()
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
        sys.setprofile(None)
    assert checker.ready.is_set()
    assert on_worker == []
