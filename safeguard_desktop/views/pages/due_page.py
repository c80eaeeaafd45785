"""What is due: the page a workspace opens on. Actions overdue and due in
the next two weeks, review clocks running out, meetings without minutes,
minutes not yet agreed, seats without a holder and plan rows not updated
this quarter. Each line opens its record (Enter or a double-click); the
total is shown beside the page's name in the navigation."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from safeguard_desktop.core.timescales import format_date
from safeguard_desktop.store.queries.due import (
    ACTION,
    MEETING,
    REVIEW,
    SEAT,
    DueLine,
    DueOverview,
    due_count,
    what_is_due,
)
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.i18n import counted
from safeguard_desktop.views.pages.due_model import LINE_ROLE, DueModel


def page_of(line: DueLine) -> str:
    """The page a line opens on: an action in its plan's grid, or in the
    action log when it arose at a meeting."""
    if line.record == ACTION:
        return "plans" if line.home_id is not None else "action-log"
    return {REVIEW: "reviews", MEETING: "meetings", SEAT: "people"}[line.record]


class DuePage(QWidget):
    # (page key, record id, the record's home: its plan or group)
    open_requested = Signal(str, int, object)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.overview: DueOverview | None = None
        self._count = 0
        # The lines read when the page was built serve its first showing
        # (a second reading doubled the time a big workspace takes to open).
        self._lines_current = False
        self.heading = QLabel()
        self.heading.setObjectName("dueHeading")
        self.model = DueModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("dueTree")
        self.tree.setAccessibleName(self.tr("What is due"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 300), (2, 110), (3, 220)):
            self.tree.setColumnWidth(column, width)
        # Enter, Return and a double-click all "activate" an item.
        self.tree.activated.connect(self._activated)
        hint = QLabel(self.tr("Enter or double-click opens the record."))
        hint.setObjectName("dueHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        """Read the lines again; while the page is out of sight only the
        count for the navigation is read (edits elsewhere call this), and
        the lines when it is shown."""
        if self.overview is not None and not self.isVisible():
            self._count = due_count(self.context.workspace, self.today())
            self._lines_current = False
            return
        self._read()

    def _read(self) -> None:
        self.overview = what_is_due(self.context.workspace, self.today())
        self._count = self.overview.count
        self._fill(self.overview)
        self._lines_current = not self.isVisible()

    def badge(self) -> int:
        """The figure beside the page's name in the navigation."""
        return self._count

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to the page shows the day and the lines as they are now.
        if self.overview is not None and not self._lines_current:
            self._read()
        self._lines_current = False
        super().showEvent(event)

    def _fill(self, overview: DueOverview) -> None:
        self.heading.setText(
            counted(
                self.tr("<h2>What is due</h2>{today}: %n thing(s) to look at.", "", overview.count), overview.count
            ).format(today=format_date(overview.today))
        )
        model = self.model
        expanded = {model.index(r, 0).data(LINE_ROLE) for r in range(model.rowCount())
                    if self.tree.isExpanded(model.index(r, 0))}
        model.set_overview(overview)
        # Expanded first, while the reset's layout is still pending (the view
        # only notes them), then spanned, which lays the tree out once.
        with_lines = [row for row, section in enumerate(overview.sections) if section.lines]
        for row in with_lines:
            if not expanded or overview.sections[row].key in expanded:
                self.tree.expand(model.index(row, 0))
        for row in range(len(overview.sections)):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        if with_lines and not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(model.index(0, 0, model.index(with_lines[0], 0)))

    def current_line(self) -> DueLine | None:
        index = self.tree.currentIndex()
        line = index.siblingAtColumn(0).data(LINE_ROLE) if index.isValid() else None
        return line if isinstance(line, DueLine) else None

    def _activated(self, index: object) -> None:
        line = self.current_line()
        if line is not None:
            self.open_requested.emit(page_of(line), line.record_id, line.home_id)
