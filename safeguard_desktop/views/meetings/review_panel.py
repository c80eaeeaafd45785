"""Matters arising: the group's open actions, reviewed one by one at this
meeting. Each update is recorded against this meeting in the action's
history, which is what the action log then shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store.queries.action_log import ActionLogRow, action_log_rows, actions_for_review
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.action_log_model import STATUS_WORDS
from safeguard_desktop.views.meetings.commands import run_review
from safeguard_desktop.views.widgets.key_table import NO_CTRL, KeyTableWidget
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import day_text, word, words

HEADERS = (
    QT_TRANSLATE_NOOP("Words", "From"),
    QT_TRANSLATE_NOOP("Words", "Action"),
    QT_TRANSLATE_NOOP("Words", "Owner"),
    QT_TRANSLATE_NOOP("Words", "Due"),
    QT_TRANSLATE_NOOP("Words", "Status"),
    QT_TRANSLATE_NOOP("Words", "Latest update"),
)
STATUS_KEYS = {
    Qt.Key.Key_C: "completed",
    Qt.Key.Key_F: "carried_forward",
    Qt.Key.Key_B: "closed_by_board",
    Qt.Key.Key_O: "open",
}


class ReviewPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.rows: list[ActionLogRow] = []
        self.table = KeyTableWidget(0, len(HEADERS))
        self.table.bind(STATUS_KEYS, lambda key: self._set_status(STATUS_KEYS[key]), modifiers=NO_CTRL)
        self.table.setHorizontalHeaderLabels(words(HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for column, width in enumerate((190, 360, 170, 95, 80)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.update_edit = QLineEdit()
        self.update_edit.setPlaceholderText(self.tr("Progress reported for the selected action (Enter records it)"))
        self.update_edit.returnPressed.connect(self._record_progress)
        self.empty = QLabel(self.tr("No open actions from this group's earlier meetings or plans."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(
            self.tr(
                "<b>Matters arising: actions to review</b> (C completed · F carried forward · "
                "B closed by the board · O open; type progress below)"
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.update_edit)

    def set_meeting(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        ws = self.context.workspace
        ids = actions_for_review(ws, self.meeting_id)
        by_id = action_log_rows(ws, ids)
        self.rows = [by_id[i] for i in ids if i in by_id]
        current = self.table.currentRow()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            due = day_text(row.due, "%d %b %Y") if row.due else (row.due_text or "")
            values = (
                row.source,
                row.want,
                row.owner,
                due,
                word(STATUS_WORDS.get(row.status, row.status)),
                row.last_update,
            )
            for column, value in enumerate(values):
                self.table.setItem(r, column, QTableWidgetItem(value or ""))
        if self.rows:
            self.table.setCurrentCell(min(max(current, 0), len(self.rows) - 1), 1)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))

    def _current(self) -> ActionLogRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _set_status(self, status: str) -> None:
        row = self._current()
        if row is None or self.meeting_id is None or row.status == status:
            return
        self._review(
            row,
            self.tr("Action: {status}").format(status=word(STATUS_WORDS.get(status, status)).lower()),
            status=status,
        )

    def _record_progress(self) -> None:
        row = self._current()
        text = self.update_edit.text().strip()
        if row is None or not text:
            return
        if self._review(row, self.tr("Record progress"), progress=text):
            self.update_edit.clear()

    def _review(
        self, row: ActionLogRow, text: str, *, status: str | None = None, progress: str | None = None
    ) -> bool:
        def refresh() -> None:
            self.refresh()
            self.changed.emit()

        return run_review(
            self.context, text, row.id, meeting_id=self.meeting_id, status=status, progress=progress, refresh=refresh
        )
