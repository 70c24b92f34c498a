"""Helpers for the editor tests."""

from __future__ import annotations


def type_with_input_method(cell, text: str) -> None:
    """Type Korean as an input method does: a preedit (composition) per syllable, then commit.

    QTest.keyClicks cannot send Hangul (it maps characters to Latin-1 keys); this is
    also the path a real Korean IME takes, so the tests cover composition.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    for ch in text:
        preedit = QInputMethodEvent(ch, [])
        QCoreApplication.sendEvent(cell, preedit)
        commit = QInputMethodEvent()
        commit.setCommitString(ch)
        QCoreApplication.sendEvent(cell, commit)
