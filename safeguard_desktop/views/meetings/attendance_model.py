"""One level (groups, agencies or seats) of the attendance analysis as a table."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safeguard_desktop.store.queries.attendance import AnalysisRow
from safeguard_desktop.views.widgets.headers_table_model import HeadersTableModel

FIGURES = (("Expected", "expected"), ("In person", "in_person"), ("By deputy", "by_deputy"),
           ("Apologies", "apologies"), ("Absent", "absent"), ("Not marked", "unmarked"), ("Attended", "attended"))
LEADING = {"group": (("Group", "group"),),
           "agency": (("Agency", "agency"),),
           "seat": (("Group", "group"), ("Seat", "seat"), ("Agency", "agency"), ("Held by", "holder"))}
FLAG_TEXT = {"seat": "Persistent non-attendance"}
FLAG_TEXT_ABOVE_SEATS = "A seat is flagged"
FLAG_FILL = "#f9d6d5"

Index = QModelIndex | QPersistentModelIndex


class AttendanceTableModel(HeadersTableModel):
    def __init__(self, level: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = (*LEADING[level], *FIGURES, ("Rate", "rate"), ("Flag", "persistent_non_attendance"))
        self.headers = tuple(title for title, _field in self._columns)
        self._rows: list[AnalysisRow] = []

    def set_rows(self, rows: Sequence[AnalysisRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        field = self._columns[index.column()][1]
        value = getattr(row, field)
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "rate":
                return "–" if value is None else f"{value:.0%}"
            if field == "persistent_non_attendance":
                return FLAG_TEXT.get(row.level, FLAG_TEXT_ABOVE_SEATS) if value else ""
            if field == "agency" and value is None:
                return "(no agency)"
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) and field != "persistent_non_attendance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.persistent_non_attendance:
            return QBrush(QColor(FLAG_FILL))
        return None
