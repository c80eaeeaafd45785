"""The small lists the main window's pages show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from safeguard_desktop.store.models import (
    Action,
    Agency,
    AgendaItem,
    Attendance,
    Board,
    Group,
    Meeting,
    Person,
    Plan,
    Seat,
    SeatHolding,
)
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class BoardInfo:
    id: int
    name: str
    short_name: str | None
    default_marking: str


@dataclass(frozen=True)
class PlanSummary:
    id: int
    uuid: str
    title: str
    kind: str
    financial_year: str | None
    status: str
    actions: int
    red: int
    amber: int
    green: int
    blue: int


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    uuid: str
    group: str
    kind: str
    date: date
    start_time: str | None
    place: str | None
    online: bool
    status: str
    minutes_status: str
    items: int


@dataclass(frozen=True)
class GroupRow:
    id: int
    parent_id: int | None
    name: str
    kind: str
    cadence: str | None
    seats: int


@dataclass(frozen=True)
class SeatRow:
    id: int
    group: str
    title: str
    agency: str | None
    holder: str | None
    role: str
    voting: bool


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    job_title: str | None
    agency: str | None


def boards(ws: Workspace) -> list[BoardInfo]:
    with ws.session() as s:
        rows = s.execute(select(Board.id, Board.name, Board.short_name, Board.default_marking)
                         .where(Board.deleted_at.is_(None)).order_by(Board.id)).all()
    return [BoardInfo(*row) for row in rows]


def list_plans(ws: Workspace) -> list[PlanSummary]:
    live = Action.deleted_at.is_(None)

    def count_rag(value: str):  # type: ignore[no-untyped-def]
        return func.count(case((Action.rag == value, 1)))

    with ws.session() as s:
        rows = s.execute(
            select(Plan.id, Plan.uuid, Plan.title, Plan.kind, Plan.financial_year, Plan.status,
                   func.count(Action.id), count_rag("red"), count_rag("amber"), count_rag("green"), count_rag("blue"))
            .outerjoin(Action, (Action.plan_id == Plan.id) & live)
            .where(Plan.deleted_at.is_(None))
            .group_by(Plan.id)
            .order_by(Plan.financial_year.desc(), Plan.kind, Plan.title)
        ).all()
    return [PlanSummary(*row) for row in rows]


def list_meetings(ws: Workspace) -> list[MeetingSummary]:
    with ws.session() as s:
        rows = s.execute(
            select(Meeting.id, Meeting.uuid, Group.name, Meeting.kind, Meeting.date, Meeting.start_time,
                   Meeting.place, Meeting.online, Meeting.status, Meeting.minutes_status,
                   func.count(AgendaItem.id))
            .join(Group, Group.id == Meeting.group_id)
            .outerjoin(AgendaItem, (AgendaItem.meeting_id == Meeting.id) & AgendaItem.deleted_at.is_(None))
            .where(Meeting.deleted_at.is_(None))
            .group_by(Meeting.id, Group.id)  # Group.id too: a server's SQL wants every grouped column named
            .order_by(Meeting.date.desc(), Group.name)
        ).all()
    return [MeetingSummary(*row) for row in rows]


def list_groups(ws: Workspace) -> list[GroupRow]:
    with ws.session() as s:
        rows = s.execute(
            select(Group.id, Group.parent_id, Group.name, Group.kind, Group.cadence, func.count(Seat.id))
            .outerjoin(Seat, (Seat.group_id == Group.id) & Seat.deleted_at.is_(None))
            .where(Group.deleted_at.is_(None))
            .group_by(Group.id)
            .order_by(Group.position, Group.name)
        ).all()
    return [GroupRow(*row) for row in rows]


def list_seats(ws: Workspace, on: date | None = None) -> list[SeatRow]:
    """Every seat with who holds it on ``on`` (today by default)."""
    on = on or date.today()
    holder = (
        select(Person.name)
        .join(SeatHolding, SeatHolding.person_id == Person.id)
        .where(SeatHolding.seat_id == Seat.id, SeatHolding.from_date <= on,
               (SeatHolding.to_date.is_(None)) | (SeatHolding.to_date >= on))
        .order_by(SeatHolding.from_date.desc())
        .limit(1)
        .scalar_subquery()
    )
    with ws.session() as s:
        rows = s.execute(
            select(Seat.id, Group.name, Seat.title, Agency.name, holder, Seat.role, Seat.voting)
            .join(Group, Group.id == Seat.group_id)
            .outerjoin(Agency, Agency.id == Seat.agency_id)
            .where(Seat.deleted_at.is_(None))
            .order_by(Group.position, Group.name, Seat.position)
        ).all()
    return [SeatRow(*row) for row in rows]


def list_people(ws: Workspace) -> list[PersonRow]:
    with ws.session() as s:
        rows = s.execute(
            select(Person.id, Person.name, Person.job_title, Agency.name)
            .outerjoin(Agency, Agency.id == Person.agency_id)
            .where(Person.deleted_at.is_(None))
            .order_by(Person.name)
        ).all()
    return [PersonRow(*row) for row in rows]


def list_agencies(ws: Workspace) -> list[tuple[int, str, str, bool]]:
    with ws.session() as s:
        return [tuple(r) for r in s.execute(
            select(Agency.id, Agency.name, Agency.sector, Agency.statutory_partner)
            .where(Agency.deleted_at.is_(None)).order_by(Agency.name)
        ).all()]


@dataclass(frozen=True)
class ActionBrief:
    id: int
    source: str
    number: str | None
    what: str | None
    lead: str | None
    due: date | None
    status: str
    rag: str | None


def list_actions(ws: Workspace) -> list[ActionBrief]:
    """Every live action, plan rows and actions arising alike, soonest due first."""
    source = func.coalesce(
        Plan.title + func.coalesce(" " + Action.number, ""),
        Group.name + " " + func.strftime("%d/%m/%Y", Meeting.date) + func.coalesce(", item " + AgendaItem.number, ""),
    )
    with ws.session() as s:
        rows = s.execute(
            select(Action.id, source, Action.number, Action.want, Action.lead,
                   func.coalesce(Action.target_date, Action.when_date), Action.status, Action.rag)
            .outerjoin(Plan, Plan.id == Action.plan_id)
            .outerjoin(Meeting, Meeting.id == Action.meeting_id)
            .outerjoin(Group, Group.id == Meeting.group_id)
            .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
            .where(Action.deleted_at.is_(None))
            .order_by(func.coalesce(Action.target_date, Action.when_date).is_(None),
                      func.coalesce(Action.target_date, Action.when_date), Action.id)
        ).all()
    return [ActionBrief(*row) for row in rows]


@dataclass(frozen=True)
class MeetingAttendance:
    meeting_id: int
    group: str
    date: date
    status: str
    present: int
    deputy: int
    apologies: int
    absent: int
    in_attendance: int


def list_meeting_attendance(ws: Workspace) -> list[MeetingAttendance]:
    def count(status: str):  # type: ignore[no-untyped-def]
        return func.count(case((Attendance.status == status, 1)))

    with ws.session() as s:
        rows = s.execute(
            select(Meeting.id, Group.name, Meeting.date, Meeting.status, count("present"), count("deputy"),
                   count("apologies"), count("absent"), count("in_attendance"))
            .join(Group, Group.id == Meeting.group_id)
            .outerjoin(Attendance, (Attendance.meeting_id == Meeting.id) & Attendance.deleted_at.is_(None))
            .where(Meeting.deleted_at.is_(None))
            .group_by(Meeting.id, Group.id)  # Group.id too: a server's SQL wants every grouped column named
            .order_by(Meeting.date.desc(), Group.name)
        ).all()
    return [MeetingAttendance(*row) for row in rows]
