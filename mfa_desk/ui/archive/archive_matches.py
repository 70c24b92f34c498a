"""The translation-memory dock: the current Korean segment's archive matches.

Each match shows its percentage (101 = context match), "adapted" when its numbers
were rewritten for ours, the archive's Korean with the difference from ours marked
(struck: only in the archive; underlined: only in ours), the English, and the
release and date it comes from. Ctrl+1..3 inserts that match's English.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from mfa_desk.archive.matching import DELETE, INSERT, Match

SHORTCUT_COUNT = 3


def diff_html(match: Match) -> str:
    out = []
    for kind, text in match.diff:
        t = html.escape(text)
        if kind == DELETE:
            out.append(f'<span style="background:#f6c6c6;text-decoration:line-through">{t}</span>')
        elif kind == INSERT:
            out.append(f'<span style="background:#c8ecc8;text-decoration:underline">{t}</span>')
        else:
            out.append(t)
    return "".join(out)


class MatchesPanel(QWidget):
    insertRequested = Signal(int)  # index of the match

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self.tr("Move to a Korean segment to see archive matches."))
        self.summary.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._clicked)
        self.view.setAccessibleName(self.tr("Archive matches"))
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.matches: list[Match] = []

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "insert" and url.path().isdigit():
            self.insertRequested.emit(int(url.path()))

    def show_matches(self, matches: list[Match]) -> None:
        self.matches = list(matches)
        if not matches:
            self.summary.setText(self.tr("No archive matches for this segment."))
            self.view.clear()
            return
        self.summary.setText(self.tr("%n match(es); Ctrl+1, Ctrl+2, Ctrl+3 insert the English.",
                                     "", len(matches)))
        parts = []
        adapted_word = html.escape(self.tr("adapted"))
        insert_word = html.escape(self.tr("insert"))
        for i, match in enumerate(matches):
            label = self.tr("context") if match.context else f"{match.score}%"
            adapted = f" · <i>{adapted_word}</i>" if match.adapted else ""
            key = f"Ctrl+{i + 1} · " if i < SHORTCUT_COUNT else ""
            source = html.escape(" ".join(x for x in (match.segment.release,
                                                      match.segment.date) if x))
            parts.append(
                f"<p><b>{label}</b>{adapted} <a href='insert:{i}'>{key}"
                f"{insert_word}</a><br/>"
                f"<span lang='ko'>{diff_html(match)}</span><br/>"
                f"<span lang='en'>{html.escape(match.en)}</span><br/>"
                f"<small style='color:#666'>{source}</small></p>")
        self.view.setHtml("".join(parts))

    def show_waiting(self) -> None:
        self.summary.setText(self.tr("Looking up the archive…"))

    def show_empty(self) -> None:
        self.matches = []
        self.summary.setText(self.tr("Move to a Korean segment to see archive matches."))
        self.view.clear()
