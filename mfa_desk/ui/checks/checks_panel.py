"""The checks panel: translation findings in a filterable list.

Clicking a finding emits `segmentActivated(segment_id, path)` so the editor can jump to
the segment; "Dismiss…" asks for a reason and emits `dismissRequested(finding, reason)`
(the editor records the dismissal as an undoable edit). `DebouncedChecks` re-runs the
checks a moment after the last edit, off the typing path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.checks.findings import ERROR, WARNING, QaFinding
from mfa_desk.ui.checks.checks_runner import DebouncedChecks
from mfa_desk.ui.grid.segment_names import SegmentNames
from mfa_desk.ui.language.core_messages import translate_message, translate_word

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
__all__ = ["CHECK_IDS", "FINDING_ROLE", "ChecksPanel", "DebouncedChecks", "FindingsModel"]
CHECK_IDS = ("structure", "date", "number", "hangul", "latin", "glossary", "hygiene")
_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    """Findings as rows: severity, check, segment, message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[QaFinding] = []
        self._names = SegmentNames(self)
        self._headers = (self.tr("Severity"), self.tr("Check"), self.tr("Segment"),
                         self.tr("Message"))

    def set_findings(self, findings: list[QaFinding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def findings(self) -> list[QaFinding]:
        return list(self._findings)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        if role == FINDING_ROLE:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.severity_label(f.severity), self.check_name(f.check),
                    self._names.describe(f.segment),
                    translate_message(f.message, self._names.describe))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Only the sides that have a snippet ("English:" alone says nothing).
            sides = [translate_message(f.message, self._names.describe) if index.column() == 3
                     else "",
                     self.tr("Korean: {ko}").format(ko=f.ko) if f.ko else "",
                     self.tr("English: {en}").format(en=f.en) if f.en else ""]
            return "\n".join(s for s in sides if s) or None
        return None

    def check_name(self, check: str) -> str:
        name = translate_word(check)
        return name[:1].upper() + name[1:]  # "Structure"; Korean names are unchanged

    def severity_label(self, severity: str) -> str:
        return self.tr("Error") if severity == ERROR else self.tr("Warning")


class FindingsFilter(QSortFilterProxyModel):
    """Shows the findings of one severity and/or one check ("" shows all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity = ""
        self._check = ""

    def set_severity(self, severity: str) -> None:
        self._change_filter(lambda: setattr(self, "_severity", severity))

    def set_check(self, check: str) -> None:
        self._change_filter(lambda: setattr(self, "_check", check))

    def _change_filter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidate*Filter() with begin/endFilterChange(); older Qt
        # (the project allows 6.8) only has the former.
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        f = self.sourceModel().index(row, 0, parent).data(FINDING_ROLE)
        return (not self._severity or f.severity == self._severity) and \
            (not self._check or f.check == self._check)


class ChecksPanel(QWidget):
    segmentActivated = Signal(str, str)  # segment id, path  # noqa: N815
    dismissRequested = Signal(object, str)  # QaFinding, reason  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.severity_box = QComboBox(self)
        for label, value in ((self.tr("All severities"), ""), (self.tr("Errors"), ERROR),
                             (self.tr("Warnings"), WARNING)):
            self.severity_box.addItem(label, value)
        self.check_box = QComboBox(self)
        self.check_box.addItem(self.tr("All checks"), "")
        for check, label in zip(CHECK_IDS, (
                self.tr("Structure"), self.tr("Dates"), self.tr("Numbers"),
                self.tr("Hangul in English"), self.tr("Latin words"), self.tr("Glossary"),
                self.tr("Hygiene")), strict=True):
            self.check_box.addItem(label, check)
        self.summary = QLabel(self)
        self.dismiss_button = QPushButton(self.tr("Dismiss…"), self)
        self.dismiss_button.setEnabled(False)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Long messages wrap onto more lines rather than being cut off at the dock's edge.
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        bar = QHBoxLayout()
        bar.addWidget(self.severity_box)
        bar.addWidget(self.check_box)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)

        self.severity_box.currentIndexChanged.connect(self._filter_changed)
        self.check_box.currentIndexChanged.connect(self._filter_changed)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.dismiss_button.clicked.connect(self._ask_dismiss)
        self._update_summary()

    # --- public API ---------------------------------------------------------------------
    def set_findings(self, findings: list[QaFinding]) -> None:
        self.model.set_findings(findings)
        self._selection_changed()
        self._update_summary()

    def visible_findings(self) -> list[QaFinding]:
        return [self.proxy.index(r, 0).data(FINDING_ROLE) for r in range(self.proxy.rowCount())]

    def current_finding(self) -> QaFinding | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(FINDING_ROLE) if rows else None

    def dismiss_current(self, reason: str) -> bool:
        """Dismiss the selected finding with `reason`; False when nothing is selected or the
        reason is empty (a dismissal must say why)."""
        finding = self.current_finding()
        if finding is None or not reason.strip():
            return False
        self.dismissRequested.emit(finding, reason.strip())
        return True

    # --- slots --------------------------------------------------------------------------
    @Slot()
    def _filter_changed(self) -> None:
        self.proxy.set_severity(self.severity_box.currentData())
        self.proxy.set_check(self.check_box.currentData())
        self._update_summary()

    @Slot(QModelIndex)
    def _activate(self, index: QModelIndex) -> None:
        finding = index.siblingAtColumn(0).data(FINDING_ROLE)
        if finding is not None:
            self.segmentActivated.emit(finding.segment_id, finding.segment)

    @Slot()
    def _selection_changed(self) -> None:
        self.dismiss_button.setEnabled(self.current_finding() is not None)

    @Slot()
    def _ask_dismiss(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Dismiss finding"),
                                          self.tr("Why is this not a mistake?"))
        if ok:
            self.dismiss_current(reason)

    def _update_summary(self) -> None:
        all_findings = self.model.findings()
        errors = sum(1 for f in all_findings if f.severity == ERROR)
        self.summary.setText(self.tr("%n error(s)", "", errors) + ", "
                             + self.tr("%n warning(s)", "", len(all_findings) - errors))
