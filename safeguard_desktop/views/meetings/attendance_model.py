"""One level (groups, agencies or seats) of the attendance analysis as a table."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safeguard_desktop.store.queries.attendance import AnalysisRow
from safeguard_desktop.views.widgets.headers_table_model import HeadersTableModel
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word
from safeguard_desktop.views.accessibility import ink_on_fill

FIGURES = ((QT_TRANSLATE_NOOP("Words", "Expected"), "expected"), (QT_TRANSLATE_NOOP("Words", "In person"), "in_person"), (QT_TRANSLATE_NOOP("Words", "By deputy"), "by_deputy"),
           (QT_TRANSLATE_NOOP("Words", "Apologies"), "apologies"), (QT_TRANSLATE_NOOP("Words", "Absent"), "absent"), (QT_TRANSLATE_NOOP("Words", "Not marked"), "unmarked"), (QT_TRANSLATE_NOOP("Words", "Attended"), "attended"))
LEADING = {"group": ((QT_TRANSLATE_NOOP("Words", "Group"), "group"),),
           "agency": ((QT_TRANSLATE_NOOP("Words", "Agency"), "agency"),),
           "seat": ((QT_TRANSLATE_NOOP("Words", "Group"), "group"), (QT_TRANSLATE_NOOP("Words", "Seat"), "seat"), (QT_TRANSLATE_NOOP("Words", "Agency"), "agency"), (QT_TRANSLATE_NOOP("Words", "Held by"), "holder"))}
FLAG_TEXT = {"seat": QT_TRANSLATE_NOOP("Words", "Persistent non-attendance")}
FLAG_TEXT_ABOVE_SEATS = QT_TRANSLATE_NOOP("Words", "A seat is flagged")
FLAG_FILL = "#f9d6d5"

Index = QModelIndex | QPersistentModelIndex


class AttendanceTableModel(HeadersTableModel):
    def __init__(self, level: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = (*LEADING[level], *FIGURES, (self.tr("Rate"), "rate"), (self.tr("Flag"), "persistent_non_attendance"))
        self.headers = tuple(word(title) for title, _field in self._columns)
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
                return word(FLAG_TEXT.get(row.level, FLAG_TEXT_ABOVE_SEATS)) if value else ""
            if field == "agency" and value is None:
                return self.tr("(no agency)")
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) and field != "persistent_non_attendance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ink_on_fill(index)
        if role == Qt.ItemDataRole.BackgroundRole and row.persistent_non_attendance:
            return QBrush(QColor(FLAG_FILL))
        return None
