"""The release date and issue time fields: typed in any form the importer reads
("2026-12-03", "2026. 12. 3.", "2026년 12월 3일", "3 December 2026"), or picked from a
calendar (and a time) on the button beside the field."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)


def _parse_any(text: str) -> WrittenDate | None:
    # Imported when a date is read, not at start-up.
    from mfa_desk.text.dates import parse_any_date

    return parse_any_date(text)


def parse_date(text: str) -> dt.date | None:
    """A date in any form the importer reads; None for an empty field."""
    if not text.strip():
        return None
    found = _parse_any(text)
    if found is None:
        raise ValueError(text)
    return found.date


def parse_datetime(text: str) -> dt.datetime | None:
    """A date with an optional time ("2026. 12. 3. 14:00", "2026-12-03T14:00")."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    found = _parse_any(text)
    if found is None:
        raise ValueError(text)
    return dt.datetime.combine(found.date, found.time or dt.time(0, 0))

if TYPE_CHECKING:
    from mfa_desk.text.dates import WrittenDate


class PickerField(QWidget):
    """A line edit with a calendar button; picking writes the field and commits it."""

    def __init__(self, edit: QLineEdit, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.with_time = with_time
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        edit.setParent(self)
        layout.addWidget(edit, 1)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Pick"))
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setAccessibleName(self.tr("Pick from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout.addWidget(self.button)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        # The calendar is built when first opened: two calendars cost start-up time.
        self._calendar: QCalendarWidget | None = None
        self._time: QTimeEdit | None = None
        self.menu.aboutToShow.connect(self._show_current)

    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._build_popup()
        return self._calendar  # type: ignore[return-value]

    @property
    def time(self) -> QTimeEdit | None:
        self.calendar  # noqa: B018 - builds the popup, time field included
        return self._time

    def _build_popup(self) -> None:
        box = QWidget(self.menu)
        column = QVBoxLayout(box)
        self._calendar = QCalendarWidget(box)
        self._calendar.setGridVisible(True)
        column.addWidget(self._calendar)
        if self.with_time:
            self._time = QTimeEdit(box)
            self._time.setDisplayFormat("HH:mm")
            self._time.setAccessibleName(self.tr("Time"))
            column.addWidget(self._time)
        done = QPushButton(self.tr("Use this date"), box)
        done.clicked.connect(self.pick)
        column.addWidget(done)
        self._calendar.activated.connect(lambda _d: self.pick())
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(box)
        self.menu.addAction(holder)

    def _show_current(self) -> None:
        parse = parse_datetime if self.with_time else parse_date
        try:
            value = parse(self.edit.text())
        except ValueError:
            value = None
        day = value.date() if isinstance(value, dt.datetime) else value
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day) if day
                                      else QDate.currentDate())
        if self._time is not None:
            self._time.setTime(QTime(value.hour, value.minute)
                               if isinstance(value, dt.datetime) else QTime(10, 0))

    def pick(self) -> None:
        """Write the chosen date (and time) into the field, as ISO, and commit it."""
        day = self.calendar.selectedDate().toString(Qt.DateFormat.ISODate)
        if self._time is not None:
            day += " " + self._time.time().toString("HH:mm")
        self.menu.hide()
        self.edit.setText(day)
        self.edit.editingFinished.emit()
