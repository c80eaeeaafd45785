"""What is due: the page a workspace opens on. Actions overdue and due in
the next two weeks, review clocks running out, meetings without minutes,
minutes not yet agreed, seats without a holder and plan rows not updated
this quarter. Each line opens its record (Enter or a double-click); the
total is shown beside the page's name in the navigation."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from safeguard_desktop.core.review_clocks import ClockTone
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
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import counted, words
from safeguard_desktop.views.state_words import state_text

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("Words", "What"),
    QT_TRANSLATE_NOOP("Words", "Where"),
    QT_TRANSLATE_NOOP("Words", "When"),
    QT_TRANSLATE_NOOP("Words", "State"),
)


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
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(words(HEADERS))
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
        expanded = {
            self.model.item(r).data(LINE_ROLE)
            for r in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(r, 0))
        }
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont()
        bold.setBold(True)
        first_with_lines = None
        for section in overview.sections:
            top = QStandardItem(f"{state_text(section.heading)} ({section.count})")
            top.setFont(bold)
            top.setData(section.key, LINE_ROLE)
            top.setSelectable(False)
            for line in section.lines:
                top.appendRow(self._line_items(line))
            if section.count > len(section.lines):
                more = QStandardItem(self.tr("… and {count} more").format(count=section.count - len(section.lines)))
                more.setEnabled(False)
                top.appendRow(more)
            filler = [QStandardItem() for _ in HEADERS[1:]]
            for item in filler:
                item.setSelectable(False)
            self.model.appendRow([top, *filler])
            index = top.index()
            self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
            if section.lines:
                if not expanded or section.key in expanded:
                    self.tree.expand(index)
                first_with_lines = first_with_lines or index
        if first_with_lines is not None and not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.model.index(0, 0, first_with_lines))

    @staticmethod
    def _line_items(line: DueLine) -> list[QStandardItem]:
        # A review's line is the program's words ("Rapid review due ..."); the others are what users wrote.
        text = state_text(line.text) if line.record == REVIEW else line.text
        cells = [
            QStandardItem(text),
            QStandardItem(line.where),
            QStandardItem(line.when.strftime("%d/%m/%Y") if line.when else ""),
            QStandardItem(state_text(line.words)),
        ]
        cells[0].setData(line, LINE_ROLE)
        cells[0].setToolTip(line.text)
        if line.tone is not ClockTone.RUNNING:
            cells[3].setBackground(QBrush(QColor(line.tone.colour)))
            cells[3].setForeground(QBrush(QColor("#000000")))
        return cells

    def current_line(self) -> DueLine | None:
        index = self.tree.currentIndex()
        line = index.siblingAtColumn(0).data(LINE_ROLE) if index.isValid() else None
        return line if isinstance(line, DueLine) else None

    def _activated(self, index: object) -> None:
        line = self.current_line()
        if line is not None:
            self.open_requested.emit(page_of(line), line.record_id, line.home_id)
