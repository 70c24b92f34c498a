"""F7: go to the next flagged word (Shift+F7: the previous one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from mfa_desk.model.release import Release
from mfa_desk.spelling.release_check import spell_check_release
from mfa_desk.spelling.walker import next_finding
from mfa_desk.ui.spelling.service import SpellingService

# (segment path, pane, offset) of the editor's cursor, or None (start of the release)
PositionGetter = Callable[[], "tuple[str, str, int] | None"]


class NextMisspellingAction(QAction):
    """An action the editor adds to its Tools menu; emits where to jump.

    The walk re-checks the release each time (a few milliseconds with warm
    caches), so it follows edits without any bookkeeping.
    """

    jumpRequested = Signal(str, str, str, int, int)  # path, segment id, pane, offset, length
    nothingFound = Signal()

    def __init__(self, service: SpellingService, release: Callable[[], Release],
                 position: PositionGetter, backwards: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._release = release
        self._position = position
        self._backwards = backwards
        if backwards:
            self.setText(self.tr("Previous Misspelling"))
            self.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F7))
        else:
            self.setText(self.tr("Next Misspelling"))
            self.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.setStatusTip(self.tr("Go to the next word the spell checker flags"))
        self.triggered.connect(self.walk)

    def walk(self) -> None:
        release = self._release()
        if not self.service.is_ready:
            self.nothingFound.emit()
            return
        findings = spell_check_release(release, with_suggestions=False,
                                       checker=self.service.checker,
                                       languages=self.service.languages(),
                                       extra_ignore=self.service.ignore)
        here = self._position() or ("", "ko", -1)
        found = next_finding(release, findings, *here, backwards=self._backwards)
        if found is None:
            self.nothingFound.emit()
            return
        self.jumpRequested.emit(found.segment, found.segment_id, found.pane, found.offset,
                                len(found.word))
