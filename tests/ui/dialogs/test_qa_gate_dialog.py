"""The QA gate's list shows each problem whole, wrapped, not cut at the dialog's edge."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mfa_desk.checks.qa_gate import OPEN_ERROR, GateProblem
from mfa_desk.ui.dialogs.qa_gate_dialog import QaGateDialog


def test_a_long_message_wraps_inside_the_list(qtbot) -> None:
    long = "This Korean point has no English translation " * 4
    dialog = QaGateDialog([GateProblem(OPEN_ERROR, "points[3]", "x", long)], "Print anyway?")
    qtbot.addWidget(dialog)
    dialog.resize(480, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    item = dialog.list.item(0)
    assert long.strip() in item.text()
    assert dialog.list.wordWrap()
    assert dialog.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # Wrapped: the row is taller than one line, and no wider than the list.
    rect = dialog.list.visualItemRect(item)
    assert rect.height() > 2 * dialog.list.fontMetrics().lineSpacing()
    assert rect.width() <= dialog.list.viewport().width()
