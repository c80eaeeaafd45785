"""People & agencies: the tree of groups with their terms of reference
(purpose, duties, cadence, quorum, seats) and standing items; each group's
seats with who held them when; the agencies and the people. Everything here
can be corrected, retired from a date (history kept) and, for people and
agencies, merged when one was entered twice. A membership list imports
many seats at once through one preview. Every edit is one undo step."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from safeguard_desktop.views.labels import GROUP_KINDS, SEAT_ROLES, code_word, label
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
from safeguard_desktop.views.i18n import day_text, word
from safeguard_desktop.views.state_words import state_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTORS = ("council", "police", "health", "probation", "education", "housing", "voluntary", "fire", "other")
PURPOSES = ((QT_TRANSLATE_NOOP("Words", "(none)"), None), (QT_TRANSLATE_NOOP("Words", "Information"), "information"), (QT_TRANSLATE_NOOP("Words", "Discussion"), "discussion"),
            (QT_TRANSLATE_NOOP("Words", "Decision"), "decision"), (QT_TRANSLATE_NOOP("Words", "Scrutiny"), "scrutiny"))


class PeoplePage(MembershipImports, QWidget):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.nodes: dict[int, GroupNode] = {}
        self.import_dialog: MembershipImportDialog | None = None
        self.export_flow: ExportFlow | None = None
        self.tree_model = QStandardItemModel(0, 4, self)
        self.tree_model.setHorizontalHeaderLabels((self.tr("Group"), self.tr("Kind"), self.tr("Meets"), self.tr("Quorum")))
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Groups"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_group())
        self.seats = ListSection(self.tr("Seats"), SEAT_COLUMNS, lambda s: s.id, self.tr("No seats yet"),
                                 self.tr("Add the group's seats: \"Chief constable or nominated deputy\", \"Independent "
                                 "chair\"... or import a membership list. People change; seats stay."))
        self.items = ListSection(self.tr("Standing items"), ITEM_COLUMNS, lambda i: i.id, self.tr("No standing items yet"),
                                 self.tr("Items every agenda of the group starts with: apologies, minutes of the last "
                                 "meeting, matters arising..."))
        self.agencies = ListSection(self.tr("Agencies"), AGENCY_COLUMNS, lambda a: a.id, self.tr("No agencies yet"),
                                    self.tr("Add the partner agencies: the council, police, health bodies, probation..."))
        self.people = ListSection(self.tr("People"), PEOPLE_COLUMNS, lambda p: p.id, self.tr("No people yet"),
                                  self.tr("Add the members who hold the seats, and their agencies."))
        self.seats.heading.hide()  # the group heading above says whose seats these are
        self.group_heading = QLabel()
        self.group_heading.setWordWrap(True)
        self.group_heading.setTextFormat(Qt.TextFormat.RichText)

        groups_box = QWidget()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(QLabel(self.tr("<h3>Groups</h3>")))
        groups_layout.addLayout(button_row((self.tr("Add group…"), self.add_group), (self.tr("Terms of reference…"), self.edit_terms),
                                         (self.tr("Cadence and quorum…"), self.edit_group), (self.tr("End group…"), self.retire_group)))
        groups_layout.addWidget(self.tree)
        seats_tab = QWidget()
        seats_layout = QVBoxLayout(seats_tab)
        seats_layout.addLayout(button_row((self.tr("Add seat…"), self.add_seat), (self.tr("Edit seat…"), self.edit_seat),
                                        (self.tr("Appoint…"), self.appoint), (self.tr("Holder leaves…"), self.holder_leaves),
                                        (self.tr("Retire seat…"), self.retire_seat)))
        seats_layout.addLayout(button_row((self.tr("Import members…"), self.import_members),
                                        (self.tr("Membership paper…"), self.membership_paper)))
        seats_layout.addWidget(self.seats, 1)
        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        items_layout.addLayout(button_row((self.tr("Add item…"), self.add_item), (self.tr("Edit item…"), self.edit_item),
                                        (self.tr("Remove item"), self.remove_item)))
        items_layout.addWidget(self.items, 1)
        self.items.heading.hide()
        self.group_tabs = QTabWidget()
        self.group_tabs.addTab(seats_tab, self.tr("Seats"))
        self.group_tabs.addTab(items_tab, self.tr("Standing items"))
        group_box = QWidget()
        group_layout = QVBoxLayout(group_box)
        group_layout.setContentsMargins(0, 0, 0, 0)
        group_layout.addWidget(self.group_heading)
        group_layout.addWidget(self.group_tabs, 1)
        self.lists = QTabWidget()
        for section, title, buttons in (
                (self.agencies, self.tr("Agencies"), ((self.tr("Add agency…"), self.add_agency), (self.tr("Correct…"), self.edit_agency),
                                             (self.tr("Retire…"), self.retire_agency), (self.tr("Merge…"), self.merge_agency))),
                (self.people, self.tr("People"), ((self.tr("Add person…"), self.add_person), (self.tr("Correct…"), self.edit_person),
                                         (self.tr("Leaves…"), self.retire_person), (self.tr("Merge…"), self.merge_person)))):
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
        self._stack.addWidget(EmptyState(self.tr("No board yet"), self.tr("Create a workspace with a board (File › New workspace); "
                                         "its groups, seats, agencies and people are kept here.")))
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
            name = node.name + (self.tr(" (ended {when})").format(when=day_text(node.active_to, "%b %Y")) if node.active_to else "")
            cells = [QStandardItem(text or "") for text in
                     (name, label(GROUP_KINDS, node.kind), node.cadence, state_text(node.quorum_text))]
            cells[0].setData(node.id, ID_ROLE)
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            (parent or self.tree_model.invisibleRootItem()).appendRow(cells)
            items[node.id] = cells[0]
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        target = items.get(keep) if keep in items else (items[nodes[0].id] if nodes else None)
        if target is None or target.index() == self.tree.currentIndex():
            self._show_group()  # the current group stays: no signal shows it
        else:
            self.tree.setCurrentIndex(target.index())  # which shows it
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
            self.group_heading.setText(self.tr("<h3>Seats</h3>Choose a group."))
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
            self.context.show_status(self.tr("Choose {what} first.").format(what=what))
        return record

    def _agency_choices(self) -> list[tuple[str, int | None]]:
        return [(self.tr("(none)"), None)] + [(a.name, a.id) for a in agency_rows(self.context.workspace) if not a.retired_on]

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
        return [Field("name", self.tr("Name"), default=agency.name if agency else None, required=True),
                Field("short_name", self.tr("Short name"), default=agency.short_name if agency else None),
                Field("sector", self.tr("Sector"), "choice", [(code_word(s), s) for s in SECTORS],
                      agency.sector if agency else "other"),
                Field("statutory_partner", self.tr("Statutory partner (council, police, health)"), "check",
                      default=agency.statutory_partner if agency else False)]

    def add_agency(self) -> None:
        answers = ask(self, self.tr("Add agency"), self._agency_fields())
        if answers:
            ws = self.context.workspace
            self._create(self.tr("Add agency {name}").format(name=answers['name']), Agency, lambda: org.create_agency(ws, **answers))

    def edit_agency(self) -> None:
        agency = self._chosen(self.agencies, self.tr("an agency"))
        if agency is not None and (answers := ask(self, self.tr("Correct {name}").format(name=agency.name), self._agency_fields(agency))):
            self._correct(self.tr("Correct {name}").format(name=agency.name), Agency, agency.id, answers)

    def retire_agency(self) -> None:
        agency = self._chosen(self.agencies, self.tr("an agency"))
        if agency is not None:
            self._retire(self.tr("{name} is no longer a partner").format(name=agency.name), self.tr("Last day as a partner"),
                         lambda ws, on: org.retire_agency(ws, agency.id, on))

    def merge_agency(self) -> None:
        agency = self._chosen(self.agencies, self.tr("the agency entered twice"))
        if agency is not None:
            self._merge(agency.name, agency.id, org.merge_agencies,
                        [(a.name, a.id) for a in agency_rows(self.context.workspace) if a.id != agency.id])

    def _person_fields(self, person: PersonDetail | None = None) -> list[Field]:
        return [Field("name", self.tr("Name"), default=person.name if person else None, required=True),
                Field("job_title", self.tr("Job title"), default=person.job_title if person else None),
                Field("agency_id", self.tr("Agency"), "choice", self._agency_choices(), person.agency_id if person else None),
                Field("email", self.tr("Email"), default=person.email if person else None)]

    def add_person(self) -> None:
        answers = ask(self, self.tr("Add person"), self._person_fields())
        if answers:
            ws = self.context.workspace
            self._create(self.tr("Add {name}").format(name=answers['name']), Person, lambda: org.create_person(ws, **answers))

    def edit_person(self) -> None:
        person = self._chosen(self.people, self.tr("a person"))
        if person is not None and (answers := ask(self, self.tr("Correct {name}").format(name=person.name), self._person_fields(person))):
            self._correct(self.tr("Correct {name}").format(name=person.name), Person, person.id, answers)

    def retire_person(self) -> None:
        person = self._chosen(self.people, self.tr("a person"))
        if person is not None:
            self._retire(self.tr("{name} leaves").format(name=person.name), self.tr("Last day (their seats are vacant from the next)"),
                         lambda ws, on: org.retire_person(ws, person.id, on))

    def merge_person(self) -> None:
        person = self._chosen(self.people, self.tr("the person entered twice"))
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
        answers = ask(self, self.tr("Merge {name}").format(name=name), [Field("keep", self.tr("Merge {name} into").format(name=name), "choice", others)])
        if answers and answers["keep"] is not None:
            ws = self.context.workspace
            self._apply(self.tr("Merge {name}").format(name=name), lambda: merge(ws, keep=answers["keep"], gone=gone))

    # -- groups ----------------------------------------------------------
    def add_group(self) -> None:
        ws = self.context.workspace
        board = boards(ws)
        if not board:
            return
        parents = [(self.tr("(top level)"), None)] + [(n.name, n.id) for n in self.nodes.values()]
        answers = ask(self, self.tr("Add group"), [
            Field("name", self.tr("Name"), required=True),
            Field("kind", self.tr("Kind"), "choice", [(word(v), k) for k, v in GROUP_KINDS.items()], "sub_group"),
            Field("parent_id", self.tr("Part of"), "choice", parents, self.current_group_id()),
            Field("cadence", self.tr("Meets"), default="bi-monthly")])
        if answers:
            self._create(self.tr("Add group {name}").format(name=answers['name']), Group,
                         lambda: org.create_group(ws, board_id=board[0].id, **answers))

    def edit_terms(self) -> None:
        node = self._current_node()
        if node is None:
            return
        answers = ask(self, self.tr("{name}: terms of reference").format(name=node.name), [
            Field("name", self.tr("Name"), default=node.name, required=True),
            Field("purpose", self.tr("Purpose"), default=node.purpose),
            Field("duties", self.tr("Duties (one a line)"), "lines", default=node.duties),
            Field("cadence", self.tr("Meets"), default=node.cadence)])
        if answers:
            self._correct(self.tr("{name}: terms of reference").format(name=node.name), Group, node.id, answers)

    def retire_group(self) -> None:
        node = self._current_node()
        if node is not None:
            self._retire(self.tr("{name} ends").format(name=node.name), self.tr("Last day"), lambda ws, on: org.retire_group(ws, node.id, on))

    def edit_group(self) -> None:
        node = self._current_node()
        if node is None:
            return
        agencies = agency_rows(self.context.workspace)
        fields = [Field("cadence", self.tr("Meets"), default=node.cadence),
                  Field("quorum_min_voting", self.tr("Quorum: voting seats (blank for a majority)"),
                        default=str(node.quorum_min_voting or ""))]
        fields += [Field(f"agency:{a.id}", self.tr("{name} must be there").format(name=a.name), "check", default=a.name in node.required_agencies)
                   for a in agencies]
        answers = ask(self, self.tr("{name}: cadence and quorum").format(name=node.name), fields)
        if answers is None:
            return
        quorum_text = answers.pop("quorum_min_voting")
        if quorum_text is not None and not quorum_text.isdigit():
            self.context.show_status(self.tr("The quorum is a number of voting seats, e.g. 5."))
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

        run_edit(self.context, self.tr("{name}: cadence and quorum").format(name=node.name), apply(cadence, quorum, required),
                 apply(node.cadence, node.quorum_min_voting, old_required), self.refresh)

    # -- standing items ----------------------------------------------------
    def _item_fields(self, item: StandingItemRow | None = None) -> list[Field]:
        return [Field("title", self.tr("Item"), default=item.title if item else None, required=True),
                Field("purpose", self.tr("Purpose"), "choice", [(word(t), c) for t, c in PURPOSES],
                      item.purpose if item else None),
                Field("role", self.tr("Brings in"), "choice", [(word(t), c) for t, c in ITEM_ROLES],
                      item.role if item else "other")]

    def add_item(self) -> None:
        group_id = self.current_group_id()
        if group_id is None or not (answers := ask(self, self.tr("Add standing item"), self._item_fields())):
            return
        ws = self.context.workspace
        self._create(self.tr("Add standing item {title}").format(title=answers['title']), StandingItem,
                     lambda: org.add_standing_item(ws, group_id=group_id, **answers))

    def edit_item(self) -> None:
        item = self._chosen(self.items, self.tr("a standing item"))
        if item is not None and (answers := ask(self, self.tr("Edit {title}").format(title=item.title), self._item_fields(item))):
            self._correct(self.tr("Edit standing item {title}").format(title=item.title), StandingItem, item.id, answers)

    def remove_item(self) -> None:
        item = self._chosen(self.items, self.tr("a standing item"))
        if item is not None:
            ws = self.context.workspace
            run_edit(self.context, self.tr("Remove standing item {title}").format(title=item.title),
                     lambda: records.delete_records(ws, StandingItem, [item.id]),
                     lambda: records.restore_records(ws, StandingItem, [item.id]), self.refresh)

    # -- seats -----------------------------------------------------------
    def _seat_fields(self, seat: SeatDetail | None = None) -> list[Field]:
        return [Field("title", self.tr("Seat"), default=seat.title if seat else "… or nominated deputy", required=True),
                Field("agency_id", self.tr("Agency"), "choice", self._agency_choices(), seat.agency_id if seat else None),
                Field("role", self.tr("Role"), "choice", [(v, k) for k, v in SEAT_ROLES.items()],
                      seat.role if seat else "member"),
                Field("voting", self.tr("Voting member"), "check", default=seat.voting if seat else True),
                Field("in_attendance", self.tr("In attendance, not a member (left out of attendance rates and quorum)"),
                      "check", default=seat.in_attendance if seat else False)]

    def add_seat(self) -> None:
        group_id = self.current_group_id()
        if group_id is None or not (answers := ask(self, self.tr("Add seat"), self._seat_fields())):
            return
        ws = self.context.workspace
        self._create(self.tr("Add seat {title}").format(title=answers['title']), Seat, lambda: org.create_seat(ws, group_id=group_id, **answers))

    def edit_seat(self) -> None:
        seat = self._chosen(self.seats, self.tr("a seat"))
        if seat is not None and (answers := ask(self, self.tr("Edit {title}").format(title=seat.title), self._seat_fields(seat))):
            self._correct(self.tr("Edit seat {title}").format(title=seat.title), Seat, seat.id, answers)

    def retire_seat(self) -> None:
        seat = self._chosen(self.seats, self.tr("a seat"))
        if seat is not None:
            self._retire(self.tr("Retire {title}").format(title=seat.title), self.tr("Last meeting day it counts (earlier registers keep it)"),
                         lambda ws, on: org.retire_seat(ws, seat.id, on))

    def appoint(self) -> None:
        seat = self._selected_seat()
        if seat is None:
            self.context.show_status(self.tr("Choose a seat first."))
            return
        people = [(p.name + (f" ({p.agency})" if p.agency else ""), p.id)
                  for p in people_rows(self.context.workspace) if not p.left_on]
        answers = ask(self, self.tr("Appoint to {title}").format(title=seat.title), [Field("person_id", self.tr("Person"), "choice", people),
                                                         Field("from_date", self.tr("From"), "date")])
        if not answers or answers["person_id"] is None:
            return
        ws, made = self.context.workspace, []

        def do() -> None:
            made[:] = [org.appoint(ws, seat_id=seat.id, **answers)]

        run_edit(self.context, self.tr("Appoint to {title}").format(title=seat.title), do, lambda: org.unappoint(ws, made[0]), self.refresh)

    def holder_leaves(self) -> None:
        seat = self._selected_seat()
        current = seat.holders[0] if seat and seat.holders and seat.holders[0].to_date is None else None
        if seat is None or current is None:
            self.context.show_status(self.tr("Choose a seat that has a holder."))
            return
        answers = ask(self, self.tr("{person} leaves {title}").format(person=current.person, title=seat.title), [Field("to_date", self.tr("Last day"), "date")])
        if answers:
            ws = self.context.workspace
            run_edit(self.context, self.tr("{person} leaves").format(person=current.person), lambda: org.end_holding(ws, seat_id=seat.id, **answers),
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
