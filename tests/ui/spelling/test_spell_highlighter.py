"""The red wavy underline and the context menu on a plain QTextEdit/QPlainTextEdit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QTextEdit

from mfa_desk.resources import resource_path
from mfa_desk.spelling.checker import SpellChecker
from mfa_desk.spelling.dictionaries import EnchantDictionaries
from mfa_desk.spelling.wordlists import PersonalDictionary
from mfa_desk.ui.spelling import SpellHighlighter, SpellingService, install_spelling_context_menu
from mfa_desk.ui.spelling.menu import SpellingMenu, context_menu_for

_dictionaries = EnchantDictionaries()


@pytest.fixture
def service(qtbot, tmp_path: Path) -> SpellingService:  # noqa: ANN001
    _dictionaries.load()  # real Hunspell dictionaries, loaded once for this module
    checker = SpellChecker(_dictionaries, PersonalDictionary(tmp_path / "personal.txt"),
                           [resource_path("glossary"), tmp_path / "glossary"])
    service = SpellingService(checker)
    with qtbot.waitSignal(service.ready, timeout=30000):
        service.start()
    return service


def make_editor(qtbot, service: SpellingService, cls=QTextEdit):  # noqa: ANN001, ANN201
    editor = cls()
    qtbot.addWidget(editor)
    editor.show()
    highlighter = SpellHighlighter(editor.document(), service)
    highlighter.watch_cursor(editor)
    return editor, highlighter


def flagged_words(editor, highlighter: SpellHighlighter) -> list[str]:  # noqa: ANN001
    text = editor.toPlainText()
    words = []
    block = editor.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                assert r.format.underlineColor() == QColor(Qt.GlobalColor.red)
                start = block.position() + r.start
                words.append(text[start:start + r.length])
        block = block.next()
    return words


@pytest.mark.parametrize("cls", [QTextEdit, QPlainTextEdit])
def test_underline_appears_after_typing_a_wrong_word(qtbot, service, cls) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service, cls)
    qtbot.keyClicks(editor, "We recieve")
    assert flagged_words(editor, highlighter) == []  # still being typed
    qtbot.keyClicks(editor, " the")
    assert flagged_words(editor, highlighter) == ["recieve"]
    assert highlighter.is_flagged(3, len("recieve"))


def test_a_slip_judged_by_suggestions_is_underlined_once_typing_pauses(qtbot, service) -> None:  # noqa: ANN001, E501
    editor, highlighter = make_editor(qtbot, service)
    qtbot.keyClicks(editor, "The Prime Minsiter Vu")
    # Telling a slip ("Minsiter") from a name asks Hunspell for suggestions (up to
    # ~80 ms): not between a keystroke and its repaint, but when the typing pauses.
    assert flagged_words(editor, highlighter) == []
    qtbot.waitUntil(lambda: flagged_words(editor, highlighter) == ["Minsiter"], timeout=3000)
    qtbot.keyClicks(editor, " spoke")  # asked once: the next keystrokes see it at once
    assert flagged_words(editor, highlighter) == ["Minsiter"]


def test_word_under_cursor_flagged_once_the_cursor_leaves(qtbot, service) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service)
    qtbot.keyClicks(editor, "The helth")
    assert flagged_words(editor, highlighter) == []
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    assert flagged_words(editor, highlighter) == ["helth"]


def type_with_input_method(editor, text: str) -> None:  # noqa: ANN001
    # Korean arrives through the input method: one committed syllable at a time
    # (QTest.keyClicks cannot send Hangul).
    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(editor, event)


def test_korean_typed_wrong_word_is_underlined(qtbot, service) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service)
    type_with_input_method(editor, "양국은 협럭을")
    assert flagged_words(editor, highlighter) == []  # still being typed
    type_with_input_method(editor, " 강화하기로 합의하였다.")
    assert flagged_words(editor, highlighter) == ["협럭을"]


def word_point(editor, start: int):  # noqa: ANN001, ANN201
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start + 1)
    return editor.cursorRect(cursor).center()


def test_context_menu_offers_suggestion_and_add_to_dictionary_removes_underline(
        qtbot, service, tmp_path: Path) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service)
    editor.setPlainText("Officials recieve the report.")
    assert flagged_words(editor, highlighter) == ["recieve"]
    spelling_menu = SpellingMenu(service)
    menu = context_menu_for(editor, highlighter, spelling_menu, word_point(editor, 10))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "receive" in texts
    suggestions = texts[:texts.index("Add to Dictionary")]
    assert 1 <= len(suggestions) <= 8
    assert {"Add to Dictionary", "Ignore in This Release", "Add to Glossary"} <= set(texts)
    assert len(menu.actions()) > len(texts)  # the editor's own actions stay below
    added: list[str] = []
    spelling_menu.addedToDictionary.connect(added.append)
    next(a for a in menu.actions() if a.text() == "Add to Dictionary").trigger()
    assert added == ["recieve"]
    assert flagged_words(editor, highlighter) == []
    assert (tmp_path / "personal.txt").read_text(encoding="utf-8") == "recieve\n"


def test_choosing_a_suggestion_replaces_the_word(qtbot, service) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service)
    spelling_menu = install_spelling_context_menu(editor, highlighter, service)
    assert editor.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    editor.setPlainText("양측은 협럭을 약속했다.")
    menu = context_menu_for(editor, highlighter, spelling_menu, word_point(editor, 4))
    next(a for a in menu.actions() if a.text() == "협력을").trigger()
    assert editor.toPlainText() == "양측은 협력을 약속했다."
    assert flagged_words(editor, highlighter) == []


def test_ignore_in_release_and_add_to_glossary(qtbot, service, tmp_path: Path) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service)
    # Not in name position ("Minister Wanjiru" is an unknown name, not underlined).
    editor.setPlainText("We thank Wanjiru and Kimani.")
    assert flagged_words(editor, highlighter) == ["Wanjiru", "Kimani"]
    spelling_menu = SpellingMenu(service)
    requested: list[str] = []
    service.ignoreInReleaseRequested.connect(requested.append)
    menu = QMenu()
    found = highlighter.misspelling_at(10)
    assert found is not None and found[0].word == "Wanjiru"
    actions = spelling_menu.fill(menu, *found)
    next(a for a in actions if a.text() == "Ignore in This Release").trigger()
    assert requested == ["Wanjiru"] and flagged_words(editor, highlighter) == ["Kimani"]
    found = highlighter.misspelling_at(22)
    assert found is not None
    second_menu = QMenu()
    actions = spelling_menu.fill(second_menu, *found)
    next(a for a in actions if a.text() == "Add to Glossary").trigger()
    assert flagged_words(editor, highlighter) == []
    assert "Kimani" in (tmp_path / "glossary" / "words.txt").read_text(encoding="utf-8")


def test_no_menu_entries_on_a_correct_word(qtbot, service) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service)
    editor.setPlainText("Officials receive the report.")
    spelling_menu = SpellingMenu(service)
    menu = context_menu_for(editor, highlighter, spelling_menu, word_point(editor, 10))
    assert "Add to Dictionary" not in [a.text() for a in menu.actions()]


class CountingHighlighter(SpellHighlighter):
    def __init__(self, *args) -> None:  # noqa: ANN002
        self.checked: list[str] = []
        super().__init__(*args)

    def block_misspellings(self, text: str, *args):  # noqa: ANN002, ANN201
        self.checked.append(text)
        return super().block_misspellings(text, *args)


def test_a_keystroke_rechecks_only_its_own_block(qtbot, service) -> None:  # noqa: ANN001
    editors = []
    for text in ("First cell.", "Second cell, first paragraph.\nSecond paragraph."):
        editor = QTextEdit()
        qtbot.addWidget(editor)
        editor.setPlainText(text)
        highlighter = CountingHighlighter(editor.document(), service)
        editors.append((editor, highlighter))
    qtbot.wait(10)  # the first highlighting of a new document is deferred
    (first, first_hl), (second, second_hl) = editors
    first_hl.checked.clear()
    second_hl.checked.clear()
    cursor = second.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    second.setTextCursor(cursor)
    qtbot.keyClicks(second, "x")
    assert first_hl.checked == []
    assert second_hl.checked == ["Second paragraph.x"]


def test_inactive_highlighter_checks_nothing_until_activated(qtbot, service) -> None:  # noqa: ANN001
    editor = QTextEdit()
    qtbot.addWidget(editor)
    highlighter = CountingHighlighter(editor.document(), service, None, False)
    editor.setPlainText("An offscreen cell with a typpo.")
    qtbot.wait(10)
    assert highlighter.checked == [] and flagged_words(editor, highlighter) == []
    highlighter.set_active(True)  # scrolled into view
    assert flagged_words(editor, highlighter) == ["typpo"]


def test_unknown_names_are_not_underlined(qtbot, service) -> None:  # noqa: ANN001
    editor, highlighter = make_editor(qtbot, service)
    # After a title a name is an unknown name (issue #11); run together it is a typo.
    editor.setPlainText("Minister Wanjiru met Kimani. Secretaryof State Wanjiru")
    assert flagged_words(editor, highlighter) == ["Kimani", "Secretaryof"]


def test_the_other_pane_confirms_a_name(qtbot, service) -> None:  # noqa: ANN001
    # Outside name position a name is flagged; the other language carrying it confirms it
    # (issue #11), as the batch check does, and typing it there re-checks this pane.
    korean, ko_highlighter = make_editor(qtbot, service)
    english, en_highlighter = make_editor(qtbot, service)
    korean.setPlainText("틸러슨은 어제 방한하였다.")
    english.setPlainText("Pompeo visited Korea yesterday.")
    assert flagged_words(korean, ko_highlighter) == ["틸러슨은"]
    assert flagged_words(english, en_highlighter) == ["Pompeo"]
    ko_highlighter.pair_with(english.document())
    en_highlighter.pair_with(korean.document())
    assert flagged_words(korean, ko_highlighter) == ["틸러슨은"]  # not Tillerson
    assert flagged_words(english, en_highlighter) == ["Pompeo"]  # not 폼페이오
    english.setPlainText("Tillerson visited Korea yesterday.")
    assert flagged_words(korean, ko_highlighter) == []
    english.setPlainText("Pompeo visited Korea yesterday.")  # the name gone: flagged again
    assert flagged_words(korean, ko_highlighter) == ["틸러슨은"]
    korean.setPlainText("폼페이오는 어제 방한하였다.")
    assert flagged_words(english, en_highlighter) == []
    assert flagged_words(korean, ko_highlighter) == []
    assert en_highlighter.misspelling_at(0) is None  # the context menu agrees
