"""The review panel of the current segment: its comments, suggestions and Korean change.

Comments (with replies) can be added, answered, resolved and deleted; pending
suggestions (from a reviewed Word copy) accepted or dismissed. Every change is
one undoable step (SetReviewItems, or with the text in one Composite). For an
outdated English the panel shows how the Korean changed since it was translated.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.model.operations import Composite, SetText
from mfa_desk.model.release import DisplayStatus, Segment
from mfa_desk.model.review import Comment, Reply, SetReviewItems, now_utc
from mfa_desk.review.compare_html import pieces_html
from mfa_desk.text.diff import diff_texts
from mfa_desk.ui.document.release_document import ReleaseDocument


class CommentsPanel(QWidget):
    def __init__(self, document: ReleaseDocument, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.author = author
        self.segment_id: str | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        self.korean_label = QLabel(self.tr("The Korean changed since the English was "
                                           "translated:"), self)
        self.korean_change = QTextBrowser(self)
        self.korean_change.document().setDefaultStyleSheet(
            "del { color: #b00020; text-decoration: line-through; } "
            "ins { color: #006400; text-decoration: underline; }")
        self.korean_change.setMaximumHeight(70)
        layout.addWidget(self.korean_label)
        layout.addWidget(self.korean_change)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("By"), self.tr("When")])
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 2)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write a comment or a reply"))
        self.editor.setMaximumHeight(60)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("&Add Comment"), self.add_comment)
        self.reply_button = self._button(row, self.tr("Re&ply"), self.reply)
        self.resolve_button = self._button(row, self.tr("&Resolve"), self.toggle_resolved)
        self.delete_button = self._button(row, self.tr("&Delete"), self.delete_comment)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Suggestions from reviewers:"), self))
        self.suggestions = QListWidget(self)
        self.suggestions.setWordWrap(True)
        layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        self.accept_button = self._button(row, self.tr("A&ccept Suggestion"), self.accept)
        self.dismiss_button = self._button(row, self.tr("Dis&miss"), self.dismiss)
        layout.addLayout(row)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.suggestions.itemSelectionChanged.connect(self._enable)
        self.refresh()

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # ------------------------------------------------------------ showing
    def segment(self) -> Segment | None:
        if self.segment_id is None:
            return None
        return self.document.release.segment_by_id(self.segment_id)

    def set_segment(self, segment_id: str | None) -> None:
        if segment_id != self.segment_id:
            self.segment_id = segment_id
            self.refresh()

    def refresh(self) -> None:
        seg = self.segment()
        ref = self.document.release.ref_by_id(seg.id) if seg else None
        self.heading.setText(self.tr("Segment %1").replace("%1", ref.path) if ref else
                             self.tr("Put the cursor in a segment to see its comments"))
        outdated = seg is not None and seg.display_status() is DisplayStatus.OUTDATED
        self.korean_label.setVisible(outdated)
        self.korean_change.setVisible(outdated)
        if outdated and seg is not None:
            self.korean_change.setHtml(
                pieces_html(diff_texts(seg.source_ko, seg.text.ko, "ko")) if seg.source_ko
                else self.tr("(The earlier Korean text is not known: the English was marked "
                             "translated before MFA Desk kept it.)"))
        self.tree.clear()
        self.suggestions.clear()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        for comment in seg.comments if seg else []:
            mark = "✓ " if comment.resolved else ""
            item = QTreeWidgetItem([mark + comment.text, comment.author, _when(comment)])
            item.setToolTip(0, comment.text)
            item.setData(0, Qt.ItemDataRole.UserRole, comment.id)
            if comment.resolved:
                for col in range(3):
                    item.setForeground(col, grey)
            for reply in comment.replies:
                item.addChild(QTreeWidgetItem([reply.text, reply.author, _when(reply)]))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        for i, s in enumerate(seg.suggestions if seg else []):
            lang = self.tr("Korean") if s.lang == "ko" else self.tr("English")
            entry = QListWidgetItem(f"{lang} · {s.author}: {s.text}")
            entry.setData(Qt.ItemDataRole.UserRole, i)
            self.suggestions.addItem(entry)
        self._enable()

    def _enable(self) -> None:
        has_segment = self.segment() is not None and not self.document.read_only
        picked = self._picked_comment() is not None
        self.editor.setEnabled(has_segment)
        self.add_button.setEnabled(has_segment)
        for button in (self.reply_button, self.resolve_button, self.delete_button):
            button.setEnabled(has_segment and picked)
        comment = self._picked_comment()
        self.resolve_button.setText(self.tr("Re&open") if comment and comment.resolved
                                    else self.tr("&Resolve"))
        chosen = bool(self.suggestions.selectedItems())
        self.accept_button.setEnabled(has_segment and chosen)
        self.dismiss_button.setEnabled(has_segment and chosen)

    def _picked_comment(self) -> Comment | None:
        seg = self.segment()
        items = self.tree.selectedItems()
        if seg is None or not items:
            return None
        item = items[0].parent() or items[0]
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in seg.comments if c.id == wanted), None)

    # ------------------------------------------------------------ editing
    def _push_comments(self, comments: list[Comment], text: str) -> None:
        assert self.segment_id is not None
        self.document.push(SetReviewItems(self.segment_id, "comments", comments), text)

    def add_comment(self) -> None:
        seg = self.segment()
        text = self.editor.toPlainText().strip()
        if seg is None or not text:
            return
        self._push_comments([*copy.deepcopy(seg.comments),
                             Comment(self.author(), now_utc(), text)], self.tr("Add comment"))
        self.editor.clear()

    def _changed(self, change: Callable[[Comment], None], text: str) -> None:
        seg, picked = self.segment(), self._picked_comment()
        if seg is None or picked is None:
            return
        comments = copy.deepcopy(seg.comments)
        change(next(c for c in comments if c.id == picked.id))
        self._push_comments(comments, text)

    def reply(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            return
        self._changed(lambda c: c.replies.append(Reply(self.author(), now_utc(), text)),
                      self.tr("Reply to comment"))
        self.editor.clear()

    def toggle_resolved(self) -> None:
        self._changed(lambda c: setattr(c, "resolved", not c.resolved),
                      self.tr("Resolve comment"))

    def delete_comment(self) -> None:
        seg, picked = self.segment(), self._picked_comment()
        if seg is None or picked is None:
            return
        self._push_comments([c for c in copy.deepcopy(seg.comments) if c.id != picked.id],
                            self.tr("Delete comment"))

    def _chosen_suggestion(self) -> int | None:
        items = self.suggestions.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def accept(self) -> None:
        seg, index = self.segment(), self._chosen_suggestion()
        if seg is None or index is None:
            return
        chosen = seg.suggestions[index]
        rest = [s for i, s in enumerate(seg.suggestions) if i != index]
        self.document.push(Composite([SetText(seg.id, chosen.lang, chosen.text),
                                      SetReviewItems(seg.id, "suggestions", rest)],
                                     "Accept suggestion"), self.tr("Accept suggestion"))

    def dismiss(self) -> None:
        seg, index = self.segment(), self._chosen_suggestion()
        if seg is None or index is None:
            return
        rest = [s for i, s in enumerate(seg.suggestions) if i != index]
        self.document.push(SetReviewItems(seg.id, "suggestions", rest),
                           self.tr("Dismiss suggestion"))


def _when(item: Comment | Reply) -> str:
    return f"{item.time.astimezone():%Y-%m-%d %H:%M}"
