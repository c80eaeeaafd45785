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
# Plain ints: the view asks with ints, and an enum member compares slower.
_DISPLAY, _TOOLTIP, _FONT, _BACKGROUND, _FOREGROUND = (role.value for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole))
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _FONT, _BACKGROUND, _FOREGROUND, LINE_ROLE})
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled
_LINE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: tuple[DueSection, ...] = ()
        self._children: tuple[int, ...] = ()
        self._headers = words(HEADERS)
        self._bold = QFont()
        self._bold.setBold(True)
        self._black = QBrush(QColor("#000000"))
        self._tones = {tone: QBrush(QColor(tone.colour)) for tone in ClockTone}

    def set_overview(self, overview: DueOverview) -> None:
        self.beginResetModel()
        self._sections = overview.sections
        # Each section's rows: its lines, and "… and N more" when not all were read.
        self._children = tuple(len(s.lines) + (1 if s.count > len(s.lines) else 0) for s in overview.sections)
        self.endResetModel()

    # -- shape -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # Bounds checked here rather than by hasIndex, which asks rowCount and
        # columnCount back through Python for each of the thousands of indexes a paint makes.
        if row < 0 or not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self._sections) else QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0 or row >= self._children[parent.row()]:
            return QModelIndex()
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
        return self._children[parent.row()]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        parent = index.internalId()
        if parent == _TOP:
            return _SECTION_FLAGS
        return _LINE_FLAGS if index.row() < len(self._sections[parent - 1].lines) else _NO_FLAGS  # "… and N more"

    # -- content ---------------------------------------------------------
    def line(self, index: Index) -> DueLine | None:
        """The line a cell belongs to; None for a section's row and the "more" row."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        lines = self._sections[index.internalId() - 1].lines
        return lines[index.row()] if index.row() < len(lines) else None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Asked for every role of every painted cell (and again for its size
        # while the text wraps): the roles the tree never shows end here.
        if role not in _SERVED or not index.isValid():
            return None
        parent = index.internalId()
        if parent == _TOP:
            return self._section_data(self._sections[index.row()], index.column(), role)
        section = self._sections[parent - 1]
        if index.row() < len(section.lines):
            return self._line_data(section.lines[index.row()], index.column(), role)
        if role == _DISPLAY and index.column() == COL_WHAT:
            return translate("DuePage", "… and {count} more").format(count=section.count - len(section.lines))
        return None

    def _section_data(self, section: DueSection, column: int, role: int) -> Any:
        if column != COL_WHAT:
            return None
        if role == _DISPLAY:
            return f"{state_text(section.heading)} ({section.count})"
        if role == _FONT:
            return self._bold
        return section.key if role == LINE_ROLE else None

    def _line_data(self, line: DueLine, column: int, role: int) -> Any:
        if role == _DISPLAY:
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
            return line.text if role == _TOOLTIP else None
        if column == COL_STATE and line.tone is not ClockTone.RUNNING:
            if role == _BACKGROUND:
                return self._tones[line.tone]
            if role == _FOREGROUND:
                return self._black
        return None
