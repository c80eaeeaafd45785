"""What the meeting screens read: one meeting, its agenda, its register,
its minutes and the actions arising from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from safeguard_desktop.store.models import (
    Action,
    Agency,
    AgendaItem,
    Attendance,
    Group,
    Meeting,
    Minute,
    Person,
    QuorumAgency,
    Seat,
    SeatHolding,
)
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    uuid: str
    group_id: int
    group: str
    kind: str
    title: str | None
    date: date
    start_time: str | None
    end_time: str | None
    place: str | None
    online: bool
    status: str
    minutes_status: str
    agreed_at_meeting_id: int | None
    agreed_at_date: date | None
    quorum_min_voting: int | None
    confidential: bool  # withheld, title and all, from public papers and the calendar
    required_agencies: tuple[tuple[int, str], ...]  # (agency id, name)

    @property
    def heading(self) -> str:
        return f"{self.group}, {self.date:%A} {self.date.day} {self.date:%B %Y}"

    @property
    def short_name(self) -> str:
        """"Quality Assurance Sub-group, 14 May 2024": the meeting being recorded, in the title bar."""
        return f"{self.group}, {self.date.day} {self.date:%b %Y}"

    @property
    def locked(self) -> bool:
        return self.minutes_status == "locked"


@dataclass(frozen=True)
class AgendaRow:
    id: int
    number: str | None
    title: str
    presenter: str | None
    purpose: str | None
    paper_ref: str | None
    confidential: bool
    role: str
    agrees_minutes_of_id: int | None

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True)
class RegisterLine:
    """One seat of the group on the day, whether or not it has been marked."""

    seat_id: int
    line_id: int | None
    title: str
    role: str
    voting: bool
    deputies_allowed: bool
    agency_id: int | None
    agency: str | None
    statutory: bool
    holder: str | None
    status: str
    deputy_name: str | None
    arrived_at_item_id: int | None
    left_at_item_id: int | None
    in_attendance: bool = False  # a seat at the table that is not a member's: out of rates and quorum


@dataclass(frozen=True)
class GuestLine:
    line_id: int
    name: str
    agency: str | None
    note: str | None
    arrived_at_item_id: int | None
    left_at_item_id: int | None


@dataclass(frozen=True)
class MinuteText:
    context: str | None = None
    key_issues: str | None = None
    discussion: str | None = None
    decision: str | None = None


@dataclass(frozen=True)
class ArisingRow:
    id: int
    agenda_item_id: int
    want: str | None
    owner_person_id: int | None
    owner_person: str | None
    owner_agency_id: int | None
    owner_agency: str | None
    target_date: date | None
    status: str
    when_text: str | None  # the due date in the minute-taker's words ("next meeting")


def meeting_info(ws: Workspace, meeting_id: int) -> MeetingInfo:
    agreed_at = aliased(Meeting)
    with ws.session() as s:
        row = s.execute(
            select(Meeting.id, Meeting.uuid, Meeting.group_id, Group.name, Meeting.kind, Meeting.title,
                   Meeting.date, Meeting.start_time, Meeting.end_time, Meeting.place, Meeting.online,
                   Meeting.status, Meeting.minutes_status, Meeting.agreed_at_meeting_id, agreed_at.date,
                   Group.quorum_min_voting, Meeting.confidential)
            .join(Group, Group.id == Meeting.group_id)
            .outerjoin(agreed_at, agreed_at.id == Meeting.agreed_at_meeting_id)
            .where(Meeting.id == meeting_id)
        ).one()
        required = tuple(tuple(r) for r in s.execute(
            select(Agency.id, Agency.name).join(QuorumAgency, QuorumAgency.agency_id == Agency.id)
            .where(QuorumAgency.group_id == row.group_id).order_by(Agency.name)
        ).all())
    return MeetingInfo(*row, required_agencies=required)  # type: ignore[arg-type]


def agenda(ws: Workspace, meeting_id: int) -> list[AgendaRow]:
    with ws.session() as s:
        rows = s.execute(
            select(AgendaItem.id, AgendaItem.number, AgendaItem.title, AgendaItem.presenter, AgendaItem.purpose,
                   AgendaItem.paper_ref, AgendaItem.confidential, AgendaItem.role, AgendaItem.agrees_minutes_of_id)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position, AgendaItem.id)
        ).all()
    return [AgendaRow(*row) for row in rows]


def register(ws: Workspace, meeting_id: int) -> list[RegisterLine]:
    """Every live seat of the meeting's group, in seat order, with its mark.
    An unmarked seat shows who holds it on the meeting's date; a marked one
    shows who held it when it was marked (the record of the day)."""
    with ws.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None, f"no meeting {meeting_id}"
        holder = (
            select(Person.name).join(SeatHolding, SeatHolding.person_id == Person.id)
            .where(SeatHolding.seat_id == Seat.id, SeatHolding.from_date <= meeting.date,
                   (SeatHolding.to_date.is_(None)) | (SeatHolding.to_date >= meeting.date))
            .order_by(SeatHolding.from_date.desc()).limit(1).scalar_subquery()
        )
        rows = s.execute(
            select(Seat.id, Attendance.id, Seat.title, Seat.role, Seat.voting, Seat.deputies_allowed,
                   Seat.agency_id, Agency.name, Agency.statutory_partner,
                   Attendance.name, holder, Attendance.status, Attendance.deputy_name,
                   Attendance.arrived_at_item_id, Attendance.left_at_item_id, Seat.in_attendance)
            .outerjoin(Agency, Agency.id == Seat.agency_id)
            .outerjoin(Attendance, (Attendance.seat_id == Seat.id) & (Attendance.meeting_id == meeting_id))
            # A seat retired before the meeting is not on its register, unless it was marked.
            .where(Seat.group_id == meeting.group_id,
                   (Seat.deleted_at.is_(None) & (Seat.retired_on.is_(None) | (Seat.retired_on >= meeting.date)))
                   | Attendance.id.is_not(None))
            .order_by(Seat.position, Seat.id)
        ).all()
    return [
        RegisterLine(seat_id, line_id, title, role, voting, deputies_allowed, agency_id, agency, bool(statutory),
                     recorded or current, status or "unmarked", deputy, arrived, left, bool(attending))
        for (seat_id, line_id, title, role, voting, deputies_allowed, agency_id, agency, statutory,
             recorded, current, status, deputy, arrived, left, attending) in rows
    ]


def guests(ws: Workspace, meeting_id: int) -> list[GuestLine]:
    with ws.session() as s:
        rows = s.execute(
            select(Attendance.id, Attendance.name, Agency.name, Attendance.note,
                   Attendance.arrived_at_item_id, Attendance.left_at_item_id)
            .outerjoin(Agency, Agency.id == Attendance.agency_id)
            .where(Attendance.meeting_id == meeting_id, Attendance.seat_id.is_(None),
                   Attendance.deleted_at.is_(None))
            .order_by(Attendance.id)
        ).all()
    return [GuestLine(*row) for row in rows]


def deputy_names(ws: Workspace, group_id: int) -> list[str]:
    """Names to offer when a deputy is typed: deputies who came before to
    this group, then people of the group's agencies."""
    with ws.session() as s:
        before = s.scalars(
            select(Attendance.deputy_name).join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.group_id == group_id, Attendance.deputy_name.is_not(None)).distinct()
        ).all()
        agencies = select(Seat.agency_id).where(Seat.group_id == group_id)
        people = s.scalars(
            select(Person.name).where(Person.agency_id.in_(agencies), Person.deleted_at.is_(None))
        ).all()
    return sorted(set(before) | set(people), key=str.casefold)


def minutes(ws: Workspace, meeting_id: int) -> dict[int, MinuteText]:
    """Agenda item id -> its minutes (items without minutes are absent)."""
    with ws.session() as s:
        rows = s.execute(
            select(Minute.agenda_item_id, Minute.context, Minute.key_issues, Minute.discussion, Minute.decision)
            .join(AgendaItem, AgendaItem.id == Minute.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting_id)
        ).all()
    return {item_id: MinuteText(*parts) for item_id, *parts in rows}


def actions_arising(ws: Workspace, meeting_id: int) -> list[ArisingRow]:
    with ws.session() as s:
        rows = s.execute(
            select(Action.id, Action.agenda_item_id, Action.want, Action.owner_person_id, Person.name,
                   Action.owner_agency_id, Agency.name, Action.target_date, Action.status, Action.when_text)
            .outerjoin(Person, Person.id == Action.owner_person_id)
            .outerjoin(Agency, Agency.id == Action.owner_agency_id)
            .where(Action.meeting_id == meeting_id, Action.deleted_at.is_(None))
            .order_by(Action.agenda_item_id, Action.position, Action.id)
        ).all()
    return [ArisingRow(*row) for row in rows]


def next_meeting(ws: Workspace, meeting_id: int) -> tuple[int, date] | None:
    """The group's next meeting after this one (not cancelled), if one is scheduled."""
    later = later_meetings(ws, meeting_id)
    return later[0] if later else None


def later_meetings(ws: Workspace, meeting_id: int) -> list[tuple[int, date]]:
    """Later meetings of the same group that were not cancelled: where these
    minutes can be agreed."""
    with ws.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(Meeting.id, Meeting.date).where(
                Meeting.group_id == meeting.group_id, Meeting.date > meeting.date,
                Meeting.status != "cancelled", Meeting.deleted_at.is_(None))
            .order_by(Meeting.date)
        ).all()]
