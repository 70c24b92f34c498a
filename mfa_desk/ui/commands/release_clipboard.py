"""Edit > Copy Release as Text (one language, for an e-mail or a web form) and
Segment > Copy Korean into English (a start for names and numbers in an empty cell)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from mfa_desk.constants import Lang
from mfa_desk.errors import MfaDeskError
from mfa_desk.ui.language.messages import user_text

if TYPE_CHECKING:
    from mfa_desk.ui.window.editor_window import EditorWindow


class ReleaseClipboard(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window

    def copy_release(self, lang: Lang) -> None:
        # Imported when asked for: the export walker is ~15 ms of a window's start-up.
        from mfa_desk.formats.plaintext.plain_text import release_as_text

        try:
            text = release_as_text(self.window.document.release, lang)
        except MfaDeskError as exc:
            self.window.show_message(user_text(exc))
            return
        QApplication.clipboard().setText(text)
        name = self.tr("Korean") if lang == "ko" else self.tr("English")
        self.window.show_message(self.tr("The %1 release is on the clipboard as plain text "
                                         "(%2 lines)").replace("%1", name)
                                 .replace("%2", str(text.count("\n"))))

    def copy_korean_to_english(self) -> None:
        """The current row's Korean into its English cell, when that is empty (one undo
        step; the English status follows as for typing)."""
        grid = self.window.grid
        if self.window.document.read_only:
            self.window.document.refused.emit(self.tr("This release is open read-only"))
            return
        current = grid.current()
        if current is None:
            self.window.show_message(self.tr("Put the cursor in a segment first"))
            return
        key = current[0]
        english = grid.cell(key, "en")
        korean = grid.cell(key, "ko").toPlainText()
        if english.toPlainText().strip():
            self.window.show_message(self.tr("The English cell is not empty: nothing copied"))
            return
        if not korean.strip():
            self.window.show_message(self.tr("The Korean cell is empty: nothing to copy"))
            return
        grid.focus_cell(key, "en", 0)
        english.selectAll()
        english.insertPlainText(korean)
