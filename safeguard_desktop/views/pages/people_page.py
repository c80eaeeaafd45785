"""People & agencies: the tree of groups with how often each meets and its
quorum rule; each group's seats with who held them when; the agencies and
the people. When a person leaves, the seat stays and keeps its history."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store.models import Agency, Group, Person, Seat
from safeguard_desktop.store.ops import org, records
from safeguard_desktop.store.queries.org import GroupNode, SeatDetail, group_seats, group_tree
from safeguard_desktop.store.queries.overview import PersonRow, boards, list_agencies, list_people
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import GROUP_KINDS, SEAT_ROLES, label
from safeguard_desktop.views.meetings.commands import run_create, run_edit
from safeguard_desktop.views.meetings.form_dialog import Field, ask
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.list_page import ListSection
from safeguard_desktop.views.widgets.record_table_model import Column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTORS = ("council", "police", "health", "probation", "education", "housing", "voluntary", "fire", "other")


def _history(seat: SeatDetail) -> str:
    return "; ".join(f"{h.person} {h.from_date:%b %Y}–{h.to_date:%b %Y}" if h.to_date else
                     f"{h.person} since {h.from_date:%d %b %Y}" for h in seat.holders)


SEAT_COLUMNS: tuple[Column[SeatDetail], ...] = (
    Column("Seat", lambda s: s.title),
    Column("Agency", lambda s: s.agency),
    Column("Role", lambda s: label(SEAT_ROLES, s.role) + ("" if s.voting else " (non-voting)")),
    Column("Held by", lambda s: s.holders[0].person if s.holders and s.holders[0].to_date is None else "Vacant"),
    Column("Holders over time", _history),
)
PEOPLE_COLUMNS: tuple[Column[PersonRow], ...] = (
    Column("Name", lambda p: p.name),
    Column("Job title", lambda p: p.job_title),
    Column("Agency", lambda p: p.agency),
)
AGENCY_COLUMNS: tuple[Column[tuple[int, str, str, bool]], ...] = (
    Column("Agency", lambda a: a[1]),
    Column("Sector", lambda a: a[2].capitalize()),
    Column("Statutory", lambda a: "Yes" if a[3] else ""),
)


def _buttons(*specs: tuple[str, Callable[[], None]]) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot in specs:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


class PeoplePage(QWidget):
    title = "People & agencies"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.nodes: dict[int, GroupNode] = {}
        self.tree_model = QStandardItemModel(0, 4, self)
        self.tree_model.setHorizontalHeaderLabels(("Group", "Kind", "Meets", "Quorum"))
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_group())
        self.seats = ListSection("Seats", SEAT_COLUMNS, lambda s: s.id, "No seats yet",
                                 "Add the group's seats: \"Chief constable or nominated deputy\", \"Independent "
                                 "chair\"... People change; seats stay.")
        self.agencies = ListSection("Agencies", AGENCY_COLUMNS, lambda a: a[0], "No agencies yet",
                                    "Add the partner agencies: the council, police, health bodies, probation...")
        self.people = ListSection("People", PEOPLE_COLUMNS, lambda p: p.id, "No people yet",
                                  "Add the members who hold the seats, and their agencies.")
        self.seats.heading.hide()  # the group heading above says whose seats these are
        self.group_heading = QLabel()
        self.group_heading.setWordWrap(True)

        groups_box = QWidget()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(QLabel("<h3>Groups</h3>"))
        groups_layout.addLayout(_buttons(("Add group…", self.add_group), ("Cadence and quorum…", self.edit_group)))
        groups_layout.addWidget(self.tree)
        seats_box = QWidget()
        seats_layout = QVBoxLayout(seats_box)
        seats_layout.setContentsMargins(0, 0, 0, 0)
        seats_layout.addWidget(self.group_heading)
        seats_layout.addLayout(_buttons(("Add seat…", self.add_seat), ("Appoint…", self.appoint),
                                        ("Holder leaves…", self.holder_leaves)))
        seats_layout.addWidget(self.seats, 1)
        lists = QTabWidget()
        for section, title, button in ((self.agencies, "Agencies", ("Add agency…", self.add_agency)),
                                       (self.people, "People", ("Add person…", self.add_person))):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.addLayout(_buttons(button))
            box_layout.addWidget(section)
            section.heading.hide()  # the tab says it
            lists.addTab(box, title)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(groups_box)
        left.addWidget(lists)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(seats_box)
        splitter.setSizes([560, 840])
        content = QWidget()
        QVBoxLayout(content).addWidget(splitter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(content)
        self._stack.addWidget(EmptyState("No board yet", "Create a workspace with a board (File › New workspace); "
                                         "its groups, seats, agencies and people are kept here."))
        self.refresh()

    # -- loading -------------------------------------------------------
    def refresh(self) -> None:
        ws = self.context.workspace
        self._stack.setCurrentIndex(0 if boards(ws) else 1)
        keep = self.current_group_id()
        nodes = group_tree(ws)
        self.nodes = {n.id: n for n in nodes}
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        items: dict[int, QStandardItem] = {}
        for node in nodes:
            cells = [QStandardItem(text or "") for text in
                     (node.name, label(GROUP_KINDS, node.kind), node.cadence, node.quorum_text)]
            cells[0].setData(node.id, ID_ROLE)
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            (parent or self.tree_model.invisibleRootItem()).appendRow(cells)
            items[node.id] = cells[0]
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        target = items.get(keep) if keep in items else (items[nodes[0].id] if nodes else None)
        if target is not None:
            self.tree.setCurrentIndex(target.index())
        self._show_group()
        self.agencies.set_rows(list_agencies(ws))
        self.people.set_rows(list_people(ws))

    def show_record(self, seat_id: int, group_id: object) -> None:
        """Select a seat, opened from another page: its group first."""
        self.refresh()
        found = self.tree_model.match(self.tree_model.index(0, 0), ID_ROLE, group_id, 1,
                                      Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if found:
            self.tree.setCurrentIndex(found[0])
        model = self.seats.model
        row = next((r for r in range(model.rowCount()) if model.record(r).id == seat_id), None)
        if row is not None:
            self.seats.table.selectRow(row)
        self.seats.table.setFocus()

    def current_group_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _fit_seat_columns(self) -> None:
        # Long agency names would push "Held by" and the history off screen.
        for column, width in enumerate((250, 180, 120, 140)):
            self.seats.table.setColumnWidth(column, width)

    def _show_group(self) -> None:
        group_id = self.current_group_id()
        node = self.nodes.get(group_id) if group_id is not None else None
        if node is None:
            self.group_heading.setText("<h3>Seats</h3>Choose a group.")
            self.seats.set_rows([])
            return
        self.group_heading.setText(f"<h3>Seats of {node.name}</h3>Meets {node.cadence or '(cadence not set)'}; "
                                   f"quorate with {node.quorum_text}.")
        self.seats.set_rows(group_seats(self.context.workspace, node.id))
        self._fit_seat_columns()

    def _selected_seat(self) -> SeatDetail | None:
        rows = self.seats.table.selectionModel().selectedRows()
        return self.seats.model.record(rows[0].row()) if rows else None

    # -- edits ---------------------------------------------------------
    def _create(self, text: str, model: type, create: Callable[[], int]) -> None:
        ws = self.context.workspace
        run_create(self.context, text, create, lambda ids: records.restore_records(ws, model, ids),
                   lambda ids: records.delete_records(ws, model, ids), self.refresh)

    def add_agency(self) -> None:
        answers = ask(self, "Add agency", [
            Field("name", "Name", required=True), Field("short_name", "Short name"),
            Field("sector", "Sector", "choice", [(s.capitalize(), s) for s in SECTORS], "other"),
            Field("statutory_partner", "Statutory partner (council, police, health)", "check")])
        if answers:
            ws = self.context.workspace
            self._create(f"Add agency {answers['name']}", Agency, lambda: org.create_agency(ws, **answers))

    def add_person(self) -> None:
        agencies = [("(none)", None)] + [(a[1], a[0]) for a in list_agencies(self.context.workspace)]
        answers = ask(self, "Add person", [Field("name", "Name", required=True), Field("job_title", "Job title"),
                                           Field("agency_id", "Agency", "choice", agencies)])
        if answers:
            ws = self.context.workspace
            self._create(f"Add {answers['name']}", Person, lambda: org.create_person(ws, **answers))

    def add_group(self) -> None:
        ws = self.context.workspace
        board = boards(ws)
        if not board:
            return
        parents = [("(top level)", None)] + [(n.name, n.id) for n in self.nodes.values()]
        answers = ask(self, "Add group", [
            Field("name", "Name", required=True),
            Field("kind", "Kind", "choice", [(v, k) for k, v in GROUP_KINDS.items()], "sub_group"),
            Field("parent_id", "Part of", "choice", parents, self.current_group_id()),
            Field("cadence", "Meets", default="bi-monthly")])
        if answers:
            self._create(f"Add group {answers['name']}", Group,
                         lambda: org.create_group(ws, board_id=board[0].id, **answers))

    def edit_group(self) -> None:
        node = self.nodes.get(self.current_group_id() or -1)
        if node is None:
            return
        agencies = list_agencies(self.context.workspace)
        fields = [Field("cadence", "Meets", default=node.cadence),
                  Field("quorum_min_voting", "Quorum: voting seats (blank for a majority)",
                        default=str(node.quorum_min_voting or ""))]
        fields += [Field(f"agency:{a[0]}", f"{a[1]} must be there", "check", default=a[1] in node.required_agencies)
                   for a in agencies]
        answers = ask(self, f"{node.name}: cadence and quorum", fields)
        if answers is None:
            return
        quorum_text = answers.pop("quorum_min_voting")
        if quorum_text is not None and not quorum_text.isdigit():
            self.context.show_status("The quorum is a number of voting seats, e.g. 5.")
            return
        self._edit_group(node, answers.pop("cadence"), int(quorum_text) if quorum_text else None,
                         [int(key.split(":")[1]) for key, on in answers.items() if on])

    def _edit_group(self, node: GroupNode, cadence: str | None, quorum: int | None, required: list[int]) -> None:
        ws = self.context.workspace
        old_required = sorted(org.quorum_agency_ids(ws, node.id))

        def apply(cadence: Any, quorum: Any, agencies: list[int]) -> Callable[[], None]:
            def do() -> None:
                records.set_fields(ws, Group, [(node.id, "cadence", cadence), (node.id, "quorum_min_voting", quorum)])
                org.set_quorum_agencies(ws, node.id, agencies)
            return do

        run_edit(self.context, f"{node.name}: cadence and quorum", apply(cadence, quorum, required),
                 apply(node.cadence, node.quorum_min_voting, old_required), self.refresh)

    def add_seat(self) -> None:
        group_id = self.current_group_id()
        if group_id is None:
            return
        agencies = [("(none)", None)] + [(a[1], a[0]) for a in list_agencies(self.context.workspace)]
        answers = ask(self, "Add seat", [
            Field("title", "Seat", default="… or nominated deputy", required=True),
            Field("agency_id", "Agency", "choice", agencies),
            Field("role", "Role", "choice", [(v, k) for k, v in SEAT_ROLES.items()], "member"),
            Field("voting", "Voting member", "check", default=True)])
        if answers:
            ws = self.context.workspace
            self._create(f"Add seat {answers['title']}", Seat,
                         lambda: org.create_seat(ws, group_id=group_id, **answers))

    def appoint(self) -> None:
        seat = self._selected_seat()
        if seat is None:
            self.context.show_status("Choose a seat first.")
            return
        people = [(p.name + (f" ({p.agency})" if p.agency else ""), p.id) for p in list_people(self.context.workspace)]
        answers = ask(self, f"Appoint to {seat.title}", [Field("person_id", "Person", "choice", people),
                                                         Field("from_date", "From", "date")])
        if not answers or answers["person_id"] is None:
            return
        ws, made = self.context.workspace, []

        def do() -> None:
            made[:] = [org.appoint(ws, seat_id=seat.id, **answers)]

        run_edit(self.context, f"Appoint to {seat.title}", do, lambda: org.unappoint(ws, made[0]), self.refresh)

    def holder_leaves(self) -> None:
        seat = self._selected_seat()
        current = seat.holders[0] if seat and seat.holders and seat.holders[0].to_date is None else None
        if seat is None or current is None:
            self.context.show_status("Choose a seat that has a holder.")
            return
        answers = ask(self, f"{current.person} leaves {seat.title}", [Field("to_date", "Last day", "date")])
        if answers:
            ws = self.context.workspace
            run_edit(self.context, f"{current.person} leaves", lambda: org.end_holding(ws, seat_id=seat.id, **answers),
                     lambda: org.reopen_holding(ws, seat_id=seat.id), self.refresh)
