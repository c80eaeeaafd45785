"""The part every flat table model writes the same way: no children, one
column per heading, the headings across the top. A model says what its
headings are (``headers``) and how many rows it has (``row_total``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from safeguard_desktop.views.i18n import word

Index = QModelIndex | QPersistentModelIndex


class HeadersTableModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Headings are marked QT_TRANSLATE_NOOP("Words", …) where declared.
            return word(self.headers[section])
        return None
