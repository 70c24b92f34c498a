"""Help > User Guide and Help > Keyboard Shortcuts: one dialog with two tabs.

The guide is a short HTML page per interface language (resources/help/
user-guide.<lang>.html, English when the language has none); the keys are read
from the window's own menus when the dialog opens, so the list is always the keys
the window really has, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.resources import resource_path
from mfa_desk.ui.language.i18n import language_in_use

PAGES = ("guide", "keys")


def guide_html(language: str) -> str:
    for lang in (language, "en"):
        path = resource_path("help", f"user-guide.{lang}.html")
        if path.is_file():
            return path.read_text("utf-8")
    return ""


def menu_keys(menus: list[QMenu]) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action with a shortcut, submenus included."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)  # type: ignore[arg-type]
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in action.shortcuts() if _on_a_keyboard(k))
                if keys:
                    rows.append((title, _plain(action), keys))

    for menu in menus:
        walk(menu, menu.title().replace("&", ""))
    return rows


def _on_a_keyboard(sequence: QKeySequence) -> bool:
    """Not a multimedia key (a theme binds Redo to a "Redo" key few keyboards have)."""
    return sequence.count() > 0 and sequence[0].key().value < Qt.Key.Key_Back.value


def _plain(action: QAction) -> str:
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    # "파일(F)" keeps its mnemonic letter in brackets: drop it in a list of keys.
    if text.endswith(")") and len(text) > 3 and text[-3] == "(":
        text = text[:-3]
    return text.rstrip("…").rstrip(".")


class HelpDialog(QDialog):
    def __init__(self, menus: list[QMenu], page: str = "guide",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MFA Desk Help"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.guide = QTextBrowser(self)
        self.guide.setOpenExternalLinks(True)
        self.guide.setHtml(guide_html(language_in_use()))
        self.tabs.addTab(self.guide, self.tr("User Guide"))
        rows = menu_keys(menus)
        self.keys = QTableWidget(len(rows), 3, self)
        self.keys.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"),
                                             self.tr("Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                self.keys.setItem(r, c, item)
        self.keys.verticalHeader().hide()
        self.keys.horizontalHeader().setStretchLastSection(True)
        self.keys.resizeColumnsToContents()
        self.tabs.addTab(self.keys, self.tr("Keyboard Shortcuts"))
        self.tabs.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_help(window: QWidget, page: str) -> None:
    menus = [a.menu() for a in window.menuBar().actions()  # type: ignore[attr-defined]
             if a.menu() is not None]
    dialog = HelpDialog(menus, page, window)  # type: ignore[arg-type]
    dialog.exec()
    dialog.deleteLater()


def _register() -> None:
    from mfa_desk.ui.dialogs.dialog_registry import register_dialog

    register_dialog("help", lambda parent: HelpDialog([], "keys", parent))


_register()
