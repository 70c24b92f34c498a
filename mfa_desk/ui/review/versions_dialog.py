"""Version History: the saved versions of a release, to compare or restore.

Lists number, time (local) and author of each version. Compare one version with
the open release, or two selected versions with each other; restore one (an
undoable change of the open release); or export a Word review copy whose
tracked changes are the changes since the selected version.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.review.versions import VersionInfo
from mfa_desk.ui.dialogs.dialog_registry import register_dialog


class VersionsDialog(QDialog):
    compareWithCurrent = Signal(int)
    compareTwo = Signal(int, int)
    restoreRequested = Signal(int)
    reviewCopyRequested = Signal(int)

    def __init__(self, versions: list[VersionInfo], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = versions
        self.setWindowTitle(self.tr("Version History: %1").replace("%1", name))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each save keeps a version. Select one to compare or "
                                        "restore it, or two to compare them.")))
        self.table = QTableWidget(len(versions), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Saved"),
                                              self.tr("By")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for row, info in enumerate(reversed(versions)):  # newest first
            local = info.time.astimezone()
            for col, text in enumerate((str(info.number), f"{local:%Y-%m-%d %H:%M}",
                                        info.author)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.compare_button = self._button(buttons, self.tr("&Compare with Current"),
                                           self._compare)
        self.restore_button = self._button(buttons, self.tr("&Restore"), self._restore)
        self.review_button = self._button(buttons, self.tr("Review &Copy Since…"),
                                          self._review_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _button(self, box: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def selected_numbers(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return sorted(int(self.table.item(r, 0).text()) for r in rows)

    def _selection_changed(self) -> None:
        count = len(self.selected_numbers())
        self.compare_button.setEnabled(count in (1, 2))
        self.compare_button.setText(self.tr("&Compare Selected") if count == 2
                                    else self.tr("&Compare with Current"))
        self.restore_button.setEnabled(count == 1)
        self.review_button.setEnabled(count == 1)

    def _compare(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 2:
            self.compareTwo.emit(numbers[0], numbers[1])
        elif len(numbers) == 1:
            self.compareWithCurrent.emit(numbers[0])

    def _restore(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 1:
            self.restoreRequested.emit(numbers[0])
            self.accept()

    def _review_copy(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 1:
            self.reviewCopyRequested.emit(numbers[0])


def _sample(parent: QWidget | None) -> VersionsDialog:
    import datetime as dt

    versions = [VersionInfo(n, dt.datetime(2026, 3, 18, 9, n, tzinfo=dt.UTC), "김 주무관",
                            f"{n:032x}", 100) for n in (1, 2, 3)]
    return VersionsDialog(versions, "release.mfadesk", parent)


register_dialog("version_history", _sample)
