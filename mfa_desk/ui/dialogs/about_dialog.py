"""Help > About: the version, the project's licence and the third-party notice.

The version comes from `mfa_desk.__version__` (pyproject.toml, or the
`_version.py` fallback inside a bundle), so the dialog always agrees with
`mfa-desk --version`. The licence texts are read from the files shipped beside
`resources/` (the source tree's root, or the bundle's root), never copied
into code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mfa_desk import __version__
from mfa_desk.resources import resource_path, resources_dir

LICENSE_FILE = "LICENSE"
NOTICES_FILE = "THIRD-PARTY-NOTICES.md"
ICON_SIZE = 64


def shipped_text_path(name: str) -> Path:
    """A licence file: beside resources/ in the source tree and in the bundle."""
    return resources_dir().parent / name


class AboutDialog(QDialog):
    """Name, version, licence and the components the application bundles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About MFA Desk"))
        self.setObjectName("aboutDialog")

        icon_label = QLabel()
        pixmap = QPixmap(str(resource_path("icons", f"mfa-desk-{ICON_SIZE}.png")))
        if not pixmap.isNull():
            icon_label.setPixmap(pixmap)
        # The product's name is translated: "MFA 데스크" in Korean, as in the menus.
        self.title_label = QLabel(self.tr("MFA Desk"))
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version_label.setObjectName("versionLabel")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("An editor for bilingual Korean and English press releases."))
        summary.setWordWrap(True)
        self.licence_label = QLabel(
            self.tr("Released under the MIT licence. Qt for Python (PySide6) and Enchant are "
                    "used under the GNU LGPL version 3 and 2.1; their libraries are separate "
                    "files in the application folder and can be replaced."))
        self.licence_label.setWordWrap(True)

        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.version_label)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.licence_text = self._text_view(LICENSE_FILE, markdown=False)
        self.notices_text = self._text_view(NOTICES_FILE, markdown=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.licence_text, self.tr("Licence"))
        self.tabs.addTab(self.notices_text, self.tr("Third-party software"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licence_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _text_view(self, name: str, markdown: bool) -> QTextBrowser:
        view = QTextBrowser()
        view.setOpenExternalLinks(True)
        path = shipped_text_path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            # A damaged installation: say which file is missing rather than show nothing.
            view.setPlainText(self.tr("{path} is missing from this installation.")
                              .format(path=path))
            return view
        if markdown:
            view.setMarkdown(text)
        else:
            view.setPlainText(text)
        return view


def show_about_dialog(parent: QWidget | None = None) -> None:
    """Open the About dialog modally (Help > About)."""
    AboutDialog(parent).exec()


def _register() -> None:
    from mfa_desk.ui.dialogs.dialog_registry import register_dialog

    register_dialog("about", lambda parent: AboutDialog(parent))


_register()
