"""People & agencies: the tree of groups with their terms of reference
(purpose, duties, cadence, quorum, seats) and standing items; each group's
seats with who held them when; the agencies and the people. Everything here
can be corrected, retired from a date (history kept) and, for people and
agencies, merged when one was entered twice. A membership list imports
many seats at once through one preview. Every edit is one undo step."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store.models import Agency, Group, Person, Seat, StandingItem
from safeguard_desktop.store.ops import org, records
from safeguard_desktop.store.queries.org import (
    AgencyDetail,
    GroupNode,
    PersonDetail,
    SeatDetail,
    StandingItemRow,
    agency_rows,
    group_seats,
    group_tree,
    people_rows,
    standing_items,
)
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.export_dialog import ExportFlow
from safeguard_desktop.views.dialogs.membership_import_dialog import MembershipImportDialog
from safeguard_desktop.views.labels import GROUP_KINDS, SEAT_ROLES, label
from safeguard_desktop.views.meetings.commands import run_create, run_edit
from safeguard_desktop.views.meetings.form_dialog import Field, ask
from safeguard_desktop.views.pages.membership_imports import MembershipImports
from safeguard_desktop.views.pages.people_columns import (
    AGENCY_COLUMNS,
    ITEM_COLUMNS,
    ITEM_ROLES,
    PEOPLE_COLUMNS,
    SEAT_COLUMNS,
    terms_text,
)
from safeguard_desktop.views.widgets.buttons import button_row
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.list_page import ListSection

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTORS = ("council", "police", "health", "probation", "education", "housing", "voluntary", "fire", "other")
PURPOSES = (("(none)", None), ("Information", "information"), ("Discussion", "discussion"),
            ("Decision", "decision"), ("Scrutiny", "scrutiny"))


class PeoplePage(MembershipImports, QWidget):
    title = "People & agencies"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.nodes: dict[int, GroupNode] = {}
        self.import_dialog: MembershipImportDialog | None = None
        self.export_flow: ExportFlow | None = None
        self.tree_model = QStandardItemModel(0, 4, self)
        self.tree_model.setHorizontalHeaderLabels(("Group", "Kind", "Meets", "Quorum"))
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_group())
        self.seats = ListSection("Seats", SEAT_COLUMNS, lambda s: s.id, "No seats yet",
                                 "Add the group's seats: \"Chief constable or nominated deputy\", \"Independent "
                                 "chair\"... or import a membership list. People change; seats stay.")
        self.items = ListSection("Standing items", ITEM_COLUMNS, lambda i: i.id, "No standing items yet",
                                 "Items every agenda of the group starts with: apologies, minutes of the last "
                                 "meeting, matters arising...")
        self.agencies = ListSection("Agencies", AGENCY_COLUMNS, lambda a: a.id, "No agencies yet",
                                    "Add the partner agencies: the council, police, health bodies, probation...")
        self.people = ListSection("People", PEOPLE_COLUMNS, lambda p: p.id, "No people yet",
                                  "Add the members who hold the seats, and their agencies.")
        self.seats.heading.hide()  # the group heading above says whose seats these are
        self.group_heading = QLabel()
        self.group_heading.setWordWrap(True)
        self.group_heading.setTextFormat(Qt.TextFormat.RichText)

        groups_box = QWidget()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(QLabel("<h3>Groups</h3>"))
        groups_layout.addLayout(button_row(("Add group…", self.add_group), ("Terms of reference…", self.edit_terms),
                                         ("Cadence and quorum…", self.edit_group), ("End group…", self.retire_group)))
        groups_layout.addWidget(self.tree)
        seats_tab = QWidget()
        seats_layout = QVBoxLayout(seats_tab)
        seats_layout.addLayout(button_row(("Add seat…", self.add_seat), ("Edit seat…", self.edit_seat),
                                        ("Appoint…", self.appoint), ("Holder leaves…", self.holder_leaves),
                                        ("Retire seat…", self.retire_seat)))
        seats_layout.addLayout(button_row(("Import members…", self.import_members),
                                        ("Membership paper…", self.membership_paper)))
        seats_layout.addWidget(self.seats, 1)
        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        items_layout.addLayout(button_row(("Add item…", self.add_item), ("Edit item…", self.edit_item),
                                        ("Remove item", self.remove_item)))
        items_layout.addWidget(self.items, 1)
        self.items.heading.hide()
        self.group_tabs = QTabWidget()
        self.group_tabs.addTab(seats_tab, "Seats")
        self.group_tabs.addTab(items_tab, "Standing items")
        group_box = QWidget()
        group_layout = QVBoxLayout(group_box)
        group_layout.setContentsMargins(0, 0, 0, 0)
        group_layout.addWidget(self.group_heading)
        group_layout.addWidget(self.group_tabs, 1)
        self.lists = QTabWidget()
        for section, title, buttons in (
                (self.agencies, "Agencies", (("Add agency…", self.add_agency), ("Correct…", self.edit_agency),
                                             ("Retire…", self.retire_agency), ("Merge…", self.merge_agency))),
                (self.people, "People", (("Add person…", self.add_person), ("Correct…", self.edit_person),
                                         ("Leaves…", self.retire_person), ("Merge…", self.merge_person)))):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.addLayout(button_row(*buttons))
            box_layout.addWidget(section)
            section.heading.hide()  # the tab says it
            self.lists.addTab(box, title)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(groups_box)
        left.addWidget(self.lists)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(group_box)
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
            name = node.name + (f" (ended {node.active_to:%b %Y})" if node.active_to else "")
            cells = [QStandardItem(text or "") for text in
                     (name, label(GROUP_KINDS, node.kind), node.cadence, node.quorum_text)]
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
        self.agencies.set_rows(agency_rows(ws))
        self.people.set_rows(people_rows(ws))

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

    def _current_node(self) -> GroupNode | None:
        return self.nodes.get(self.current_group_id() or -1)

    def _fit_seat_columns(self) -> None:
        # Long agency names would push "Held by" and the history off screen.
        for column, width in enumerate((250, 180, 120, 140)):
            self.seats.table.setColumnWidth(column, width)

    def _show_group(self) -> None:
        node = self._current_node()
        if node is None:
            self.group_heading.setText("<h3>Seats</h3>Choose a group.")
            self.seats.set_rows([])
            self.items.set_rows([])
            return
        self.group_heading.setText(terms_text(node))
        self.seats.set_rows(group_seats(self.context.workspace, node.id))
        self.items.set_rows(standing_items(self.context.workspace, node.id))
        self._fit_seat_columns()

    @staticmethod
    def _selected(section: ListSection) -> Any:
        rows = section.table.selectionModel().selectedRows()
        return section.model.record(rows[0].row()) if rows else None

    def _selected_seat(self) -> SeatDetail | None:
        return self._selected(self.seats)

    def _chosen(self, section: ListSection, what: str) -> Any:
        record = self._selected(section)
        if record is None:
            self.context.show_status(f"Choose {what} first.")
        return record

    def _agency_choices(self) -> list[tuple[str, int | None]]:
        return [("(none)", None)] + [(a.name, a.id) for a in agency_rows(self.context.workspace) if not a.retired_on]

    # -- undo ----------------------------------------------------------
    def _apply(self, text: str, op: Callable[[], Sequence[Change]]) -> bool:
        """One undo step for an operation that says what it changed: undo
        reverts exactly that, redo puts exactly that back."""
        ws, made = self.context.workspace, []

        def do() -> None:
            if made:
                org.reapply(ws, made)
            else:
                made.extend(op())

        return run_edit(self.context, text, do, lambda: org.revert(ws, made), self.refresh)

    def _create(self, text: str, model: type, create: Callable[[], int]) -> None:
        ws = self.context.workspace
        run_create(self.context, text, create, lambda ids: records.restore_records(ws, model, ids),
                   lambda ids: records.delete_records(ws, model, ids), self.refresh)

    def _correct(self, text: str, model: type, record_id: int, answers: dict[str, Any]) -> None:
        ws = self.context.workspace
        self._apply(text, lambda: org.correct(ws, model, record_id, answers))

    # -- agencies and people ---------------------------------------------
    def _agency_fields(self, agency: AgencyDetail | None = None) -> list[Field]:
        return [Field("name", "Name", default=agency.name if agency else None, required=True),
                Field("short_name", "Short name", default=agency.short_name if agency else None),
                Field("sector", "Sector", "choice", [(s.capitalize(), s) for s in SECTORS],
                      agency.sector if agency else "other"),
                Field("statutory_partner", "Statutory partner (council, police, health)", "check",
                      default=agency.statutory_partner if agency else False)]

    def add_agency(self) -> None:
        answers = ask(self, "Add agency", self._agency_fields())
        if answers:
            ws = self.context.workspace
            self._create(f"Add agency {answers['name']}", Agency, lambda: org.create_agency(ws, **answers))

    def edit_agency(self) -> None:
        agency = self._chosen(self.agencies, "an agency")
        if agency is not None and (answers := ask(self, f"Correct {agency.name}", self._agency_fields(agency))):
            self._correct(f"Correct {agency.name}", Agency, agency.id, answers)

    def retire_agency(self) -> None:
        agency = self._chosen(self.agencies, "an agency")
        if agency is not None:
            self._retire(f"{agency.name} is no longer a partner", "Last day as a partner",
                         lambda ws, on: org.retire_agency(ws, agency.id, on))

    def merge_agency(self) -> None:
        agency = self._chosen(self.agencies, "the agency entered twice")
        if agency is not None:
            self._merge(agency.name, agency.id, org.merge_agencies,
                        [(a.name, a.id) for a in agency_rows(self.context.workspace) if a.id != agency.id])

    def _person_fields(self, person: PersonDetail | None = None) -> list[Field]:
        return [Field("name", "Name", default=person.name if person else None, required=True),
                Field("job_title", "Job title", default=person.job_title if person else None),
                Field("agency_id", "Agency", "choice", self._agency_choices(), person.agency_id if person else None),
                Field("email", "Email", default=person.email if person else None)]

    def add_person(self) -> None:
        answers = ask(self, "Add person", self._person_fields())
        if answers:
            ws = self.context.workspace
            self._create(f"Add {answers['name']}", Person, lambda: org.create_person(ws, **answers))

    def edit_person(self) -> None:
        person = self._chosen(self.people, "a person")
        if person is not None and (answers := ask(self, f"Correct {person.name}", self._person_fields(person))):
            self._correct(f"Correct {person.name}", Person, person.id, answers)

    def retire_person(self) -> None:
        person = self._chosen(self.people, "a person")
        if person is not None:
            self._retire(f"{person.name} leaves", "Last day (their seats are vacant from the next)",
                         lambda ws, on: org.retire_person(ws, person.id, on))

    def merge_person(self) -> None:
        person = self._chosen(self.people, "the person entered twice")
        if person is not None:
            self._merge(person.name, person.id, org.merge_people,
                        [(p.name + (f" ({p.agency})" if p.agency else ""), p.id)
                         for p in people_rows(self.context.workspace) if p.id != person.id])

    def _retire(self, title: str, question: str, retire: Callable[[Any, date], Sequence[Change]]) -> None:
        """Ask the last day, then retire as one undo step."""
        answers = ask(self, title, [Field("on", question, "date")])
        if answers:
            ws = self.context.workspace
            self._apply(title, lambda: retire(ws, answers["on"]))

    def _merge(self, name: str, gone: int, merge: Callable[..., Sequence[Change]],
               others: list[tuple[str, int]]) -> None:
        """Ask which record the duplicate ``name`` is, then merge as one undo step."""
        answers = ask(self, f"Merge {name}", [Field("keep", f"Merge {name} into", "choice", others)])
        if answers and answers["keep"] is not None:
            ws = self.context.workspace
            self._apply(f"Merge {name}", lambda: merge(ws, keep=answers["keep"], gone=gone))

    # -- groups ----------------------------------------------------------
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

    def edit_terms(self) -> None:
        node = self._current_node()
        if node is None:
            return
        answers = ask(self, f"{node.name}: terms of reference", [
            Field("name", "Name", default=node.name, required=True),
            Field("purpose", "Purpose", default=node.purpose),
            Field("duties", "Duties (one a line)", "lines", default=node.duties),
            Field("cadence", "Meets", default=node.cadence)])
        if answers:
            self._correct(f"{node.name}: terms of reference", Group, node.id, answers)

    def retire_group(self) -> None:
        node = self._current_node()
        if node is not None:
            self._retire(f"{node.name} ends", "Last day", lambda ws, on: org.retire_group(ws, node.id, on))

    def edit_group(self) -> None:
        node = self._current_node()
        if node is None:
            return
        agencies = agency_rows(self.context.workspace)
        fields = [Field("cadence", "Meets", default=node.cadence),
                  Field("quorum_min_voting", "Quorum: voting seats (blank for a majority)",
                        default=str(node.quorum_min_voting or ""))]
        fields += [Field(f"agency:{a.id}", f"{a.name} must be there", "check", default=a.name in node.required_agencies)
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

    # -- standing items ----------------------------------------------------
    def _item_fields(self, item: StandingItemRow | None = None) -> list[Field]:
        return [Field("title", "Item", default=item.title if item else None, required=True),
                Field("purpose", "Purpose", "choice", PURPOSES, item.purpose if item else None),
                Field("role", "Brings in", "choice", ITEM_ROLES, item.role if item else "other")]

    def add_item(self) -> None:
        group_id = self.current_group_id()
        if group_id is None or not (answers := ask(self, "Add standing item", self._item_fields())):
            return
        ws = self.context.workspace
        self._create(f"Add standing item {answers['title']}", StandingItem,
                     lambda: org.add_standing_item(ws, group_id=group_id, **answers))

    def edit_item(self) -> None:
        item = self._chosen(self.items, "a standing item")
        if item is not None and (answers := ask(self, f"Edit {item.title}", self._item_fields(item))):
            self._correct(f"Edit standing item {item.title}", StandingItem, item.id, answers)

    def remove_item(self) -> None:
        item = self._chosen(self.items, "a standing item")
        if item is not None:
            ws = self.context.workspace
            run_edit(self.context, f"Remove standing item {item.title}",
                     lambda: records.delete_records(ws, StandingItem, [item.id]),
                     lambda: records.restore_records(ws, StandingItem, [item.id]), self.refresh)

    # -- seats -----------------------------------------------------------
    def _seat_fields(self, seat: SeatDetail | None = None) -> list[Field]:
        return [Field("title", "Seat", default=seat.title if seat else "… or nominated deputy", required=True),
                Field("agency_id", "Agency", "choice", self._agency_choices(), seat.agency_id if seat else None),
                Field("role", "Role", "choice", [(v, k) for k, v in SEAT_ROLES.items()],
                      seat.role if seat else "member"),
                Field("voting", "Voting member", "check", default=seat.voting if seat else True),
                Field("in_attendance", "In attendance, not a member (left out of attendance rates and quorum)",
                      "check", default=seat.in_attendance if seat else False)]

    def add_seat(self) -> None:
        group_id = self.current_group_id()
        if group_id is None or not (answers := ask(self, "Add seat", self._seat_fields())):
            return
        ws = self.context.workspace
        self._create(f"Add seat {answers['title']}", Seat, lambda: org.create_seat(ws, group_id=group_id, **answers))

    def edit_seat(self) -> None:
        seat = self._chosen(self.seats, "a seat")
        if seat is not None and (answers := ask(self, f"Edit {seat.title}", self._seat_fields(seat))):
            self._correct(f"Edit seat {seat.title}", Seat, seat.id, answers)

    def retire_seat(self) -> None:
        seat = self._chosen(self.seats, "a seat")
        if seat is not None:
            self._retire(f"Retire {seat.title}", "Last meeting day it counts (earlier registers keep it)",
                         lambda ws, on: org.retire_seat(ws, seat.id, on))

    def appoint(self) -> None:
        seat = self._selected_seat()
        if seat is None:
            self.context.show_status("Choose a seat first.")
            return
        people = [(p.name + (f" ({p.agency})" if p.agency else ""), p.id)
                  for p in people_rows(self.context.workspace) if not p.left_on]
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

    def membership_paper(self) -> None:
        """File › Export, set for this group's membership paper."""
        group_id = self.current_group_id()
        if group_id is None:
            return
        self.export_flow = ExportFlow(self.context, self, "membership")
        box = self.export_flow.dialog.group_box
        box.setCurrentIndex(max(0, box.findData(group_id)))
        self.export_flow.dialog.open()
