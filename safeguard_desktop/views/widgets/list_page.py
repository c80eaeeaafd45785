"""A page that lists records in a table, or an empty state when there are none."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedLayout, QTableView, QVBoxLayout, QWidget

from safeguard_desktop.views.i18n import translate
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.record_table_model import Column, RecordTableModel

FITTED_ROWS = 100


class TableSection(QWidget):
    """A heading, a read-only table over ``model``, and an empty state in
    its place when the model has no rows."""

    def __init__(self, heading: str, model: QAbstractItemModel, empty_title: str, empty_advice: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if model.parent() is None:
            model.setParent(self)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(heading)
        self.table.setTabKeyNavigation(False)  # a read-only list: Tab leaves it, arrows walk it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Columns fit the first hundred rows, not Qt's thousand: a decade's list of people
        # was measured cell by cell each time the page was built.
        self.table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
        # One message whichever section class builds it (self.tr would take the class for context).
        self.heading = QLabel(translate("ListSection", "<h3>{heading}</h3>").format(heading=heading))
        # On the page before anything goes in: a widget put into a layout that is on no
        # page yet opens as a window of its own for a moment and takes the keyboard.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        self._stack = QStackedLayout()
        layout.addLayout(self._stack)
        self._stack.addWidget(self.table)
        self._stack.addWidget(EmptyState(empty_title, empty_advice))

    def rows_changed(self) -> None:
        """After the model was filled: its rows with the columns fitted to
        them (the header's resize precision says how many rows are read),
        or the empty state when it has none."""
        rows = self.model.rowCount()
        self._stack.setCurrentIndex(0 if rows else 1)
        if rows:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                if self.table.columnWidth(column) > 420:
                    self.table.setColumnWidth(column, 420)

    @property
    def showing_empty_state(self) -> bool:
        return self._stack.currentIndex() == 1


class ListSection(TableSection):
    """A table section over a short list of plain records, given whole."""

    model: RecordTableModel[Any]

    def __init__(self, heading: str, columns: Sequence[Column[Any]], id_of: Callable[[Any], int],
                 empty_title: str, empty_advice: str, parent: QWidget | None = None) -> None:
        super().__init__(heading, RecordTableModel(columns, id_of), empty_title, empty_advice, parent)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.rows_changed()
