"""How the grid's typed cells look and are edited.

Spreadsheet keys live here for editors: Enter stores and moves down, Tab and
Shift+Tab store and move across, Esc cancels, Alt+Enter is a new line in long
text. An editor opened by typing replaces the cell (its text starts
selected), and then, as in Excel, the arrow keys store and move on.

Long text is saved as it is typed: SAVE_PAUSE_MS after the typing stops
(one undo step however many saves, as SetCells merges them). An open editor
is the user's: a save landing, or anything else that changes its cell,
never refills it under the cursor.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from safeguard_desktop.core.rag import RAG_VALUES, rag_label
from safeguard_desktop.views.grid.action_table_model import DEPTH_ROLE, UNDERSTOOD_ROLE
from safeguard_desktop.views.labels import ACTION_STATUSES
from safeguard_desktop.views.i18n import word

Index = QModelIndex | QPersistentModelIndex
# closeEditor hints the grid reads as "store and move": Enter goes down,
# an arrow in replace mode goes its way.
MOVE_DOWN = QAbstractItemDelegate.EndEditHint.SubmitModelCache
_ARROWS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right}
_SELECTION_FRAME = QColor("#1F5FA8")
# How far a nested activity's text steps in, per level.
INDENT = 18
# Typing in a long-text cell pauses this long before it is saved.
SAVE_PAUSE_MS = 300
_SAVE_TIMER = "saveWhileTyping"


class GridDelegate(QStyledItemDelegate):
    """Plain text cells, and the key handling every editor shares."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.arrow_moves: Qt.Key | None = None  # the arrow that closed the last editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # The view calls this again whenever the cell's data changes while
        # the editor is open (a save while typing does that): the text being
        # typed, its cursor and selection stay as they are.
        if editor.property("filled"):
            return
        editor.setProperty("filled", True)
        self.fill(editor, index)
        # The grid says whether a typed key opened the editor: then the key
        # replaces the cell's text instead of being added to it.
        replacing = bool(getattr(self.parent(), "replacing", False))
        editor.setProperty("replacing", replacing)
        if replacing and isinstance(editor, (QLineEdit, QPlainTextEdit)):
            editor.selectAll()

    def fill(self, editor: QWidget, index: Index) -> None:
        super().setEditorData(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QWidget):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key == Qt.Key.Key_Escape and editor.property("saved") and not key_event.modifiers():
                self.revert(editor)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if isinstance(editor, QPlainTextEdit) and key_event.modifiers() & Qt.KeyboardModifier.AltModifier:
                    editor.insertPlainText("\n")
                    return True
                if isinstance(editor, QComboBox) and editor.view().isVisible():
                    return super().eventFilter(editor, event)
                self._store_and_close(editor, MOVE_DOWN)
                return True
            if key in _ARROWS and editor.property("replacing") and not key_event.modifiers():
                if not (isinstance(editor, QComboBox) and editor.view().isVisible()):
                    self.arrow_moves = Qt.Key(key)
                    self._store_and_close(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                    return True
        return super().eventFilter(editor, event)

    def _store_and_close(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def revert(self, editor: QWidget) -> None:
        """Esc after the editor saved while typing: the cell goes back to
        what it held when the editor opened (Esc then closes as ever)."""


class LongTextDelegate(GridDelegate):
    """A multi-line editor at least a few lines tall, for the long columns,
    saved as it is typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        # Taller than its cell: it must hide the rows it covers.
        editor.setAutoFillBackground(True)
        editor.setStyleSheet("QPlainTextEdit { background: white; border: 2px solid #1F5FA8; }")
        timer = QTimer(editor, singleShot=True, interval=SAVE_PAUSE_MS)
        timer.setObjectName(_SAVE_TIMER)
        timer.timeout.connect(lambda: self._save_typed(editor))
        return editor

    def fill(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setPlainText(text)
        editor.setProperty("original", text)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        timer = editor.findChild(QTimer, _SAVE_TIMER)
        if timer is not None:  # typing from here on is saved
            editor.textChanged.connect(timer.start)

    def _save_typed(self, editor: QPlainTextEdit) -> None:
        editor.setProperty("saved", True)
        self.commitData.emit(editor)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        timer = editor.findChild(QTimer, _SAVE_TIMER)
        if timer is not None:
            timer.stop()  # whatever was waiting to be saved is saved now
        if editor.toPlainText() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.toPlainText())

    def revert(self, editor: QWidget) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(editor.property("original") or "")
        self.commitData.emit(editor)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), 96))
        editor.setGeometry(rect)


class ActivityTextDelegate(LongTextDelegate):
    """The "What?" column, where a work plan's nested activity steps in by its
    depth. Only this column pays for the Python paint: the other long
    columns keep Qt's own."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A nested activity's text steps in by its depth, as the document
        indents it; the step keeps the cell's fill."""
        depth = index.data(DEPTH_ROLE) or 0
        if not depth:
            super().paint(painter, option, index)
            return
        fill = (option.palette.highlight() if option.state & QStyle.StateFlag.State_Selected
                else index.data(Qt.ItemDataRole.BackgroundRole))
        step = QRect(option.rect)
        step.setWidth(depth * INDENT)
        if fill is not None:
            painter.fillRect(step, fill)
        painter.save()
        painter.setPen(QColor("#8A94A6"))
        painter.drawText(step.adjusted(0, 2, -4, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "↳")
        painter.restore()
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(depth * INDENT, 0, 0, 0)
        super().paint(painter, inner, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        depth = index.data(DEPTH_ROLE) or 0
        if not depth:
            return super().sizeHint(option, index)
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(depth * INDENT, 0, 0, 0)
        return super().sizeHint(inner, index)


class TextDelegate(GridDelegate):
    """One-line text; stores only when the text really changed, so opening
    and leaving a cell writes nothing to the audit trail."""

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.text() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.text())


class LeadDelegate(TextDelegate):
    """"Who will lead?": free text, completed from the workspace's people,
    agencies and groups and the names already used in the plan."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.names: list[str] = []

    def set_names(self, names: Sequence[str]) -> None:
        self.names = sorted(set(names), key=str.casefold)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class ChoiceDelegate(GridDelegate):
    """A drop-down of the column's values (RAG, CAB, status), plus empty."""

    def __init__(self, parent: QWidget, choices: Sequence[tuple[str | None, str]]) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for value, label in self.choices:
            editor.addItem(label, value)
        return editor

    def fill(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentText() if value is not None else None)


class RagDelegate(ChoiceDelegate):
    """The rating as its colour with the word on it; the colour stays when
    the cell is selected (a frame shows the selection instead)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, [(None, ""), *((value, word(rag_label(value))) for value in RAG_VALUES)])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fill = index.data(Qt.ItemDataRole.BackgroundRole)
        if fill is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, fill)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, index.data() or "")
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(_SELECTION_FRAME, 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()


def cab_delegate(parent: QWidget) -> ChoiceDelegate:
    return ChoiceDelegate(parent, [(None, ""), ("C", "C"), ("A", "A"), ("B", "B")])


def status_delegate(parent: QWidget) -> ChoiceDelegate:
    return ChoiceDelegate(parent, [(code, word(text)) for code, text in ACTION_STATUSES.items()])


class WhenDelegate(TextDelegate):
    """The user's words as written, and under them, smaller, the date they
    were understood as (which drives overdue highlighting)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        understood = index.data(UNDERSTOOD_ROLE)
        if not understood:
            super().paint(painter, option, index)
            return
        note_height = option.fontMetrics.height()
        words = QStyleOptionViewItem(option)
        words.rect = option.rect.adjusted(0, 0, 0, -note_height)
        super().paint(painter, words, index)
        painter.save()
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(QColor("#9C0006") if index.data(Qt.ItemDataRole.ForegroundRole) else QColor("#5A6270"))
        note = option.rect.adjusted(4, option.rect.height() - note_height - 2, -4, -2)
        painter.drawText(note, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"→ {understood}")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(UNDERSTOOD_ROLE):
            size.setHeight(size.height() + option.fontMetrics.height())
        return size
