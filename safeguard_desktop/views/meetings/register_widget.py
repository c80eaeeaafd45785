"""The attendance register, made for the meeting room: one key per seat.

P present, D deputy (then the deputy's name, with completion, and Enter),
S apologies (sent in advance), X absent, L arrived late (then the item),
E left early (then the item), Delete clears a mark, G adds someone "in
attendance". A mark moves to the next seat, so a 20-seat register is 20
keys. Each mark is saved the moment it is made, and the quorum line above
the register follows every change.
"""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.quorum import QuorumResult, QuorumRule, SeatState, evaluate_quorum, seat_is_filled
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import meetings as q
from safeguard_desktop.store.queries.overview import list_people
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import SeatStepCommand, run_create, run_edit
from safeguard_desktop.views.meetings.prompt_bar import PromptBar
from safeguard_desktop.views.meetings.register_model import (
    COL_AGENCY,
    COL_LEFT,
    COL_MARK,
    COL_SEAT,
    MARK_LABELS,
    RegisterTableModel,
)
from safeguard_desktop.views.widgets.key_table import PLAIN, KeyTable
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word
from safeguard_desktop.views.state_words import state_text

MARK_KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_D: "deputy", Qt.Key.Key_S: "apologies", Qt.Key.Key_X: "absent"}
COMMAND_KEYS = {**MARK_KEYS, Qt.Key.Key_L: "late", Qt.Key.Key_E: "early", Qt.Key.Key_G: "guest",
                Qt.Key.Key_Delete: "clear", Qt.Key.Key_Backspace: "clear"}
KEY_HELP = (QT_TRANSLATE_NOOP("Words", "P present · D deputy (type the name, Enter) · S apologies · X absent · "
            "L arrived late · E left early · Delete clears · G adds someone in attendance · Ctrl+Z undoes"))
QUORATE_STYLE = "QLabel { background: #dff3da; color: #1d4d17; padding: 6px; font-weight: bold; }"
NOT_QUORATE_STYLE = "QLabel { background: #c62828; color: white; padding: 6px; font-weight: bold; }"


class GuestList(QListWidget):
    remove_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
            self.remove_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class RegisterWidget(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.info: q.MeetingInfo | None = None
        self.agenda: list[q.AgendaRow] = []
        self.quorum: QuorumResult | None = None
        self.model = RegisterTableModel(self)
        self.table = KeyTable()
        self.table.bind(COMMAND_KEYS, lambda key: self._on_command(COMMAND_KEYS[key]), modifiers=PLAIN)
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the register as in a form; the seat stays put
        self.table.setAccessibleName(self.tr("Register: one row a seat"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The seat takes what is left and elides (full text in its tooltip), so the
        # Arrived and Left columns stay in view on a 1366 px laptop.
        header.setSectionResizeMode(COL_SEAT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumLine")
        self.quorum_label.setWordWrap(True)
        self.counts_label = QLabel()
        help_label = QLabel(word(KEY_HELP))
        help_label.setWordWrap(True)
        help_label.setObjectName("keyHelp")
        self.prompt = PromptBar()
        self.prompt.answered.connect(self._on_answer)
        self.prompt.dismissed.connect(self._on_dismissed)
        self.guest_edit = QLineEdit()
        self.guest_edit.setPlaceholderText(self.tr("Add someone in attendance: name, role (Enter)"))
        self._people = QStringListModel(self)
        guest_completer = QCompleter(self._people, self)
        guest_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.guest_edit.setCompleter(guest_completer)
        self.guest_edit.returnPressed.connect(self._add_guest)
        self.guests = GuestList()
        self.guests.setMaximumHeight(90)
        self.guests.remove_requested.connect(self._remove_guest)

        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.prompt)
        layout.addWidget(help_label)
        guests_row = QHBoxLayout()
        guests_row.addWidget(QLabel(self.tr("In attendance:")))
        guests_row.addWidget(self.guest_edit, 1)
        layout.addLayout(guests_row)
        layout.addWidget(self.guests)

    # -- loading -------------------------------------------------------
    def set_meeting(self, meeting_id: int) -> None:
        ws = self.context.workspace
        self.meeting_id = meeting_id
        self.info = q.meeting_info(ws, meeting_id)
        self.agenda = q.agenda(ws, meeting_id)
        self._people.setStringList([p.name for p in list_people(ws)])
        self.deputy_choices = q.deputy_names(ws, self.info.group_id)
        self.model.set_agenda(self.agenda)
        self.model.set_lines([])
        self.refresh()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COL_MARK))
        # Fixed widths: agency names run long (elided, whole in the tooltip); the deputy,
        # arrived and left columns must stay in view.
        for column, width in zip(range(COL_AGENCY, COL_LEFT + 1), (130, 120, 95, 125, 85, 70)):
            self.table.setColumnWidth(column, width)

    def reload_agenda(self) -> None:
        """The agenda changed: the late/early prompts and columns follow."""
        if self.meeting_id is None:
            return
        self.agenda = q.agenda(self.context.workspace, self.meeting_id)
        self.model.set_agenda(self.agenda)
        self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        ws = self.context.workspace
        self.model.set_lines(q.register(ws, self.meeting_id))
        self._show_guests(q.guests(ws, self.meeting_id))
        self._show_quorum()

    def _show_quorum(self) -> None:
        assert self.info is not None
        lines = self.model.lines()
        rule = QuorumRule(self.info.quorum_min_voting, frozenset(name for _, name in self.info.required_agencies))
        self.quorum = evaluate_quorum(rule, [
            SeatState(line.voting, line.agency, seat_is_filled(line.status, line.left_at_item_id is not None),
                      not line.in_attendance)
            for line in lines])
        self.quorum_label.setText(state_text(self.quorum.line))
        self.quorum_label.setStyleSheet(QUORATE_STYLE if self.quorum.quorate else NOT_QUORATE_STYLE)
        counts = {status: sum(1 for line in lines if line.status == status) for status in MARK_LABELS}
        self.counts_label.setText(
            self.tr(
                "Present {present} · by deputy {deputy} · apologies {apologies} · absent {absent} · not yet marked {unmarked}"
            ).format(
                present=counts["present"],
                deputy=counts["deputy"],
                apologies=counts["apologies"],
                absent=counts["absent"],
                unmarked=counts["unmarked"],
            )
        )

    def _show_guests(self, guests: list[q.GuestLine]) -> None:
        self.guests.clear()
        for guest in guests:
            text = (
                guest.name
                + (f", {guest.note}" if guest.note else "")
                + (f" ({guest.agency})" if guest.agency else "")
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, guest.line_id)
            self.guests.addItem(item)
        self.guests.setVisible(bool(guests))

    # -- commands --------------------------------------------------------
    def current_line(self) -> q.RegisterLine | None:
        index = self.table.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    def _on_command(self, command: str) -> None:
        self.prompt.flush()  # a name typed at the prompt for another seat is kept, not dropped
        line = self.current_line()
        if command == "guest":
            self.guest_edit.setFocus()
            return
        if line is None or self.meeting_id is None:
            return
        if command in ("present", "apologies", "absent"):
            if self._mark(line, command):
                self._advance()
        elif command == "deputy":
            if line.status == "deputy" or self._mark(line, "deputy", opens=True):
                self.prompt.ask(
                    f"deputy:{line.seat_id}",
                    self.tr("Deputy for {title}:").format(title=line.title),
                    self.deputy_choices,
                    line.deputy_name or "",
                )
        elif command == "late":
            if line.status in ("present", "deputy") or self._mark(line, "present"):
                self._ask_item(
                    f"arrived:{line.seat_id}", self.tr("{who} arrived at item:").format(who=line.holder or line.title)
                )
        elif command == "early":
            self._ask_item(
                f"left:{line.seat_id}", self.tr("{who} left at item:").format(who=line.holder or line.title)
            )
        elif command == "clear":
            self._set(
                line,
                self.tr("Clear the mark"),
                status="unmarked",
                deputy_name=None,
                arrived_at_item_id=None,
                left_at_item_id=None,
            )

    def _mark(self, line: q.RegisterLine, status: str, opens: bool = False) -> bool:
        return self._set(
            line,
            self.tr("Mark {seat}: {mark}").format(seat=line.title, mark=word(MARK_LABELS[status]).lower()),
            opens=opens,
            status=status,
            deputy_name=line.deputy_name if status == "deputy" else None,
        )

    def _set(self, line: q.RegisterLine, text: str, opens: bool = False, **new: object) -> bool:
        """Change a seat's line in one undoable step; undo restores exactly
        the old mark, deputy and times. A step that ``opens`` (D, waiting
        for the deputy's name) takes the next step on the same seat into it."""
        assert self.meeting_id is not None
        meeting_id, seat_id = self.meeting_id, line.seat_id
        old = {
            "status": line.status,
            "deputy_name": line.deputy_name,
            "arrived_at_item_id": line.arrived_at_item_id,
            "left_at_item_id": line.left_at_item_id,
        }
        fields = {**old, **new}

        def apply(values: dict[str, object]) -> Callable[[], object]:
            return lambda: ops.mark_attendance(
                self.context.workspace, meeting_id=meeting_id, seat_id=seat_id, **values
            )  # type: ignore[arg-type]

        return run_edit(
            self.context,
            text,
            apply(fields),
            apply(old),
            self.refresh,
            command=SeatStepCommand,
            seat=(meeting_id, seat_id),
            opens=opens,
        )

    def _advance(self) -> None:
        index = self.table.currentIndex()
        if index.row() + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(index.row() + 1, index.column()))

    def _ask_item(self, purpose: str, question: str) -> None:
        self.prompt.ask(purpose, question, [item.label for item in self.agenda])

    def _on_answer(self, purpose: str, text: str) -> None:
        """An answer to the prompt: Enter, or a question left typed in when
        another was asked (then the cursor stays where the clerk moved it)."""
        kind, _, seat = purpose.partition(":")
        row = self.model.row_of(int(seat))
        line = self.model.line(row)
        on_this_seat = self.table.currentIndex().row() == row
        self.table.setFocus()
        if kind == "deputy":
            saved = self._set(
                line,
                self.tr("Deputy for {title}: {text}").format(title=line.title, text=text),
                deputy_name=text or None,
            )
        else:
            item = self.item_for(text)
            if item is None:
                self.context.show_status(
                    self.tr("There is no agenda item {text!r}: type its number, e.g. 4.").format(text=text)
                )
                return
            field = "arrived_at_item_id" if kind == "arrived" else "left_at_item_id"
            said = (
                self.tr("{who} arrived at item {number}")
                if kind == "arrived"
                else self.tr("{who} left at item {number}")
            )
            saved = self._set(
                line, said.format(who=line.holder or line.title, number=item.number), **{field: item.id}
            )
        if saved and on_this_seat:
            self._advance()

    def _on_dismissed(self, _purpose: str) -> None:
        """Escape at the prompt: the mark stands, as its own undo step."""
        stack = self.context.undo_stack
        last = stack.command(stack.index() - 1)
        if isinstance(last, SeatStepCommand):
            last.open = False
        self.table.setFocus()

    def flush(self) -> None:
        """A name or item typed at the prompt and not yet confirmed is saved."""
        self.prompt.flush()

    def item_for(self, text: str) -> q.AgendaRow | None:
        """The agenda item meant by "4", "4." or "4. Quarterly report"."""
        text = text.strip()
        for item in self.agenda:
            if text.casefold() == item.label.casefold():
                return item
        number = re.match(r"^\s*([0-9]+[a-z]?)\b", text, re.IGNORECASE)
        if number:
            return next((i for i in self.agenda if (i.number or "").casefold() == number.group(1).casefold()), None)
        return (
            next((i for i in self.agenda if i.title.casefold().startswith(text.casefold())), None) if text else None
        )

    # -- guests ----------------------------------------------------------
    def _add_guest(self) -> None:
        if self.meeting_id is None or not self.guest_edit.text().strip():
            return
        name, _, role = self.guest_edit.text().partition(",")
        meeting_id = self.meeting_id
        ws = self.context.workspace
        if run_create(
            self.context,
            self.tr("Add {name} in attendance").format(name=name.strip()),
            lambda: ops.add_guest(ws, meeting_id=meeting_id, name=name, note=role.strip() or None),
            lambda ids: ops.restore_guest(ws, ids[0]),
            lambda ids: ops.remove_guest(ws, ids[0]),
            self.refresh,
        ):
            self.guest_edit.clear()

    def _remove_guest(self, line_id: int) -> None:
        ws = self.context.workspace
        run_edit(
            self.context,
            self.tr("Remove from in attendance"),
            lambda: ops.remove_guest(ws, line_id),
            lambda: ops.restore_guest(ws, line_id),
            self.refresh,
        )
