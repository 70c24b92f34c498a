"""The concordance dock: search a word or phrase across the archive, in either language.

Hits are shown with their other-language side, the release and its date, newest first,
filtered by a date range and a department. The model (a QStandardItemModel) is filled
from the answer; the view only shows it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.archive.grams import normalize
from mfa_desk.archive.search import ConcordanceFilter, searched_side
from mfa_desk.archive.store import ArchiveSegment
from mfa_desk.ui.review.html_delegate import HTML_ROLE, HtmlDelegate

ANY_DATE = QDate(1948, 1, 1)  # shown as "any": the ministry's founding year


def marked_html(text: str, needle: str, ignore_case: bool) -> str:
    """`text` as HTML with every occurrence of `needle` bold and underlined (the
    concordance's hit; theme-neutral, no colour that a dark palette would hide)."""
    if not needle:
        return html.escape(text)
    haystack, wanted = (text.lower(), needle.lower()) if ignore_case else (text, needle)
    parts, start = [], 0
    while (found := haystack.find(wanted, start)) >= 0:
        end = found + len(wanted)
        parts += [html.escape(text[start:found]), "<b><u>", html.escape(text[found:end]),
                  "</u></b>"]
        start = end
    parts.append(html.escape(text[start:]))
    return "".join(parts)


class ConcordancePanel(QWidget):
    searchRequested = Signal(str, object, object)  # text, lang ("ko"/"en"/None), filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Word or phrase, Korean or English"))
        self.query.setAccessibleName(self.tr("Concordance search"))
        self.query.setClearButtonEnabled(True)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Either language"), None)
        self.lang.addItem(self.tr("Korean"), "ko")
        self.lang.addItem(self.tr("English"), "en")
        self.date_from = self._date_box(self.tr("From date"))
        self.date_to = self._date_box(self.tr("To date"))
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("Department"))
        self.department.setAccessibleName(self.tr("Department"))
        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.lang)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From:")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("To:")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.department, 1)
        self.status = QLabel()
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Korean"), self.tr("English"),
                                              self.tr("Release"), self.tr("Date")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        # Both text columns drawn from HTML: the searched words marked in their side.
        self._html = HtmlDelegate(self.table)
        for column in (0, 1):
            self.table.setItemDelegateForColumn(column, self._html)
        self._searched: tuple[str, str] = ("", "ko")  # the query shown, its language
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        # Search a moment after typing stops, and at once on Enter.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self.search)
        self.department.textChanged.connect(self._timer.start)
        self.lang.currentIndexChanged.connect(self._timer.start)
        self.date_from.dateChanged.connect(self._timer.start)
        self.date_to.dateChanged.connect(self._timer.start)

    def _date_box(self, name: str) -> QDateEdit:
        box = QDateEdit()
        box.setDisplayFormat("yyyy-MM-dd")
        box.setCalendarPopup(True)
        box.setMinimumDate(ANY_DATE)
        box.setSpecialValueText(self.tr("any"))
        box.setDate(ANY_DATE)
        box.setAccessibleName(name)
        return box

    def filters(self) -> ConcordanceFilter:
        def iso(box: QDateEdit) -> str:
            return "" if box.date() == ANY_DATE else box.date().toString("yyyy-MM-dd")

        return ConcordanceFilter(iso(self.date_from), iso(self.date_to),
                                 self.department.text().strip())

    def search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        if not text:
            self.show_hits([])
            return
        self.status.setText(self.tr("Searching…"))
        lang = self.lang.currentData()
        # The side the archive searches, as it decides when "either language" is asked.
        query = normalize(text)
        self._searched = (query, searched_side(query, lang))
        self.searchRequested.emit(text, lang, self.filters())

    def show_hits(self, hits: list[ArchiveSegment]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for hit in hits:
            row = [QStandardItem(hit.ko), QStandardItem(hit.en), QStandardItem(hit.release),
                   QStandardItem(hit.date)]
            row[2].setToolTip(" · ".join(x for x in (hit.release, hit.department) if x))
            needle, lang = self._searched
            for column, (side, text) in enumerate((("ko", hit.ko), ("en", hit.en))):
                row[column].setData(marked_html(text, needle if side == lang else "",
                                                side == "en"), HTML_ROLE)
            for item in row:
                item.setData(hit.id, Qt.ItemDataRole.UserRole)
                # Both sides start at the top of the row, however long the other is.
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.model.appendRow(row)
        self.table.resizeRowsToContents()
        if self.query.text().strip():
            self.status.setText(self.tr("%n hit(s)", "", len(hits)))
        else:
            self.status.clear()
