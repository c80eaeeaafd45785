"""A page that lists records in a table, or an empty state when there are none."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedLayout, QTableView, QVBoxLayout, QWidget

from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.record_table_model import Column, RecordTableModel


class ListSection(QWidget):
    """A heading, a read-only table, and an empty state in its place when
    ``load`` returns nothing."""

    def __init__(self, heading: str, columns: Sequence[Column[Any]], id_of: Callable[[Any], int],
                 empty_title: str, empty_advice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[Any] = RecordTableModel(columns, id_of, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(heading)
        self.table.setTabKeyNavigation(False)  # a read-only list: Tab leaves it, arrows walk it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.heading = QLabel(self.tr("<h3>{heading}</h3>").format(heading=heading))
        # On the page before anything goes in: a widget put into a layout that is on no
        # page yet opens as a window of its own for a moment and takes the keyboard.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        self._stack = QStackedLayout()
        layout.addLayout(self._stack)
        self._stack.addWidget(self.table)
        self._stack.addWidget(EmptyState(empty_title, empty_advice))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self._stack.setCurrentIndex(0 if rows else 1)
        if rows:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                if self.table.columnWidth(column) > 420:
                    self.table.setColumnWidth(column, 420)

    @property
    def showing_empty_state(self) -> bool:
        return self._stack.currentIndex() == 1
