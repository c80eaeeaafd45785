"""The rows of a membership list as the import preview shows them: what
each row was read as, the seat, holder and agency, whether the workspace
already knows them, and whether a seat is "in attendance, not a member"
(the one thing the preview lets the user change, row by row)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from safeguard_desktop.imports.membership import MemberLine, with_in_attendance
from safeguard_desktop.imports.membership_import import SEATED, Known, matches
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word

Index = QModelIndex | QPersistentModelIndex
COL_ROW, COL_KIND, COL_SEAT, COL_PERSON, COL_AGENCY, COL_ATTENDANCE, COL_KNOWN, COL_NOTES = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("Words", "Row"),
    QT_TRANSLATE_NOOP("Words", "Read as"),
    QT_TRANSLATE_NOOP("Words", "Seat"),
    QT_TRANSLATE_NOOP("Words", "Holder / deputy"),
    QT_TRANSLATE_NOOP("Words", "Agency"),
    QT_TRANSLATE_NOOP("Words", "In attendance"),
    QT_TRANSLATE_NOOP("Words", "Already known"),
    QT_TRANSLATE_NOOP("Words", "Notes"),
)
KIND_WORDS = {
    "title": QT_TRANSLATE_NOOP("Words", "Title"),
    "header": QT_TRANSLATE_NOOP("Words", "Headings"),
    "note": QT_TRANSLATE_NOOP("Words", "Note"),
    "member": QT_TRANSLATE_NOOP("Words", "Seat and member"),
    "vacant": QT_TRANSLATE_NOOP("Words", "Vacant seat"),
    "deputy": QT_TRANSLATE_NOOP("Words", "Deputy"),
}


class MembershipRowsTableModel(QAbstractTableModel):
    def __init__(self, lines: list[MemberLine], have: Known, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines = list(lines)
        self._have = have

    @property
    def lines(self) -> list[MemberLine]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return word(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ATTENDANCE and self._lines[index.row()].kind in SEATED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_ATTENDANCE and line.kind in SEATED:
            return Qt.CheckState.Checked if line.in_attendance else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SEAT, COL_NOTES):
            return line.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_ROW:
            return f"{line.sheet} {line.row}" if line.sheet[:5] in ("Table", "Text") else str(line.row)
        if column == COL_KIND:
            return word(KIND_WORDS.get(line.kind, line.kind))
        if column == COL_SEAT:
            return line.seat or (line.text if line.kind in ("title", "note", "header") else "")
        if column == COL_PERSON:
            held = line.person or (self.tr("Vacant") if line.kind == "vacant" else "")
            deputy = self.tr(" (deputy: {name})").format(name=line.deputy) if line.deputy else ""
            into = self.tr(" for row {row}").format(row=line.into_row) if line.kind == "deputy" else ""
            return held + deputy + into
        if column == COL_AGENCY:
            return line.agency or ""
        if column == COL_KNOWN:
            return ", ".join(matches(line, self._have))
        if column == COL_NOTES:
            return "; ".join(line.notes)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_ATTENDANCE:
            return False
        return self.toggle(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)

    def toggle(self, row: int, on: bool | None = None) -> bool:
        line = self._lines[row]
        if line.kind not in SEATED:
            return False
        self._lines[row] = with_in_attendance(line, not line.in_attendance if on is None else on)
        changed = self.index(row, COL_ATTENDANCE)
        self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.CheckStateRole])
        return True
