"""A priority area's cell (or a note's): its name in bold, its statement
under it in plain text, as the document sets them; questions are drawn as
usual."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from safeguard_desktop.views.self_assessment.assessment_model import KIND_ROLE

Index = QModelIndex | QPersistentModelIndex
_PAD = 4


class AreaTextDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        title, _, body = (index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        html = f"<b>{escape(title)}</b>" + "".join(f"<br>{escape(line)}" for line in body.split("\n") if body)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(max(option.rect.width() - 2 * _PAD, 40))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(KIND_ROLE) == "question":
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text_less = QStyleOptionViewItem(option)
        text_less.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_less, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.left() + _PAD, option.rect.top() + 1)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(KIND_ROLE) == "question":
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()) + 2 * _PAD, int(document.size().height()) + 2)
