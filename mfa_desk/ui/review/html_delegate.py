"""Table cells drawn from HTML: the version comparison's <del>/<ins> and the concordance's
marked search term. The text is in the item's HTML_ROLE, wrapped to the column width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
# Colours that also read in black and white: struck through / underlined.
_CSS = "del { color: #b00020; text-decoration: line-through; } " \
       "ins { color: #006400; text-decoration: underline; }"


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (with <del>/<ins>) wrapped to the column width."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultStyleSheet(_CSS)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(40, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        doc = self._document(option, index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget
        # option.rect is not the cell's yet here: wrap to the column's width.
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 300
        doc = self._document(option, index, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)
