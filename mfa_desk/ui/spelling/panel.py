"""The spelling panel: flagged words per language, jump to each, "Ignore all"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.constants import LANGS
from mfa_desk.model.release import Release
from mfa_desk.spelling.findings import SpellFinding
from mfa_desk.spelling.release_check import spell_check_release
from mfa_desk.ui.grid.segment_names import SegmentNames
from mfa_desk.ui.spelling.service import SpellingService

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the SpellFinding of an occurrence row
WORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the word of a word row (and its occurrences)


class SpellingFindingsModel(QStandardItemModel):
    """Language -> flagged word (with count) -> each occurrence (where, offset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Times / where")])
        self.findings: list[SpellFinding] = []

    def set_findings(self, findings: list[SpellFinding]) -> None:
        self.findings = list(findings)
        self.removeRows(0, self.rowCount())
        names = {"ko": self.tr("Korean"), "en": self.tr("English")}
        pane_names = {"ko": self.tr("Korean text"), "en": self.tr("English text")}
        segment_names = SegmentNames(self)
        for lang in LANGS:
            mine = [f for f in findings if f.lang == lang]
            by_word: dict[str, list[SpellFinding]] = {}
            for f in mine:
                by_word.setdefault(f.word, []).append(f)
            group = QStandardItem(self.tr("%1: %2").replace("%1", names[lang])
                                  .replace("%2", str(len(by_word))))
            group.setEditable(False)
            for word, occurrences in by_word.items():
                word_item = QStandardItem(word)
                word_item.setData(word, WORD_ROLE)
                word_item.setEditable(False)
                count = QStandardItem(str(len(occurrences)))
                count.setEditable(False)
                for f in occurrences:
                    where = QStandardItem(f"{segment_names.describe(f.segment)} · "
                                          f"{pane_names.get(f.pane, f.pane)}")
                    where.setEditable(False)
                    hit = QStandardItem(word)
                    hit.setEditable(False)
                    for item in (hit, where):
                        item.setData(f, FINDING_ROLE)
                        item.setData(word, WORD_ROLE)
                    word_item.appendRow([hit, where])
                group.appendRow([word_item, count])
            empty = QStandardItem("")
            empty.setEditable(False)
            self.appendRow([group, empty])

    def finding_at(self, index: QModelIndex) -> SpellFinding | None:
        """The occurrence of a row; for a word row, its first occurrence."""
        finding = index.data(FINDING_ROLE)
        if finding is not None:
            return finding
        word_item = self.itemFromIndex(index.siblingAtColumn(0))
        if word_item is not None and word_item.hasChildren():
            return word_item.child(0).data(FINDING_ROLE)
        return None


class SpellingPanel(QWidget):
    """A dock-able list of every flagged word; activate a row to jump there."""

    jumpRequested = Signal(str, str, str, int, int)  # path, segment id, pane, offset, length

    def __init__(self, service: SpellingService, release: Callable[[], Release],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._release = release
        self.model = SpellingFindingsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._jump)
        self.view.doubleClicked.connect(self._jump)
        self.ignore_button = QPushButton(self.tr("Ignore All"), self)
        self.ignore_button.setToolTip(self.tr("Accept this word everywhere in this release"))
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.refresh_button = QPushButton(self.tr("Check Again"), self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ignore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Spelling"))
        service.wordListsChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Check the whole release again (no suggestions: they are slow and unused here)."""
        if not self.service.is_ready:
            self.model.set_findings([])
            return
        findings = spell_check_release(self._release(), with_suggestions=False,
                                       checker=self.service.checker,
                                       languages=self.service.languages(),
                                       # ignored a moment ago, maybe not yet in the release
                                       extra_ignore=self.service.ignore)
        self.model.set_findings(findings)
        self.view.expandToDepth(0)

    def selected_word(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(WORD_ROLE) if index.isValid() else None

    def ignore_selected(self) -> None:
        word = self.selected_word()
        if word:
            self.service.ignore_in_release(word)

    def _jump(self, index: QModelIndex) -> None:
        f = self.model.finding_at(index)
        if f is not None:
            self.jumpRequested.emit(f.segment, f.segment_id, f.pane, f.offset, len(f.word))
