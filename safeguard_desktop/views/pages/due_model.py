"""The "What is due" page's tree: each section a top row, its lines under
it, and a last "… and N more" row when only the first lines were read.

The model holds the overview as read and makes a cell's text, colour and
tooltip only when the view asks for it (the rows painted). Building an item
per cell for every line (1,400 lines on a decade of records, four cells
each) took longer than reading them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from safeguard_desktop.core.review_clocks import ClockTone
from safeguard_desktop.store.queries.due import REVIEW, DueLine, DueOverview, DueSection
from safeguard_desktop.views.i18n import translate, words
from safeguard_desktop.views.state_words import state_text

# The section (or, on a section's own row, its key) and the line a cell shows.
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
COL_WHAT, COL_WHERE, COL_WHEN, COL_STATE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("Words", "What"),
    QT_TRANSLATE_NOOP("Words", "Where"),
    QT_TRANSLATE_NOOP("Words", "When"),
    QT_TRANSLATE_NOOP("Words", "State"),
)
# A top row's internal id; a line's is its section's row plus one.
_TOP = 0

Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: tuple[DueSection, ...] = ()
        self._headers = words(HEADERS)
        self._bold = QFont()
        self._bold.setBold(True)
        self._black = QBrush(QColor("#000000"))
        self._tones = {tone: QBrush(QColor(tone.colour)) for tone in ClockTone}

    def set_overview(self, overview: DueOverview) -> None:
        self.beginResetModel()
        self._sections = overview.sections
        self.endResetModel()

    # -- shape -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        section = self._sections[parent.row()]
        return len(section.lines) + (1 if section.count > len(section.lines) else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.line(index) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == _TOP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.NoItemFlags  # "… and N more"

    # -- content ---------------------------------------------------------
    def line(self, index: Index) -> DueLine | None:
        """The line a cell belongs to; None for a section's row and the "more" row."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        lines = self._sections[index.internalId() - 1].lines
        return lines[index.row()] if index.row() < len(lines) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._section_data(self._sections[index.row()], index.column(), role)
        line = self.line(index)
        if line is None:
            section = self._sections[index.internalId() - 1]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_WHAT:
                return translate("DuePage", "… and {count} more").format(count=section.count - len(section.lines))
            return None
        return self._line_data(line, index.column(), role)

    def _section_data(self, section: DueSection, column: int, role: int) -> Any:
        if column != COL_WHAT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{state_text(section.heading)} ({section.count})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == LINE_ROLE:
            return section.key
        return None

    def _line_data(self, line: DueLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHAT:
                # A review's line is the program's words ("Rapid review due ..."); the others are what users wrote.
                return state_text(line.text) if line.record == REVIEW else line.text
            if column == COL_WHERE:
                return line.where
            if column == COL_WHEN:
                return line.when.strftime("%d/%m/%Y") if line.when else ""
            return state_text(line.words)
        if column == COL_WHAT:
            if role == LINE_ROLE:
                return line
            if role == Qt.ItemDataRole.ToolTipRole:
                return line.text
            return None
        if column == COL_STATE and line.tone is not ClockTone.RUNNING:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._tones[line.tone]
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._black
        return None
