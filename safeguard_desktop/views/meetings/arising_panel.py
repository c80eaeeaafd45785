"""Actions arising from one agenda item, added without leaving the keyboard:
type what, Enter, the owner (a person, an agency, or both), Enter, the due
date in any words a board uses ("end of Sept", "31/10/2024"), Enter. The
action is saved and the cursor is back in "what" for the next one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.timescales import format_date, understand_timescale
from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.queries.meetings import ArisingRow
from safeguard_desktop.store.queries.overview import list_agencies, list_people
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import run_edit

HEADERS = ("Action", "Owner", "Due", "Status")


class ArisingTable(QTableWidget):
    remove_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.item(self.currentRow(), 0)
        if event.key() == Qt.Key.Key_Delete and item is not None:
            self.remove_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class ArisingPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.table = ArisingTable(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(140)
        self.table.remove_requested.connect(self._remove)
        self.what = QLineEdit()
        self.what.setPlaceholderText("New action: what (Enter)")
        self.owner = QLineEdit()
        self.owner.setPlaceholderText("Owner: person or agency (Enter)")
        self.due = QLineEdit()
        self.due.setPlaceholderText("Due, e.g. 30/09/2024 or Sept 2024 (Enter adds)")
        self._owners = QStringListModel(self)
        completer = QCompleter(self._owners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.owner.setCompleter(completer)
        self.what.returnPressed.connect(self.owner.setFocus)
        self.owner.returnPressed.connect(self.due.setFocus)
        self.due.returnPressed.connect(self.add)
        entry = QHBoxLayout()
        entry.addWidget(self.what, 3)
        entry.addWidget(self.owner, 2)
        entry.addWidget(self.due, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Actions arising</b> (Ctrl+Shift+A to add; Delete removes)"))
        layout.addWidget(self.table)
        layout.addLayout(entry)
        self._people: dict[str, tuple[int, int | None]] = {}
        self._agencies: dict[str, int] = {}

    def load_names(self) -> None:
        ws = self.context.workspace
        agencies = list_agencies(ws)
        self._agencies = {name.casefold(): agency_id for agency_id, name, _sector, _statutory in agencies}
        people = list_people(ws)
        agency_ids = {name: agency_id for agency_id, name, _s, _st in agencies}
        self._people = {p.name.casefold(): (p.id, agency_ids.get(p.agency) if p.agency else None) for p in people}
        self._owners.setStringList([p.name for p in people] + [name for _, name, _s, _st in agencies])

    def show_item(self, item_id: int | None, rows: list[ArisingRow], editable: bool) -> None:
        self.item_id = item_id
        self.table.setRowCount(0)
        for row in rows:
            if row.agenda_item_id != item_id:
                continue
            at = self.table.rowCount()
            self.table.insertRow(at)
            owner = ", ".join(x for x in (row.owner_person, row.owner_agency) if x)
            values = (row.want, owner, format_date(row.target_date) if row.target_date else "",
                      row.status.replace("_", " "))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value or "")
                cell.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(at, column, cell)
        for field in (self.what, self.owner, self.due):
            field.setEnabled(editable and item_id is not None)

    def owner_of(self, text: str) -> tuple[int | None, int | None, str | None]:
        """(person id, agency id, free text) for what was typed in "owner"."""
        text = text.strip()
        if not text:
            return None, None, None
        if text.casefold() in self._people:
            return self._people[text.casefold()][0], None, None
        if text.casefold() in self._agencies:
            return None, self._agencies[text.casefold()], None
        return None, None, text

    def due_of(self, text: str) -> date | None:
        reading = understand_timescale(text)
        if reading.date is not None:
            return reading.date
        # "Sept" at a meeting means the coming September: take the one reading offered.
        return reading.candidates[0] if len(reading.candidates) == 1 else None

    def add(self) -> None:
        want = self.what.text().strip()
        if self.item_id is None:
            return
        if not want:
            self.what.setFocus()
            return
        due = self.due_of(self.due.text()) if self.due.text().strip() else None
        if self.due.text().strip() and due is None:
            self.context.show_status(f"Could not read {self.due.text()!r} as a date: try 30/09/2024.")
            return
        person, agency, lead = self.owner_of(self.owner.text())
        ws, item_id = self.context.workspace, self.item_id
        created: list[int] = []

        def do() -> None:
            if created:
                acts.restore_actions(ws, created)
            else:
                created.append(acts.add_action_arising(ws, agenda_item_id=item_id, want=want, owner_person_id=person,
                                                       owner_agency_id=agency, target_date=due, lead=lead))

        if run_edit(self.context, f"Add action: {want[:40]}", do, lambda: acts.remove_actions(ws, created),
                    self.changed.emit):
            for field in (self.what, self.owner, self.due):
                field.clear()
            self.what.setFocus()

    def _remove(self, action_id: int) -> None:
        ws = self.context.workspace
        run_edit(self.context, "Remove action", lambda: acts.remove_actions(ws, [action_id]),
                 lambda: acts.restore_actions(ws, [action_id]), self.changed.emit)
