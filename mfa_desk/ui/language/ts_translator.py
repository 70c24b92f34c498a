"""A translator that reads the Qt Linguist source (.ts) itself.

An installed package carries only `mfa_desk_ko.ts` (the .qm is a build output of
`make translations`, never committed, so it can never be stale in git); the editor
reads the .ts at start-up (~300 messages: a few milliseconds) when no .qm at least
as new sits beside it. Unfinished, obsolete and vanished entries are left out, as
lrelease does; plural forms use the first form (Korean has one) and Qt replaces %n.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator

_SKIPPED = ("unfinished", "obsolete", "vanished")


def read_ts(path: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation, for the finished entries."""
    table: dict[tuple[str, str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in _SKIPPED:
                continue
            forms = node.findall("numerusform")
            text = (forms[0].text or "") if forms else (node.text or "")
            if text:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = text
    return table


class TsTranslator(QTranslator):
    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = read_ts(path)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        # None, not "": an empty string would count as a translation and blank the text.
        return self.table.get((context, source, disambiguation or ""))

    def isEmpty(self) -> bool:  # type: ignore[override]
        return not self.table
