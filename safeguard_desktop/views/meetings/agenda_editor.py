"""The agenda editor: add, edit, remove and reorder items (drag, or
Ctrl+Up / Ctrl+Down), and start the agenda from the group's standing items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import meetings as q
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.agenda_model import COL_PURPOSE, COL_TITLE, PURPOSES, AgendaTableModel
from safeguard_desktop.views.meetings.commands import run_create, run_edit
from safeguard_desktop.views.widgets.key_table import CTRL, KeyTable
from safeguard_desktop.views.labels import code_word


class PurposeDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", None)
        for purpose in PURPOSES:
            combo.addItem(code_word(purpose), purpose)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or None)))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class AgendaEditor(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.model = AgendaTableModel(self._set_field, self._move_to, self)
        self.table = KeyTable()
        self.table.bind((Qt.Key.Key_Up, Qt.Key.Key_Down),
                        lambda key: self._move_by(-1 if key == Qt.Key.Key_Up else 1), modifiers=CTRL)
        self.table.bind(Qt.Key.Key_Insert, lambda _key: self.add_item(), while_editing=False)
        self.table.bind(Qt.Key.Key_Delete, lambda _key: self.remove_item(), while_editing=False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setItemDelegateForColumn(COL_PURPOSE, PurposeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No items yet. Start from the group's standing items (apologies, minutes of the last "
                "meeting, matters arising), or add items with Insert."
            )
        )
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add item (Insert)"), self.add_item),
            (self.tr("Remove (Delete)"), self.remove_item),
            (self.tr("Start from standing items"), self.start_from_standing),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Drag rows, or Ctrl+Up / Ctrl+Down, to reorder"))
        hint.setWordWrap(True)
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_meeting(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        ws = self.context.workspace
        current = self.table.currentIndex()
        keep = self.model.row(current.row()).id if current.isValid() else None
        info = q.meeting_info(ws, self.meeting_id)
        self.model.editable = not (info.locked or self.context.read_only)
        self.model.set_rows(q.agenda(ws, self.meeting_id))
        self.empty.setVisible(self.model.rowCount() == 0)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.setCurrentIndex(self.model.index(row, current.column()))
        self.changed.emit()

    def flush(self) -> None:
        """A cell being edited is saved as if Enter had been pressed. The
        editor is closed first, while its cell still exists: saving re-reads
        the agenda, which would otherwise orphan the open editor."""
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index)
        if editor is None:
            return
        self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.table.itemDelegateForIndex(index).setModelData(editor, self.model, index)

    # -- edits -----------------------------------------------------------
    def _set_field(self, item_id: int, field: str, value: Any) -> bool:
        ws = self.context.workspace
        old = getattr(self.model.row(self.model.row_of(item_id)), field)
        return run_edit(
            self.context,
            self.tr("Agenda: {field}").format(field=field.replace("_", " ")),
            lambda: ops.set_agenda_field(ws, item_id, field, value),
            lambda: ops.set_agenda_field(ws, item_id, field, old),
            self.refresh,
        )

    def _move_to(self, item_id: int, index: int) -> bool:
        ws = self.context.workspace
        old = self.model.row_of(item_id)
        moved = run_edit(
            self.context,
            self.tr("Move agenda item"),
            lambda: ops.move_agenda_item(ws, item_id, index),
            lambda: ops.move_agenda_item(ws, item_id, old),
            self.refresh,
        )
        if moved:
            self.table.setCurrentIndex(self.model.index(self.model.row_of(item_id), COL_TITLE))
        return moved

    def _move_by(self, delta: int) -> None:
        index = self.table.currentIndex()
        target = index.row() + delta
        if index.isValid() and 0 <= target < self.model.rowCount():
            self._move_to(self.model.row(index.row()).id, target)

    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        ws, meeting_id = self.context.workspace, self.meeting_id
        created = run_create(
            self.context,
            self.tr("Add agenda item"),
            lambda: ops.add_agenda_item(ws, meeting_id=meeting_id, title=self.tr("New item")),
            lambda ids: ops.restore_agenda_items(ws, ids),
            lambda ids: ops.remove_agenda_items(ws, ids),
            self.refresh,
        )
        if created:
            index = self.model.index(self.model.row_of(created[0]), COL_TITLE)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_item(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        ws, item_id = self.context.workspace, self.model.row(index.row()).id
        run_edit(
            self.context,
            self.tr("Remove agenda item"),
            lambda: ops.remove_agenda_items(ws, [item_id]),
            lambda: ops.restore_agenda_items(ws, [item_id]),
            self.refresh,
        )

    def start_from_standing(self) -> None:
        if self.meeting_id is None:
            return
        ws, meeting_id = self.context.workspace, self.meeting_id
        created = run_create(
            self.context,
            self.tr("Start agenda from standing items"),
            lambda: ops.start_agenda_from_standing_items(ws, meeting_id),
            lambda ids: ops.restore_agenda_items(ws, ids),
            lambda ids: ops.remove_agenda_items(ws, ids),
            self.refresh,
        )
        if created == []:  # done, but there was nothing to add (a refusal has said why already)
            self.context.show_status(
                self.tr(
                    "This group has no standing items yet: add them under People & agencies, "
                    "on the group's Standing items tab."
                )
            )
