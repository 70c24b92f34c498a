"""The context menu of a flagged word: suggestions, add, ignore, add to glossary."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from mfa_desk.spelling.checker import MAX_SUGGESTIONS, Misspelling
from mfa_desk.ui.spelling.highlighter import SpellHighlighter
from mfa_desk.ui.spelling.service import SpellingService


class SpellingMenu(QObject):
    """Fills a QMenu for one flagged word; the editor connects the signals it needs.

    `replaceRequested(start, end, text)` carries document positions; the other
    actions go to the service (which re-checks every highlighter) and are also
    announced, so the editor can record "Ignore in this release" in the release.
    """

    replaceRequested = Signal(int, int, str)
    addedToDictionary = Signal(str)
    ignoredInRelease = Signal(str)
    addedToGlossary = Signal(str)

    def __init__(self, service: SpellingService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    def fill(self, menu: QMenu, misspelling: Misspelling, block_position: int = 0) -> list[QAction]:
        """Put the spelling actions at the top of `menu`; returns them (for tests)."""
        word, start = misspelling.word, block_position + misspelling.start
        end = start + len(word)
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []

        def add(action: QAction) -> QAction:
            if first is None:  # an empty menu: inserting before nothing appends
                menu.addAction(action)
            else:
                menu.insertAction(first, action)
            actions.append(action)
            return action

        suggestions = self.service.suggestions(word, misspelling.lang)[:MAX_SUGGESTIONS]
        for suggestion in suggestions:
            action = add(QAction(suggestion, menu))
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _=False, s=suggestion: self.replaceRequested.emit(start, end, s))
        if not suggestions:
            none = add(QAction(self.tr("(no suggestions)"), menu))
            none.setEnabled(False)
        separator = QAction(menu)
        separator.setSeparator(True)
        add(separator)
        add(QAction(self.tr("Add to Dictionary"), menu)).triggered.connect(
            lambda: self._add_to_dictionary(word))
        add(QAction(self.tr("Ignore in This Release"), menu)).triggered.connect(
            lambda: self._ignore(word))
        add(QAction(self.tr("Add to Glossary"), menu)).triggered.connect(
            lambda: self._add_to_glossary(word))
        if first is not None:
            tail = QAction(menu)
            tail.setSeparator(True)
            add(tail)
        return actions

    def _add_to_dictionary(self, word: str) -> None:
        if self.service.add_to_dictionary(word):
            self.addedToDictionary.emit(word)

    def _ignore(self, word: str) -> None:
        self.service.ignore_in_release(word)
        self.ignoredInRelease.emit(word)

    def _add_to_glossary(self, word: str) -> None:
        if self.service.add_to_glossary(word):
            self.addedToGlossary.emit(word)


def replace_text(editor: QTextEdit | QPlainTextEdit, start: int, end: int, text: str) -> None:
    """Replace document positions [start, end) with `text` as one edit."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(text)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


def context_menu_for(editor: QTextEdit | QPlainTextEdit, highlighter: SpellHighlighter,
                     spelling_menu: SpellingMenu, point: QPoint) -> QMenu:
    """The editor's standard menu with the spelling actions on top when the
    word under `point` is flagged."""
    menu = editor.createStandardContextMenu(point)
    position = editor.cursorForPosition(point).position()
    found = highlighter.misspelling_at(position)
    if found is not None:
        spelling_menu.fill(menu, *found)
    return menu


def install_spelling_context_menu(editor: QTextEdit | QPlainTextEdit,
                                  highlighter: SpellHighlighter,
                                  service: SpellingService) -> SpellingMenu:
    """Right-click on a flagged word offers the spelling actions (any text edit).

    Returns this editor's SpellingMenu, for the editor to connect its signals.
    Replacements go through the editor's own text cursor, so an editor that
    turns edits into model operations sees them as ordinary typing.
    """
    spelling_menu = SpellingMenu(service, editor)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(point: QPoint) -> None:
        menu = context_menu_for(editor, highlighter, spelling_menu, point)
        menu.exec(editor.viewport().mapToGlobal(point))
        menu.deleteLater()

    editor.customContextMenuRequested.connect(show)
    spelling_menu.replaceRequested.connect(
        lambda start, end, text: replace_text(editor, start, end, text))
    return spelling_menu
