"""The attendance register as a table: one row per seat of the group."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safeguard_desktop.store.queries.meetings import AgendaRow, RegisterLine
from safeguard_desktop.views.labels import SEAT_ROLES, label
from safeguard_desktop.views.widgets.headers_table_model import HeadersTableModel
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word
from safeguard_desktop.views.accessibility import ink_on_fill

COL_SEAT, COL_AGENCY, COL_HOLDER, COL_MARK, COL_DEPUTY, COL_ARRIVED, COL_LEFT = range(7)
HEADERS = (QT_TRANSLATE_NOOP("Words", "Seat"), QT_TRANSLATE_NOOP("Words", "Agency"), QT_TRANSLATE_NOOP("Words", "Member"), QT_TRANSLATE_NOOP("Words", "Attendance"), QT_TRANSLATE_NOOP("Words", "Deputy"), QT_TRANSLATE_NOOP("Words", "Arrived at"), QT_TRANSLATE_NOOP("Words", "Left at"))
SEAT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

MARK_LABELS = {"present": QT_TRANSLATE_NOOP("Words", "Present"), "deputy": QT_TRANSLATE_NOOP("Words", "Deputy"), "apologies": QT_TRANSLATE_NOOP("Words", "Apologies"), "absent": QT_TRANSLATE_NOOP("Words", "Absent"),
               "unmarked": "–"}
# Pale fills that read at a glance across a room-lit screen and stay legible
# in black text; unmarked seats stay white so the gaps stand out.
MARK_COLOURS = {"present": "#d8f0d2", "deputy": "#d6e6f7", "apologies": "#fbefc5", "absent": "#f7d4d4"}

Index = QModelIndex | QPersistentModelIndex


class RegisterTableModel(HeadersTableModel):
    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[RegisterLine] = []
        self._items: dict[int, str] = {}

    # -- loading -------------------------------------------------------
    def set_agenda(self, items: Sequence[AgendaRow]) -> None:
        self._items = {item.id: item.number or item.title for item in items}
        if self._lines:  # item numbers shown in the arrived/left columns may have moved
            self.dataChanged.emit(self.index(0, COL_ARRIVED), self.index(len(self._lines) - 1, COL_LEFT))

    def set_lines(self, lines: Sequence[RegisterLine]) -> None:
        """Replace the rows. When the seats are the same ones, only rows that
        changed are signalled, so the cursor and the scroll stay put."""
        lines = list(lines)
        if [line.seat_id for line in lines] != [line.seat_id for line in self._lines]:
            self.beginResetModel()
            self._lines = lines
            self.endResetModel()
            return
        for row, (old, new) in enumerate(zip(self._lines, lines)):
            if old != new:
                self._lines[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def line(self, row: int) -> RegisterLine:
        return self._lines[row]

    def lines(self) -> list[RegisterLine]:
        return list(self._lines)

    def row_of(self, seat_id: int) -> int:
        return next(i for i, line in enumerate(self._lines) if line.seat_id == seat_id)

    # -- Qt ------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ink_on_fill(index)
        if role == Qt.ItemDataRole.BackgroundRole and column in (COL_MARK, COL_DEPUTY):
            colour = MARK_COLOURS.get(line.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell elided to fit a laptop
            if column == COL_SEAT:
                return f"{self._text(line, column)}: {label(SEAT_ROLES, line.role)}, " \
                       f"{'voting' if line.voting else 'non-voting'}"
            if column in (COL_AGENCY, COL_HOLDER, COL_DEPUTY):
                return self._text(line, column)
        if role == SEAT_ID_ROLE:
            return line.seat_id
        return None

    def _text(self, line: RegisterLine, column: int) -> str | None:
        if column == COL_SEAT:
            if line.in_attendance:
                return self.tr("{title} (in attendance, not a member)").format(title=line.title)
            return line.title if line.voting else self.tr("{title} (non-voting)").format(title=line.title)
        if column == COL_AGENCY:
            return line.agency
        if column == COL_HOLDER:
            return line.holder or self.tr("(vacant)")
        if column == COL_MARK:
            return word(MARK_LABELS.get(line.status, line.status))
        if column == COL_DEPUTY:
            return line.deputy_name
        if column == COL_ARRIVED:
            return self._items.get(line.arrived_at_item_id) if line.arrived_at_item_id else None
        if column == COL_LEFT:
            return self._items.get(line.left_at_item_id) if line.left_at_item_id else None
        return None
