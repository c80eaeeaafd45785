"""Actions arising from one agenda item, added without leaving the keyboard:
type what, Enter, the owner (a person, an agency, or both), Enter, the due
date in any words a board uses ("end of Sept", "31/10/2024", "next
meeting"), Enter. The action is saved and the cursor is back in "what" for
the next one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.next_meeting import NEXT_MEETING, describe_due, means_next_meeting, suggested_due
from safeguard_desktop.core.timescales import understand_timescale
from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.queries.meetings import ArisingRow, next_meeting
from safeguard_desktop.store.queries.overview import list_agencies, list_people
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import run_create, run_edit
from safeguard_desktop.views.widgets.key_table import KeyTableWidget
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import words

HEADERS = (
    QT_TRANSLATE_NOOP("Words", "Action"),
    QT_TRANSLATE_NOOP("Words", "Owner"),
    QT_TRANSLATE_NOOP("Words", "Due"),
    QT_TRANSLATE_NOOP("Words", "Status"),
)


class ArisingPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.meeting_id: int | None = None
        self.meeting_day = date.today()
        self.table = KeyTableWidget(0, len(HEADERS))
        self.table.bind(Qt.Key.Key_Delete, lambda _key: self._remove_current())
        self.table.setHorizontalHeaderLabels(words(HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(140)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("New action: what (Enter)"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Owner: person or agency (Enter)"))
        self.due = QLineEdit()
        self._owners = QStringListModel(self)
        completer = QCompleter(self._owners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.owner.setCompleter(completer)
        self.what.returnPressed.connect(self.owner.setFocus)
        self.owner.returnPressed.connect(self.due.setFocus)
        self.due.returnPressed.connect(self.add)
        for field in (self.what, self.owner, self.due):
            field.textEdited.connect(self._typed)
        # An action belongs to the item it was begun on, even if the chair
        # moves on before its owner and date are typed; this says so.
        self.target = QLabel()
        self.target.setObjectName("arisingTarget")
        self.target.hide()
        self._typing_item: int | None = None
        self._typing_label = ""
        self._item_label = ""
        entry = QHBoxLayout()
        entry.addWidget(self.what, 3)
        entry.addWidget(self.owner, 2)
        entry.addWidget(self.due, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Actions arising</b> (Ctrl+Shift+A to add; Delete removes)")))
        layout.addWidget(self.table)
        layout.addWidget(self.target)
        layout.addLayout(entry)
        self._people: dict[str, tuple[int, int | None]] = {}
        self._agencies: dict[str, int] = {}

    def set_meeting(self, meeting_id: int, on: date) -> None:
        self.meeting_id, self.meeting_day = meeting_id, on
        example = suggested_due(on, date.today())
        self.due.setPlaceholderText(
            self.tr("Due, e.g. {example:%d/%m/%Y}, {example:%b %Y} or next meeting (Enter adds)").format(
                example=example
            )
        )

    def load_names(self) -> None:
        ws = self.context.workspace
        agencies = list_agencies(ws)
        self._agencies = {name.casefold(): agency_id for agency_id, name, _sector, _statutory in agencies}
        people = list_people(ws)
        agency_ids = {name: agency_id for agency_id, name, _s, _st in agencies}
        self._people = {p.name.casefold(): (p.id, agency_ids.get(p.agency) if p.agency else None) for p in people}
        self._owners.setStringList([p.name for p in people] + [name for _, name, _s, _st in agencies])

    def show_item(self, item_id: int | None, rows: list[ArisingRow], editable: bool, label: str = "") -> None:
        self.item_id = item_id
        self._item_label = label
        self.table.setRowCount(0)
        for row in rows:
            if row.agenda_item_id != item_id:
                continue
            at = self.table.rowCount()
            self.table.insertRow(at)
            owner = ", ".join(x for x in (row.owner_person, row.owner_agency) if x)
            values = (row.want, owner, describe_due(row.target_date, row.when_text), row.status.replace("_", " "))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value or "")
                cell.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(at, column, cell)
        for field in (self.what, self.owner, self.due):
            field.setEnabled(editable and (item_id is not None or self._typing_item is not None))
        self._show_target()

    def _typed(self) -> None:
        if not any(field.text() for field in (self.what, self.owner, self.due)):
            self._typing_item = None  # all rubbed out: the next action starts afresh
        elif self._typing_item is None:
            self._typing_item, self._typing_label = self.item_id, self._item_label
        self._show_target()

    def _show_target(self) -> None:
        elsewhere = self._typing_item is not None and self._typing_item != self.item_id
        self.target.setText(
            self.tr("Adding an action to item {item}, where it was begun.").format(item=self._typing_label)
            if elsewhere
            else ""
        )
        self.target.setVisible(elsewhere)

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
        if means_next_meeting(text):
            upcoming = next_meeting(self.context.workspace, self.meeting_id) if self.meeting_id else None
            return upcoming[1] if upcoming else None
        # "Sept" means the coming September: coming from the meeting or today, whichever is later.
        reading = understand_timescale(text, today=max(self.meeting_day, date.today()))
        if reading.date is not None:
            return reading.date
        return reading.candidates[0] if len(reading.candidates) == 1 else None

    def add(self) -> None:
        want = self.what.text().strip()
        item_id = self._typing_item if self._typing_item is not None else self.item_id
        if item_id is None:
            return
        if not want:
            self.what.setFocus()
            return
        due = self.due_of(self.due.text()) if self.due.text().strip() else None
        if self.due.text().strip() and due is None:
            self.context.show_status(
                self.tr("No next meeting of the group is scheduled yet: schedule it, or give a date.")
                if means_next_meeting(self.due.text())
                else self.tr("Could not read {text} as a date: try {day}.").format(
                    text=repr(self.due.text()), day=f"{suggested_due(self.meeting_day, date.today()):%d/%m/%Y}"
                )
            )
            return
        when_text = NEXT_MEETING if means_next_meeting(self.due.text()) else None
        person, agency, lead = self.owner_of(self.owner.text())
        ws = self.context.workspace
        if run_create(
            self.context,
            self.tr("Add action: {want}").format(want=want[:40]),
            lambda: acts.add_action_arising(
                ws,
                agenda_item_id=item_id,
                want=want,
                owner_person_id=person,
                owner_agency_id=agency,
                target_date=due,
                lead=lead,
                when_text=when_text,
            ),
            lambda ids: acts.restore_actions(ws, ids),
            lambda ids: acts.remove_actions(ws, ids),
            self.changed.emit,
        ):
            if item_id != self.item_id:
                self.context.show_status(self.tr("Action added to item {item}.").format(item=self._typing_label))
            for field in (self.what, self.owner, self.due):
                field.clear()
            self._typing_item = None
            self._show_target()
            self.what.setFocus()

    def _remove_current(self) -> bool:
        cell = self.table.item(self.table.currentRow(), 0)
        if cell is None:
            return False
        self._remove(cell.data(Qt.ItemDataRole.UserRole))
        return True

    def _remove(self, action_id: int) -> None:
        ws = self.context.workspace
        run_edit(
            self.context,
            self.tr("Remove action"),
            lambda: acts.remove_actions(ws, [action_id]),
            lambda: acts.restore_actions(ws, [action_id]),
            self.changed.emit,
        )
