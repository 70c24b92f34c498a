"""The comparison of two versions of a release: a read-only grid, both languages.

One row per text that differs (changed, inserted, deleted, moved), the Korean
and English with deletions struck through in red and insertions underlined in
green. "Save for Printing" writes the same comparison as an HTML page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.model.release import Release
from mfa_desk.review.compare import ReleaseDiff, compare_releases
from mfa_desk.review.compare_html import pieces_html
from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.language.messages import user_text
from mfa_desk.ui.review.html_delegate import HTML_ROLE, HtmlDelegate


class VersionCompareView(QDialog):
    """Non-modal: the editor stays usable while the comparison is open."""

    def __init__(self, diff: ReleaseDiff, old_name: str, new_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diff, self.old_name, self.new_name = diff, old_name, new_name
        self.setWindowTitle(self.tr("Compare: %1 → %2").replace("%1", old_name)
                            .replace("%2", new_name))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        count = len(diff.segments) + len(diff.metadata)
        summary = QLabel(self.tr("No differences") if diff.equal else
                         self.tr("%1 differences").replace("%1", str(count)))
        layout.addWidget(summary)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Change"),
                                              self.tr("Korean"), self.tr("English")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(2, HtmlDelegate(self.table))
        self.table.setItemDelegateForColumn(3, HtmlDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = buttons.addButton(self.tr("Save for &Printing…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.save_for_printing)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        # Row heights follow the stretched columns' final widths (known only once shown).
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start(0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rows_timer.start(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._rows_timer.start(0)

    def change_label(self, change: str) -> str:
        return {"changed": self.tr("changed"), "inserted": self.tr("inserted"),
                "deleted": self.tr("deleted"), "moved": self.tr("moved")}[change]

    def _fill(self) -> None:
        from html import escape

        rows = [(f"metadata.{m.name}", self.change_label("changed"),
                 f"<del>{escape(str(m.old))}</del> <ins>{escape(str(m.new))}</ins>", "")
                for m in self.diff.metadata]
        rows += [(d.path, self.change_label(d.change), pieces_html(d.pieces["ko"]),
                  pieces_html(d.pieces["en"])) for d in self.diff.segments]
        self.table.setRowCount(len(rows))
        for r, (path, change, ko, en) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(path))
            self.table.setItem(r, 1, QTableWidgetItem(change))
            for col, html in ((2, ko), (3, en)):
                item = QTableWidgetItem()
                item.setData(HTML_ROLE, html)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()

    def save_for_printing(self) -> None:
        from mfa_desk.errors import SaveError
        from mfa_desk.fileio import atomic_write_bytes
        from mfa_desk.review.compare_html import compare_html

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Comparison"),
                                              "comparison.html", self.tr("Web page (*.html)"))
        if not name:
            return
        try:
            atomic_write_bytes(Path(name), compare_html(self.diff, self.old_name,
                                                        self.new_name))
        except SaveError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Save Comparison"), user_text(exc))


def compare_view(old: Release, new: Release, old_name: str, new_name: str,
                 parent: QWidget | None = None) -> VersionCompareView:
    return VersionCompareView(compare_releases(old, new), old_name, new_name, parent)


def _sample(parent: QWidget | None) -> VersionCompareView:
    from mfa_desk.model.release import Segment

    old = Release()
    old.headline = Segment.of("한-가상국 외교장관 회담", "Korea-Virtualia Foreign Ministers' Talks")
    new = old.copy()
    new.headline.text.ko = "한-가상국 외교장관 회담 개최"
    return compare_view(old, new, "v1", "v2", parent)


register_dialog("version_compare", _sample)
