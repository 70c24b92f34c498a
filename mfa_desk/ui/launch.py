"""Start the editor: a QApplication and a main window on the given file."""

from __future__ import annotations

import sys


def run_editor(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    from mfa_desk.resources import sample_release_path

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle(f"{argv[0] if argv else sample_release_path().name} — MFA Desk")
    window.setCentralWidget(QTextEdit())
    window.show()
    return app.exec()
