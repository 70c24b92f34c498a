"""Red wavy underline on misspelled words in one QTextDocument.

The editor has one document per cell per language; each gets a highlighter,
so a keystroke re-checks only its own block of its own cell. The word being
typed at the cursor is not flagged until the cursor leaves it (a space, a
punctuation mark, a click elsewhere), so a half-typed word is never red.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from mfa_desk.spelling.checker import PENDING, Misspelling
from mfa_desk.ui.spelling.service import SpellingService

UNDERLINE_COLOR = QColor(Qt.GlobalColor.red)
# The words of the other pane that can confirm a name here: capitalised Latin words (for
# a Hangul transliteration) and Hangul words (for an English capitalised name).
_NAME_EVIDENCE = re.compile(r"[A-Z][\w'’-]*|[\uac00-\ud7a3]+")


def misspelling_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE_COLOR)
    return fmt


PENDING_DELAY_MS = 250  # a pause in typing
MAX_TYPED_CHARS = 3  # a key, a dead-key pair, an input-method syllable


def changed_span(old: str, new: str) -> tuple[int, int]:
    """Start and end in `new` of the characters that differ from `old`."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(new) - suffix


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspellings in `document`; re-checks when word lists change."""

    def __init__(self, document: QTextDocument, service: SpellingService,
                 parent: QObject | None = None, active: bool = True) -> None:
        """`active=False` checks nothing until `set_active(True)`: an editor with
        hundreds of cells activates those that scroll into view."""
        super().__init__(parent if parent is not None else document)
        self.service = service
        self._active = active
        self._stale = False  # word lists changed while inactive
        self._format = misspelling_format()
        self._typing_at: int | None = None  # document position just after the last edit
        self._text = document.toPlainText()
        self._other: QTextDocument | None = None  # the other language's pane, if paired
        self._evidence: frozenset[str] = frozenset()
        self._patient = False  # True: judge every word now (the typing paused)
        self._pending = QTimer(self, singleShot=True, interval=PENDING_DELAY_MS)
        self._pending.timeout.connect(self._judge_pending)
        # Connected before setDocument() so this slot runs before the highlighter's
        # own re-formatting of the changed block and sees where the typing is.
        document.contentsChange.connect(self._on_contents_change)
        self.setDocument(document)
        service.wordListsChanged.connect(self._on_word_lists_changed)

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        if active == self._active:
            return
        self._active = active
        if active and self._stale:
            self._stale = False
            self.rehighlight()

    def _on_word_lists_changed(self) -> None:
        if self._active:
            self.rehighlight()
        else:
            self._stale = True

    def pair_with(self, other: QTextDocument) -> None:
        """Check against `other`, the other language's text of the same segment: a name
        it carries is no misspelling here. Re-checks when its names change."""
        self._other = other
        self._evidence = self._other_evidence()
        other.contentsChanged.connect(self._on_other_changed)
        self._on_word_lists_changed()

    def _other_evidence(self) -> frozenset[str]:
        text = self._other.toPlainText() if self._other is not None else ""
        return frozenset(_NAME_EVIDENCE.findall(text))

    def _on_other_changed(self) -> None:
        # Only a change of the other pane's names matters (not its underline, not a
        # lower-case word typed there).
        evidence = self._other_evidence()
        if evidence != self._evidence:
            self._evidence = evidence
            self._on_word_lists_changed()

    def watch_cursor(self, editor: QTextEdit | QPlainTextEdit) -> None:
        """End "typing" when the editor's cursor leaves the word (click, arrows)."""
        editor.cursorPositionChanged.connect(
            lambda: self._on_cursor_moved(editor.textCursor().position()))

    # ------------------------------------------------------------ typing state
    @Slot(int, int, int)
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        text = self.document().toPlainText()
        if text == self._text:
            return  # a format change (this highlighter's own underline), not an edit
        # Where the edit ends, from the texts themselves: the signal's range can
        # cover the whole block (input-method commits report it so). Only a
        # keystroke-sized change is typing; loading or pasting text is not.
        start, end = changed_span(self._text, text)
        self._typing_at = end if end - start <= MAX_TYPED_CHARS else None
        self._text = text

    def _on_cursor_moved(self, position: int) -> None:
        if self._typing_at is None or position == self._typing_at:
            return
        block = self.document().findBlock(self._typing_at)
        self._typing_at = None
        if block.isValid():
            self.rehighlightBlock(block)

    def stop_typing(self) -> None:
        """Flag the word at the cursor too (focus left the cell)."""
        self._on_cursor_moved(-1)

    # ------------------------------------------------------------ highlighting
    def highlightBlock(self, text: str) -> None:
        if not self._active:
            self._stale = True
            return
        block = self.currentBlock()
        typing = None
        if self._typing_at is not None:
            typing = self._typing_at - block.position()
        # While typing, a word Hunspell would be asked about (~80 ms) is judged once the
        # typing pauses, not before this keystroke's repaint; the word being typed never.
        quick = typing is not None and not self._patient
        for m in self.block_misspellings(text, typing, quick):
            if m.kind == PENDING:
                self._pending.start()
            else:
                self.setFormat(m.start, len(m.word), self._format)

    def _judge_pending(self) -> None:
        self._patient = True
        try:
            self.rehighlight()
        finally:
            self._patient = False

    def block_misspellings(self, text: str, skip_at: int | None = None,
                           quick: bool = False) -> list[Misspelling]:
        other = self._other.toPlainText() if self._other is not None else ""
        return self.service.misspellings(text, other, skip_at, quick)

    def misspelling_at(self, position: int) -> tuple[Misspelling, int] | None:
        """The flagged word around a document position, and the block's position."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return None
        offset = position - block.position()
        for m in self.block_misspellings(block.text()):
            if m.start <= offset <= m.end:
                return m, block.position()
        return None

    def is_flagged(self, start: int, length: int) -> bool:
        """Whether the characters at document positions [start, start+length) are underlined."""
        block = self.document().findBlock(start)
        layout = block.layout()
        if layout is None:
            return False
        offset = start - block.position()
        for r in layout.formats():
            if (r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
                    and r.start <= offset and offset + length <= r.start + r.length):
                return True
        return False
