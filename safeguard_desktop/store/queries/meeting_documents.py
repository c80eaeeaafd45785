"""Meetings gathered for papers: minutes with their register, the register on
its own, and a group's calendar. Plain frozen dataclasses, as in
``documents``; a public paper leaves out closed-session items (and their
minutes and actions) and says how many were withheld."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from safeguard_desktop.core.minutes_headings import PARTS, Headings, headings, setting_key
from safeguard_desktop.core.quarters import FinancialYear, Quarter
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action, AgendaItem, Board, Group, Meeting, Minute, Person, Setting
from safeguard_desktop.store.queries import meetings
from safeguard_desktop.store.queries.attendance import AttendanceAnalysis, attendance_analysis
from safeguard_desktop.store.queries.attendance_grid import GroupGrid, attendance_grids
from safeguard_desktop.store.queries.documents import ActionRow, _count_withheld, action_rows
from safeguard_desktop.store.workspace import Workspace

# The order a register is read out in; "unmarked" lines are seats nobody
# recorded, shown so that a gap in the register is visible, not hidden.
REGISTER_ORDER = ("present", "deputy", "apologies", "absent", "in_attendance", "unmarked")
# Where a public paper names a closed-session item that has no number: its
# title is itself confidential ("Case review: family C").
CLOSED_ITEM = "a closed item"


def withheld_meetings_note(count: int) -> str:
    return f"{count} confidential meeting{'s' if count != 1 else ''} withheld"


@dataclass(frozen=True)
class MeetingHeader:
    board: str
    group: str
    title: str | None
    kind: str
    date: date
    start_time: str | None
    end_time: str | None
    place: str | None
    online: bool
    status: str
    minutes_status: str
    chair: str | None
    uuid: str


@dataclass(frozen=True)
class RegisterLine:
    status: str  # one of REGISTER_ORDER
    seat: str | None  # "Chief constable or nominated deputy"; None for someone in attendance
    agency: str | None
    name: str | None  # the member (the seat's holder on the day) or the guest
    deputy: str | None  # who came instead, for status "deputy"
    arrived_at: str | None  # the agenda item number they arrived at
    left_at: str | None
    note: str | None


@dataclass(frozen=True)
class MinutesItem:
    number: str | None
    title: str
    presenter: str | None
    purpose: str | None
    paper_ref: str | None
    context: str | None
    key_issues: str | None
    discussion: str | None
    decision: str | None
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True)
class MinutesDocument:
    meeting: MeetingHeader
    register: tuple[RegisterLine, ...]  # in REGISTER_ORDER, then seat order
    items: tuple[MinutesItem, ...]
    public: bool
    withheld: int  # closed-session items left out (with their minutes and actions), and confidential actions
    headings: Headings = PARTS  # the group's words for the four parts of a minute

    def lines(self, status: str) -> tuple[RegisterLine, ...]:
        return tuple(line for line in self.register if line.status == status)


@dataclass(frozen=True)
class AgendaDocument:
    """A meeting's agenda as it is sent out: the items in order with who
    presents them, what for, and the paper; a public agenda leaves out
    closed-session items."""

    meeting: MeetingHeader
    items: tuple[meetings.AgendaRow, ...]
    public: bool
    withheld: int  # closed-session items left out


@dataclass(frozen=True)
class AttendanceRegisterDocument:
    meeting: MeetingHeader
    register: tuple[RegisterLine, ...]
    public: bool
    withheld: int  # always 0: a register holds no closed-session content


@dataclass(frozen=True)
class CalendarEvent:
    uuid: str
    title: str
    kind: str
    date: date
    start_time: str | None
    end_time: str | None
    place: str | None
    online: bool
    status: str
    updated_at: str  # ISO 8601 UTC, for the calendar's LAST-MODIFIED


@dataclass(frozen=True)
class CalendarDocument:
    board: str
    group: str
    events: tuple[CalendarEvent, ...]
    public: bool
    withheld: int


@dataclass(frozen=True)
class AttendanceAnalysisDocument:
    """The quarterly attendance analysis (store.queries.attendance) with the
    board it is for: the figures are the attendance page's, unchanged."""

    board: str
    analysis: AttendanceAnalysis
    public: bool
    withheld: int  # always 0: counts of attendance hold nothing confidential
    grids: tuple[GroupGrid, ...] = ()  # each group's meeting-by-meeting letters


# -- finding what the user named ---------------------------------------------

def find_meeting(ws: Workspace, on: date, group: str | None = None) -> int:
    """The meeting held on ``on`` (of ``group`` when several met that day)."""
    with ws.session() as s:
        rows = s.execute(select(Meeting.id, Meeting.date, Group.name).join(Group, Group.id == Meeting.group_id)
                         .where(Meeting.deleted_at.is_(None)).order_by(Meeting.date, Group.name)).all()
    hits = [r for r in rows if r.date == on and (group is None or r.name.casefold() == group.casefold())]
    if len(hits) == 1:
        return int(hits[0].id)
    known = "; ".join(f"{r.date.isoformat()} {r.name}" for r in rows[-20:])
    if not hits:
        what = f"No meeting of '{group}' on {on.isoformat()}" if group else f"No meeting on {on.isoformat()}"
        raise UserError(f"{what}. Meetings (latest 20): {known or 'none'}.")
    raise UserError(f"{len(hits)} groups met on {on.isoformat()}: name the group with --group "
                    f"({', '.join(r.name for r in hits)}).")


def find_group(ws: Workspace, name: str) -> int:
    with ws.session() as s:
        rows = s.execute(select(Group.id, Group.name).where(Group.deleted_at.is_(None))
                         .order_by(Group.position, Group.name)).all()
    hits = [r for r in rows if r.name.casefold() == " ".join(name.split()).casefold()]
    if not hits:
        raise UserError(f"No group called '{name}'. Groups: {', '.join(r.name for r in rows) or 'none'}.")
    return int(hits[0].id)


# -- papers --------------------------------------------------------------------

def minutes(ws: Workspace, meeting_id: int, *, public: bool) -> MinutesDocument:
    with ws.session() as s:
        header = _meeting_header(s, meeting_id, public)
        items = s.execute(select(AgendaItem, Minute).outerjoin(Minute, Minute.agenda_item_id == AgendaItem.id)
                          .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
                          .order_by(AgendaItem.position, AgendaItem.id)).all()
        arising: dict[int | None, list[ActionRow]] = defaultdict(list)
        rows = action_rows(s, (Action.meeting_id == meeting_id,), public, order=(Action.position, Action.id))
        item_of = dict(s.execute(select(Action.id, Action.agenda_item_id)
                                 .where(Action.meeting_id == meeting_id)).all())
        # Confidential actions on open items (or on no item): those under a
        # closed item go with it, counted once as that item.
        hidden_actions = _count_withheld(s, (Action.meeting_id == meeting_id,
                                             AgendaItem.confidential.is_not(True))) if public else 0
    register = _register(ws, meeting_id, public)
    for _, row in rows:
        arising[item_of.get(row.id)].append(row)
    shown = [(item, minute) for item, minute in items if not (public and item.confidential)]
    papers = [
        MinutesItem(item.number, item.title, item.presenter, item.purpose, item.paper_ref,
                    *(_minute_parts(minute)), tuple(arising.get(item.id, ())))
        for item, minute in shown
    ]
    # Actions recorded against the meeting but no item close the minutes.
    if arising.get(None):
        papers.append(MinutesItem(None, "Other actions arising", None, None, None, None, None, None, None,
                                  tuple(arising[None])))
    return MinutesDocument(header, register, tuple(papers), public, len(items) - len(shown) + hidden_actions,
                           group_minutes_headings(ws, meeting_id))


def group_minutes_headings(ws: Workspace, meeting_id: int) -> Headings:
    """The words the meeting's group minutes its items under."""
    with ws.session() as s:
        group_uuid = s.execute(select(Group.uuid).join(Meeting, Meeting.group_id == Group.id)
                               .where(Meeting.id == meeting_id)).scalar_one()
        value = s.execute(select(Setting.value).where(Setting.key == setting_key(group_uuid))).scalar_one_or_none()
    return headings(value)


def agenda(ws: Workspace, meeting_id: int, *, public: bool) -> AgendaDocument:
    with ws.session() as s:
        header = _meeting_header(s, meeting_id, public)
    items = meetings.agenda(ws, meeting_id)
    shown = tuple(item for item in items if not (public and item.confidential))
    return AgendaDocument(header, shown, public, len(items) - len(shown))


def attendance_register(ws: Workspace, meeting_id: int, *, public: bool) -> AttendanceRegisterDocument:
    with ws.session() as s:
        header = _meeting_header(s, meeting_id, public)
    return AttendanceRegisterDocument(header, _register(ws, meeting_id, public), public, 0)


def group_calendar(ws: Workspace, group_id: int, *, public: bool) -> CalendarDocument:
    """Every live meeting of the group, cancelled ones included so that a
    calendar that had them learns they are off; a public calendar leaves out
    confidential meetings and counts them."""
    with ws.session() as s:
        board, group = s.execute(select(Board.name, Group.name).join(Group, Group.board_id == Board.id)
                                 .where(Group.id == group_id)).one()
        meetings = s.execute(select(Meeting).where(Meeting.group_id == group_id, Meeting.deleted_at.is_(None))
                             .order_by(Meeting.date, Meeting.start_time)).scalars().all()
    shown = [m for m in meetings if not (public and m.confidential)]
    events = tuple(CalendarEvent(m.uuid, m.title or _meeting_title(group, m.kind), m.kind, m.date, m.start_time,
                                 m.end_time, m.place, m.online, m.status, m.updated_at) for m in shown)
    return CalendarDocument(board, group, events, public, len(meetings) - len(shown))


def attendance_analysis_document(ws: Workspace, period: Quarter | FinancialYear, group_id: int | None, *,
                                 public: bool) -> AttendanceAnalysisDocument:
    with ws.session() as s:
        board = s.execute(select(Board.name).where(Board.deleted_at.is_(None)).order_by(Board.id)).scalar() or ""
    analysis = attendance_analysis(ws, period, group_id)
    return AttendanceAnalysisDocument(board, analysis, public, 0, attendance_grids(ws, period, analysis, group_id))


def _meeting_title(group: str, kind: str) -> str:
    return {"extraordinary": f"{group}: extraordinary meeting",
            "development_day": f"{group}: development day"}.get(kind, group)


def _minute_parts(minute: Minute | None) -> tuple[str | None, str | None, str | None, str | None]:
    if minute is None:
        return None, None, None, None
    return minute.context, minute.key_issues, minute.discussion, minute.decision


def _meeting_header(s: Session, meeting_id: int, public: bool = False) -> MeetingHeader:
    """The meeting a paper is about. A confidential meeting has no public
    paper at all: its title, date and business are themselves confidential."""
    chair = aliased(Person)
    found = s.execute(select(Meeting, Group.name, Board.name, chair.name)
                      .join(Group, Group.id == Meeting.group_id)
                      .join(Board, Board.id == Group.board_id)
                      .outerjoin(chair, chair.id == Meeting.chair_person_id)
                      .where(Meeting.id == meeting_id, Meeting.deleted_at.is_(None))).first()
    if found is None:
        raise UserError(f"The meeting (id {meeting_id}) no longer exists.")
    m, group, board, chair_name = found
    if public and m.confidential:
        raise UserError(f"This meeting of the {group} is confidential: it has no public papers "
                        f"({withheld_meetings_note(1)}). Export the full version for its members.")
    return MeetingHeader(board, group, m.title, m.kind, m.date, m.start_time, m.end_time, m.place, m.online,
                         m.status, m.minutes_status, chair_name, m.uuid)


def _register(ws: Workspace, meeting_id: int, public: bool) -> tuple[RegisterLine, ...]:
    """The meeting screens' register (every seat, marked or not) and guests,
    in read-out order, with item numbers for late arrivals and early leavers.
    A public paper names a closed item by its number only, never its title."""
    items = {row.id: row.number or (CLOSED_ITEM if public and row.confidential else row.title)
             for row in meetings.agenda(ws, meeting_id)}
    lines: list[tuple[int, RegisterLine]] = []
    for seat in meetings.register(ws, meeting_id):
        status = seat.status if seat.status in REGISTER_ORDER else "unmarked"
        lines.append((REGISTER_ORDER.index(status), RegisterLine(
            status, seat.title, seat.agency, seat.holder, seat.deputy_name if status == "deputy" else None,
            items.get(seat.arrived_at_item_id), items.get(seat.left_at_item_id), None)))
    for guest in meetings.guests(ws, meeting_id):
        lines.append((REGISTER_ORDER.index("in_attendance"), RegisterLine(
            "in_attendance", None, guest.agency, guest.name, None, items.get(guest.arrived_at_item_id),
            items.get(guest.left_at_item_id), guest.note)))
    lines.sort(key=lambda pair: pair[0])  # stable: seat order within each status
    return tuple(line for _, line in lines)
