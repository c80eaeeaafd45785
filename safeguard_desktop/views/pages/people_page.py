"""People & agencies: the groups, their seats and who holds them."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from safeguard_desktop.store.queries.overview import GroupRow, PersonRow, SeatRow, list_groups, list_people, list_seats
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import GROUP_KINDS, SEAT_ROLES, label
from safeguard_desktop.views.widgets.list_page import ListSection
from safeguard_desktop.views.widgets.record_table_model import Column

GROUP_COLUMNS: tuple[Column[GroupRow], ...] = (
    Column("Group", lambda g: g.name),
    Column("Kind", lambda g: label(GROUP_KINDS, g.kind)),
    Column("Meets", lambda g: g.cadence),
    Column("Seats", lambda g: g.seats),
)
SEAT_COLUMNS: tuple[Column[SeatRow], ...] = (
    Column("Group", lambda s: s.group),
    Column("Seat", lambda s: s.title),
    Column("Agency", lambda s: s.agency),
    Column("Held by", lambda s: s.holder or "Vacant"),
    Column("Role", lambda s: label(SEAT_ROLES, s.role)),
    Column("Voting", lambda s: "Yes" if s.voting else "No"),
)
PEOPLE_COLUMNS: tuple[Column[PersonRow], ...] = (
    Column("Name", lambda p: p.name),
    Column("Job title", lambda p: p.job_title),
    Column("Agency", lambda p: p.agency),
)


class PeoplePage(QWidget):
    title = "People & agencies"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.groups = ListSection("Groups", GROUP_COLUMNS, lambda g: g.id, "No groups yet",
                                  "Add the board and its sub-groups, with how often each meets.")
        self.seats = ListSection("Seats", SEAT_COLUMNS, lambda s: s.id, "No seats yet",
                                 "Add each group's seats: \"Chief constable or nominated deputy\", "
                                 "\"Independent chair\"... People change; seats stay.")
        self.people = ListSection("People", PEOPLE_COLUMNS, lambda p: p.id, "No people yet",
                                  "Add the members who hold the seats, and their agencies.")
        splitter = QSplitter(Qt.Orientation.Vertical)
        for section in (self.groups, self.seats, self.people):
            splitter.addWidget(section)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        ws = self.context.workspace
        self.groups.set_rows(list_groups(ws))
        self.seats.set_rows(list_seats(ws))
        self.people.set_rows(list_people(ws))
