"""A meeting's agenda as an editable table; edits and moves go through
undoable store operations, and rows are dragged to reorder."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from safeguard_desktop.store.queries.meetings import AgendaRow
from safeguard_desktop.views.widgets.headers_table_model import HeadersTableModel
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.labels import code_word

COL_NUMBER, COL_TITLE, COL_PRESENTER, COL_PURPOSE, COL_PAPER, COL_CONFIDENTIAL = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Words", "No."),
    QT_TRANSLATE_NOOP("Words", "Item"),
    QT_TRANSLATE_NOOP("Words", "Presenter"),
    QT_TRANSLATE_NOOP("Words", "Purpose"),
    QT_TRANSLATE_NOOP("Words", "Paper"),
    QT_TRANSLATE_NOOP("Words", "Confidential"),
)
FIELDS = {
    COL_TITLE: "title",
    COL_PRESENTER: "presenter",
    COL_PURPOSE: "purpose",
    COL_PAPER: "paper_ref",
    COL_CONFIDENTIAL: "confidential",
}
PURPOSES = ("information", "discussion", "decision", "scrutiny")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-safeguard-agenda-item"

Index = QModelIndex | QPersistentModelIndex
# (item id, field, new value) -> applied; the page wraps it in an undo step.
SetField = Callable[[int, str, Any], bool]
MoveItem = Callable[[int, int], bool]


class AgendaTableModel(HeadersTableModel):
    headers = HEADERS

    def __init__(self, set_field: SetField, move_item: MoveItem, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._set_field = set_field
        self._move_item = move_item
        self.editable = True

    def set_rows(self, rows: Sequence[AgendaRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> AgendaRow:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if column == COL_CONFIDENTIAL:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.confidential else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = {
                COL_NUMBER: row.number,
                COL_TITLE: row.title,
                COL_PRESENTER: row.presenter,
                COL_PURPOSE: row.purpose,
                COL_PAPER: row.paper_ref,
            }[column]
            if role == Qt.ItemDataRole.DisplayRole and column == COL_PURPOSE and value:
                return code_word(value)
            return value or ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the space between and after rows: only a drop target
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == COL_CONFIDENTIAL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() not in FIELDS:
            return False
        row = self._rows[index.row()]
        field = FIELDS[index.column()]
        if field == "confidential":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        else:
            value = (str(value).strip() or None) if field != "title" else str(value).strip()
        return self._set_field(row.id, field, value)

    # -- drag to reorder -------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(MIME, QByteArray(str(self._rows[rows[0]].id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = int(bytes(data.data(MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        source = self.row_of(item_id)
        if target > source:
            target -= 1  # the dragged row leaves its place first
        if target != source:
            self._move_item(item_id, target)
        # The move is made in the store and the view re-reads the agenda;
        # returning False stops the view removing the "moved" row itself.
        return False
