"""The release details (metadata) panel; collapsible. Every edit is an undoable SetField."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from mfa_desk.constants import (
    KO_NUMBERING_BOX,
    KO_NUMBERING_NUMBER,
    TIMING_EMBARGO,
    TIMING_ON_ISSUE,
    TIMING_SET_TIME,
)
from mfa_desk.model.release import Contact
from mfa_desk.ui.details.workflow_names import state_names
from mfa_desk.ui.document.release_document import ReleaseDocument

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QComboBox, QLineEdit

DOCUMENT_TYPES = ("보도자료", "보도참고자료", "보도설명자료")
CATEGORIES = ("Press Releases", "Press Briefings", "Ministry News")


ROLES = ("responsible", "contact")
# What MetadataPanel.build_form() makes.
_FORM_PARTS = frozenset({
    "document_type", "category", "timing", "timing_text", "date", "issued_at", "role_names",
    "department", "release_number", "contacts", "numbering", "unofficial", "contacts_table_action",
    "embargo_until", "workflow", "_forms"})


def table_icon(widget: QWidget) -> QIcon:
    """A small table, drawn in the field's text colour: the style's own icon would make
    PySide create QStyle's enums (~5 ms of the first paint, the form being open)."""
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(int(16 * ratio), int(16 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(widget.palette().text().color())
    painter.drawRect(1, 2, 13, 11)
    for y in (5, 8, 11):
        painter.drawLine(1, y, 14, y)
    painter.drawLine(5, 2, 5, 13)
    painter.end()
    return QIcon(pixmap)


def format_contacts(contacts: list[Contact], role_names: dict[str, str] | None = None) -> str:
    """The contacts as one line; `role_names` shows the stored roles in the interface
    language ("responsible" -> "책임자")."""
    names = role_names or {}
    return "; ".join(" / ".join(p for p in (c.department, names.get(c.role, c.role), c.rank,
                                            c.name, c.phone))
                     for c in contacts)


def parse_contacts(text: str, role_names: dict[str, str] | None = None) -> list[Contact]:
    """"department / role / rank / name / phone; ..." -> contacts (missing parts empty).
    A role typed in Korean (책임자, 담당자, 문의) or as shown in the interface is stored
    as the file format's `responsible` / `contact`."""
    # Imported when used: the header parser's module costs ~80 ms of start-up.
    from mfa_desk.formats.plaintext.korean_header import ROLE_OF_FIELD

    known = {**ROLE_OF_FIELD, **{name: role for role, name in (role_names or {}).items()},
             **{role: role for role in ROLES}}
    contacts = []
    for chunk in text.split(";"):
        if not chunk.strip():
            continue
        parts = [p.strip() for p in chunk.split("/")] + [""] * 5
        role = known.get(parts[1], known.get(parts[1].lower(), parts[1]))
        contacts.append(Contact(department=parts[0], role=role, rank=parts[2],
                                name=parts[3], phone=parts[4]))
    return contacts


class MetadataPanel(QWidget):
    """A header button that folds a form of the release's details."""

    invalidInput = Signal(str)
    contactsTableRequested = Signal()  # the contacts in a table editor (the window opens it)

    def __init__(self, document: ReleaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._updating = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 0)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(self.tr("Show or hide release details"))
        self.toggle.toggled.connect(self.set_expanded)
        outer.addWidget(self.toggle)
        self.form_box = QWidget(self)
        outer.addWidget(self.form_box)
        self._built = False
        self._languages: list[str] | None = None
        document.metadataChanged.connect(lambda _name: self._show_summary())
        self.set_expanded(False)

    def __getattr__(self, name: str) -> object:
        # Only for names not (yet) set: the form's fields, made at the first use.
        if not self.__dict__.get("_built", True) and name in _FORM_PARTS:
            self.build_form()
            return getattr(self, name)
        raise AttributeError(name)

    def build_form(self) -> None:
        """Make the form (idempotent). Folded at start, it is not needed for the
        window's first paint (~13 ms of it at 1,003 segments, issue 16): made when
        first unfolded or used, or right after the first paint."""
        from PySide6.QtWidgets import (
            QCheckBox,
            QComboBox,
            QFormLayout,
            QGridLayout,
            QLabel,
            QLineEdit,
        )

        from mfa_desk.ui.details.date_fields import PickerField, parse_date, parse_datetime

        if self._built:
            return
        self._built = True
        document = self.document
        grid = QGridLayout(self.form_box)
        grid.setContentsMargins(0, 0, 0, 4)
        left, right = QFormLayout(), QFormLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        self.document_type = self._combo(DOCUMENT_TYPES, "metadata.document_type")
        self.category = self._combo(CATEGORIES, "metadata.category")
        self.timing = QComboBox(self)
        for value, label in ((TIMING_ON_ISSUE, self.tr("On issue (즉시)")),
                             (TIMING_EMBARGO, self.tr("Embargo (엠바고)")),
                             (TIMING_SET_TIME, self.tr("Set time (시각지정)"))):
            self.timing.addItem(label, value)
        self.timing.activated.connect(
            lambda _i: self._set("metadata.timing", self.timing.currentData()))
        self.timing_text = self._line("metadata.timing_text")
        self.date = self._line("metadata.date", parse_date, self.tr("2026-12-03 or 2026. 12. 3."),
                               self.tr("The release date"))
        self.issued_at = self._line("metadata.issued_at", parse_datetime,
                                    self.tr("2026-12-03 10:00"), self.tr("The issue time"))
        self.role_names = {"responsible": self.tr("responsible"),
                           "contact": self.tr("contact")}
        self.department = self._line("metadata.department")
        self.release_number = self._line("metadata.release_number")
        self.contacts = self._line("metadata.contacts",
                                   lambda text: parse_contacts(text, self.role_names),
                                   self.tr("department / role / rank / name / phone; …"),
                                   self.tr("The contacts"))
        self.numbering = QComboBox(self)
        self.numbering.addItem(self.tr("□ boxes"), KO_NUMBERING_BOX)
        self.numbering.addItem(self.tr("1. numbers"), KO_NUMBERING_NUMBER)
        self.numbering.activated.connect(
            lambda _i: self._set("korean_numbering", self.numbering.currentData()))
        self.unofficial = QCheckBox(self.tr("English is an unofficial translation"), self)
        self.unofficial.toggled.connect(
            lambda on: None if self._updating else self._set("unofficial_translation", on))

        left.addRow(self.tr("Document type"), self.document_type)
        left.addRow(self.tr("Category (English)"), self.category)
        left.addRow(self.tr("Release timing"), self.timing)
        left.addRow(self.tr("Timing as written"), self.timing_text)
        left.addRow(self.tr("Korean point markers"), self.numbering)
        right.addRow(self.tr("Release date"), PickerField(self.date, False, self))
        right.addRow(self.tr("Issued at"), PickerField(self.issued_at, True, self))
        right.addRow(self.tr("Department"), self.department)
        right.addRow(self.tr("Contacts"), self.contacts)
        table = self.contacts.addAction(table_icon(self.contacts),
                                        QLineEdit.ActionPosition.TrailingPosition)
        table.setToolTip(self.tr("Edit the contacts in a table"))
        table.triggered.connect(lambda _c=False: self.contactsTableRequested.emit())
        self.contacts_table_action = table
        right.addRow(self.tr("Release number"), self.release_number)
        right.addRow("", self.unofficial)
        # Sign-off state and history, and the embargo time the stamp shows.
        from mfa_desk.ui.details.workflow_view import WorkflowView

        self.embargo_until = self._line("metadata.embargo_until", parse_datetime,
                                        self.tr("YYYY-MM-DD HH:MM"))
        left.addRow(self.tr("Embargo until"), self.embargo_until)
        self.workflow = WorkflowView(document, self)
        left.addRow(self.tr("Sign-off"), self.workflow)
        self._forms = (left, right)
        for form in (left, right):
            for i in range(form.rowCount()):
                label_item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
                field_item = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
                if label_item is None or field_item is None:
                    continue
                caption, widget = label_item.widget(), field_item.widget()
                if isinstance(caption, QLabel) and widget is not None:
                    if isinstance(widget, PickerField):
                        widget = widget.edit
                    widget.setAccessibleName(caption.text())
        document.metadataChanged.connect(lambda _name: self.refresh())
        self.refresh()
        if self._languages is not None:
            self.show_languages(self._languages)

    def show_languages(self, languages: list[str]) -> None:
        """Hide the fields a release without English (or Korean) does not use."""
        self._languages = list(languages)
        if not self._built:
            return  # applied when the form is made
        english, korean = "en" in languages, "ko" in languages
        left, right = self._forms
        for form, field, shown in ((left, self.category, english),
                                   (right, self.unofficial, english and korean),
                                   (left, self.numbering, korean)):
            form.setRowVisible(field, shown)

    def set_expanded(self, expanded: bool) -> None:
        if expanded:
            self.build_form()
        self.form_box.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)
        self._show_summary()

    def summary(self) -> str:
        """The details on one line, for the folded header: date, document type or
        category, department and sign-off state."""
        release = self.document.release
        m = release.metadata
        kind = m.document_type if "ko" in release.languages else m.category
        filled = [p for p in (m.date.isoformat() if m.date else "", kind, m.department) if p]
        return " · ".join([*(filled or [self.tr("not filled in")]),
                           state_names()[release.workflow]])

    def _show_summary(self) -> None:
        # Folded (the default on an existing release), the header still says what the
        # details are; open, the form shows them and the header is just its name.
        if self.toggle.isChecked():
            self.toggle.setText(self.tr("Release details"))
        else:
            self.toggle.setText(self.tr("Release details — %1").replace("%1", self.summary()))

    # ------------------------------------------------------------ widgets
    def _combo(self, choices: tuple[str, ...], name: str) -> QComboBox:
        from PySide6.QtWidgets import QComboBox

        combo = QComboBox(self)
        combo.setEditable(True)
        combo.addItems(list(choices))
        edit = combo.lineEdit()
        assert edit is not None  # an editable combo box has one
        edit.editingFinished.connect(lambda: self._set(name, combo.currentText()))
        combo.activated.connect(lambda _i: self._set(name, combo.currentText()))
        return combo

    def _line(self, name: str, parse: Callable[[str], Any] | None = None,
              placeholder: str = "", what: str = "") -> QLineEdit:
        from PySide6.QtWidgets import QLineEdit

        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)

        def commit() -> None:
            try:
                value = parse(edit.text()) if parse else edit.text()
            except ValueError:
                # A sentence naming the field as its label does, with an example.
                self.invalidInput.emit(self.tr("%1 “%2” cannot be read; write it like %3.")
                                       .replace("%1", what or self.tr("The value"))
                                       .replace("%2", edit.text()).replace("%3", placeholder))
                self.refresh()
                return
            self._set(name, value)

        edit.editingFinished.connect(commit)
        return edit

    def _set(self, name: str, value: Any) -> None:
        if self._updating:
            return
        from mfa_desk.model.operations import _field_owner

        owner, attr = _field_owner(self.document.release, name)
        if getattr(owner, attr) != value:
            self.document.set_field(name, value)

    def refresh(self) -> None:
        """Show the release's current values (after undo, or on open)."""
        if not self._built:
            return  # the form shows them when it is made
        self._updating = True
        try:
            r = self.document.release
            m = r.metadata
            self.document_type.setCurrentText(m.document_type)
            self.category.setCurrentText(m.category)
            self.timing.setCurrentIndex(max(0, self.timing.findData(m.timing)))
            self.timing_text.setText(m.timing_text)
            self.date.setText(m.date.isoformat() if m.date else "")
            self.issued_at.setText(m.issued_at.strftime("%Y-%m-%d %H:%M") if m.issued_at else "")
            self.department.setText(m.department)
            self.release_number.setText(m.release_number)
            self.contacts.setText(format_contacts(m.contacts, self.role_names))
            self.numbering.setCurrentIndex(max(0, self.numbering.findData(r.korean_numbering)))
            self.unofficial.setChecked(r.unofficial_translation)
            until = m.embargo_until
            self.embargo_until.setText(until.strftime("%Y-%m-%d %H:%M") if until else "")
            for edit in (self.timing_text, self.date, self.issued_at, self.department,
                         self.release_number, self.contacts):
                edit.setCursorPosition(0)  # show the start of a long value, not its end
        finally:
            self._updating = False

