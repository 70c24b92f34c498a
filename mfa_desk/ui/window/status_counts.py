"""The status-bar counts: English words, Korean characters, translation progress."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from mfa_desk.ui.document.release_document import ReleaseDocument

# Counting walks the whole release; do it once typing pauses, not per key.
RECOUNT_DELAY_MS = 150


class StatusCounts(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ReleaseDocument | None = None
        self.setAccessibleName(self.tr("Counts"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)

    def attach(self, document: ReleaseDocument) -> None:
        """Count `document` on each change; the first count is the window's to ask for
        (schedule(), after its first paint: a count walks every segment, 20 ms at 1,003
        rows, and a delay alone ran before a slow first paint)."""
        self.document = document
        document.textChanged.connect(self._timer.start)
        document.statusChanged.connect(self._timer.start)
        document.structureChanged.connect(self._timer.start)

    def schedule(self) -> None:
        """Count again once typing pauses (a count walks the whole release)."""
        self._timer.start()

    def recount(self) -> None:
        if self.document is None:
            return
        c = self.document.counts()
        languages = self.document.release.languages
        # A one-language release counts its own language only: no translation progress.
        if languages == ["ko"]:
            text = self.tr("Korean: %2 characters (%3 without spaces)")
        elif languages == ["en"]:
            text = self.tr("English: %1 words")
        else:
            text = self.tr("English: %1 words · Korean: %2 characters (%3 without spaces) · "
                           "Translated: %4 of %5")
        for placeholder, value in (("%1", c.english_words), ("%2", c.korean_chars),
                                   ("%3", c.korean_chars_no_spaces), ("%4", c.done),
                                   ("%5", c.total)):
            text = text.replace(placeholder, f"{value:,}")
        if c.outdated and len(languages) > 1:
            text += self.tr(" · %1 outdated").replace("%1", str(c.outdated))
        self.setText(text)
