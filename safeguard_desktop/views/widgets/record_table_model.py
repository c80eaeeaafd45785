"""A read-only table model over a short list of plain records (plans,
meetings, people: tens to hundreds of rows). Big tables have paged models
of their own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from safeguard_desktop.views.i18n import word
from safeguard_desktop.views.accessibility import ink_on_fill

R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    value: Callable[[R], Any]
    colour: Callable[[R], str | None] | None = None  # a cell's fill, "#RRGGBB", where it says something


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], id_of: Callable[[R], int], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id_of = id_of
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[index.column()].value(record)
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return self._id_of(record)
        colour = self._columns[index.column()].colour
        if role == Qt.ItemDataRole.ForegroundRole:
            return ink_on_fill(index)
        if role == Qt.ItemDataRole.BackgroundRole and colour is not None:
            fill = colour(record)
            return QColor(fill) if fill else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            # Headings are marked QT_TRANSLATE_NOOP("Words", …) where declared.
            return word(self._columns[section].header)
        return None
