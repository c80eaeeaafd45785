"""The quarterly (or yearly) attendance analysis boards are asked for.

The store reads one record per seat per meeting and hands them to
``core.attendance``, which does the counting; this module adds the order the
board expects (the tree of groups, agencies by name, seats as listed) and the
persistent non-attendance flags. The attendance page, the ``attendance``
command and the attendance export all read this one function, so the
figures cannot differ between them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select, union_all

from safeguard_desktop.core.attendance import (
    AttendanceRecord,
    AttendanceRule,
    AttendanceTally,
    analyse_attendance,
    describe_rule,
    persistent_non_attendance,
)
from safeguard_desktop.core.quarters import FinancialYear, Quarter
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Agency, Attendance, Group, Meeting, Person, Seat, SeatHolding
from safeguard_desktop.store.queries.settings import deputy_counts_as_attended
from safeguard_desktop.store.workspace import Workspace

# "Three meetings in a row without the seat filled" is the usual trigger for
# escalating to the chair.
PERSISTENT_RUN = 3
LEVELS = ("group", "agency", "seat")
COLUMNS = ("level", "group", "agency", "seat", "holder", "expected", "in_person", "by_deputy", "apologies",
           "absent", "unmarked", "attended", "rate", "persistent_non_attendance")


@dataclass(frozen=True)
class AnalysisRow:
    level: str  # group | agency | seat
    group: str | None  # None on agency rows: an agency is counted across groups
    agency: str | None
    seat: str | None
    holder: str | None  # who held the seat at the end of the period
    expected: int
    in_person: int
    by_deputy: int
    apologies: int
    absent: int
    unmarked: int
    attended: int
    rate: float | None  # attended / expected; None when nothing was expected
    persistent_non_attendance: bool  # seat: flagged; group/agency: any of its seats flagged

    def as_dict(self) -> dict[str, Any]:
        values = asdict(self)
        values["rate"] = None if self.rate is None else round(self.rate, 4)
        return values


@dataclass(frozen=True)
class AttendanceAnalysis:
    period: str  # "2024-25-Q1" or "2024-25"
    period_label: str  # "Q1 2024-25 (April–June 2024)"
    start: date
    end: date
    group: str | None  # the group asked for, or None for all
    rule: AttendanceRule
    rule_text: str
    meetings: int  # meetings counted (held or scheduled up to today, not cancelled)
    cancelled: int
    rows: tuple[AnalysisRow, ...]

    def level(self, level: str) -> list[AnalysisRow]:
        return [row for row in self.rows if row.level == level]

    @property
    def flagged(self) -> list[AnalysisRow]:
        return [row for row in self.rows if row.level == "seat" and row.persistent_non_attendance]


def attendance_analysis(ws: Workspace, period: Quarter | FinancialYear, group: int | str | None = None,
                        rule: AttendanceRule | None = None, today: date | None = None) -> AttendanceAnalysis:
    """Per group, per agency and per seat for ``period``; ``group`` is a
    group's id or name (None: every group). Meetings after ``today`` have
    not happened yet and are left out. ``rule`` defaults to the workspace's
    own rule for deputies.

    A meeting expects the seats that existed on its day, not today's seats:
    a seat with a line in its register (even one deleted since: the marks
    were recorded), or one set up on or before the day (created then, or
    held from then) and not deleted before it."""
    today = today or date.today()
    rule = rule if rule is not None else AttendanceRule(deputy_counts_as_attended(ws))
    with ws.session() as s:
        group_id = _group_id(s, group)
        seats = _seats(s, group_id)
        meetings = _in_play(s, group_id, period.start, min(period.end, today))
        marks = {(m, seat): status for m, seat, status in s.execute(
            select(Attendance.meeting_id, Attendance.seat_id, Attendance.status)
            .where(Attendance.seat_id.is_not(None), Attendance.meeting_id.in_([m.id for m in meetings]))
        ).all()}
        holders = _holders(s, period.end)
        group_order = [name for name, in s.execute(select(Group.name).order_by(Group.position, Group.name))]
    records = [
        AttendanceRecord(m.id, m.date, m.status == "cancelled", seat.group, seat.agency, seat.label,
                         marks.get((m.id, seat.id), "unmarked"), not seat.in_attendance)
        for m in meetings for seat in seats.get(m.group_id, [])
        if (m.id, seat.id) in marks or seat.existed_on(m.date)
    ]
    analysis = analyse_attendance(records, rule, period.start, period.end)
    flagged = _persistent(records, period.start)
    rows: list[AnalysisRow] = []
    for name in sorted(analysis.by_group, key=lambda g: group_order.index(g) if g in group_order else 0):
        rows.append(_row("group", analysis.by_group[name], name, None, None, None,
                         any(g == name for g, _ in flagged)))
    agency_flags = {seat.agency for group_seats in seats.values() for seat in group_seats
                    if (seat.group, seat.label) in flagged}
    for agency in sorted(analysis.by_agency, key=lambda a: (a is None, (a or "").casefold())):
        rows.append(_row("agency", analysis.by_agency[agency], None, agency, None, None, agency in agency_flags))
    for group_seats in seats.values():
        for seat in group_seats:
            tally = analysis.by_seat.get((seat.group, seat.label))
            if tally is not None:
                rows.append(_row("seat", tally, seat.group, seat.agency, seat.label, holders.get(seat.id),
                                 (seat.group, seat.label) in flagged))
    rows.sort(key=lambda r: LEVELS.index(r.level))  # stable: keeps each level's own order
    counted = [m for m in meetings if period.start <= m.date <= period.end]
    return AttendanceAnalysis(
        period=period.code if isinstance(period, Quarter) else period.label, period_label=period.label,
        start=period.start, end=period.end, group=_group_name(group_id, seats, group),
        rule=rule, rule_text=describe_rule(rule),
        meetings=sum(1 for m in counted if m.status != "cancelled"),
        cancelled=sum(1 for m in counted if m.status == "cancelled"), rows=tuple(rows),
    )


@dataclass(frozen=True)
class MeetingSpan:
    """The days of the meetings there are to analyse (not cancelled)."""
    first: date
    last: date
    latest_held: date  # the latest on or before today; the last when none is that early


def meeting_span(ws: Workspace, today: date | None = None) -> MeetingSpan | None:
    """The periods the attendance page offers run from ``first`` to
    ``last``; None when there is no meeting to analyse. Three figures from
    SQL rather than every meeting of a decade read to find them."""
    today = today or date.today()
    with ws.session() as s:
        first, last, latest = s.execute(
            select(func.min(Meeting.date), func.max(Meeting.date),
                   func.max(case((Meeting.date <= today, Meeting.date))))
            .where(Meeting.deleted_at.is_(None), Meeting.status != "cancelled")).one()
    if first is None:
        return None
    return MeetingSpan(first, last, latest if latest is not None else last)


def parse_period(quarter: str | None = None, year: str | None = None) -> Quarter | FinancialYear:
    """"2024-25-Q1" or "2024-25", as the command line and the page take them."""
    try:
        if quarter:
            return Quarter.parse(quarter)
        if year:
            return FinancialYear.parse(year)
    except ValueError as exc:
        raise UserError(f"{exc}: write a quarter as 2024-25-Q1 and a year as 2024-25.") from None
    raise UserError("Choose a quarter (2024-25-Q1) or a financial year (2024-25).")


@dataclass(frozen=True)
class _SeatInfo:
    id: int
    group: str
    agency: str | None
    label: str
    since: date  # the day it was set up, or its first holder's first day if earlier
    deleted_on: date | None
    retired_on: date | None  # its last day, as the secretariat dated it
    in_attendance: bool  # at the table but not a member: never in the rates

    def existed_on(self, day: date) -> bool:
        return (self.since <= day and (self.deleted_on is None or self.deleted_on >= day)
                and (self.retired_on is None or self.retired_on >= day))


def _group_id(s: Any, group: int | str | None) -> int | None:
    if group is None or isinstance(group, int):
        return group
    found = s.scalars(select(Group.id).where(func.lower(Group.name) == group.strip().lower(),
                                             Group.deleted_at.is_(None))).all()
    if not found:
        names = ", ".join(s.scalars(select(Group.name).where(Group.deleted_at.is_(None)).order_by(Group.name)))
        raise UserError(f"There is no group called {group!r}. The groups are: {names}.")
    return found[0]


def _group_name(group_id: int | None, seats: dict[int, list[_SeatInfo]], asked: int | str | None) -> str | None:
    if group_id is None:
        return None
    return seats[group_id][0].group if seats.get(group_id) else str(asked)


def _seats(s: Any, group_id: int | None) -> dict[int, list[_SeatInfo]]:
    """Each group's seats in their order, deleted ones too (their marks
    still count). Two seats of a group with the same title ("Elected
    member") get a number, so they are counted apart; live seats are
    numbered first, so deleting a seat never renames one still in use."""
    first_held = select(SeatHolding.seat_id, func.min(SeatHolding.from_date).label("first")) \
        .group_by(SeatHolding.seat_id).subquery()
    rows = s.execute(
        select(Seat.id, Seat.group_id, Group.name, Agency.name, Seat.title, Seat.created_at, Seat.deleted_at,
               first_held.c.first, Seat.retired_on, Seat.in_attendance)
        .join(Group, Group.id == Seat.group_id).outerjoin(Agency, Agency.id == Seat.agency_id)
        .outerjoin(first_held, first_held.c.seat_id == Seat.id)
        .where(*([Seat.group_id == group_id] if group_id is not None else []))
        .order_by(Group.position, Group.name, Seat.position, Seat.id)
    ).all()
    seen: dict[tuple[int, str], int] = defaultdict(int)
    labels: dict[int, str] = {}
    for seat_id, gid, _group, _agency, title, _created, deleted_at, _first, _retired, _attending in sorted(
            rows, key=lambda r: r.deleted_at is not None):  # stable: keeps the order within each
        seen[(gid, title)] += 1
        labels[seat_id] = title if seen[(gid, title)] == 1 else f"{title} ({seen[(gid, title)]})"
    seats: dict[int, list[_SeatInfo]] = defaultdict(list)
    for seat_id, gid, group, agency, _title, created_at, deleted_at, first, retired_on, attending in rows:
        created = _local_day(created_at)
        since = min(created, first) if first is not None else created
        seats[gid].append(_SeatInfo(seat_id, group, agency, labels[seat_id], since,
                                    _local_day(deleted_at) if deleted_at else None, retired_on, bool(attending)))
    return seats


def _local_day(stamp: str) -> date:
    """The local calendar day of a stored UTC time."""
    return datetime.fromisoformat(stamp).astimezone().date()


def _holders(s: Any, on: date) -> dict[int, str]:
    rows = s.execute(
        select(SeatHolding.seat_id, Person.name).join(Person, Person.id == SeatHolding.person_id)
        .where(SeatHolding.from_date <= on, (SeatHolding.to_date.is_(None)) | (SeatHolding.to_date >= on))
        .order_by(SeatHolding.from_date)
    ).all()
    return dict(rows)  # the latest holding wins


def _in_play(s: Any, group_id: int | None, start: date, end: date) -> list[Any]:
    """The meetings of the period up to ``end``, and each group's last held
    meetings before it that a run of missed meetings reaching into it may
    start at (``_persistent``), in date order: a decade's registers, or
    even its meetings, are not read for a quarter."""
    live = (Meeting.deleted_at.is_(None), Group.deleted_at.is_(None),
            *([Meeting.group_id == group_id] if group_id is not None else []))
    columns = (Meeting.id, Meeting.date, Meeting.status, Meeting.group_id)
    newest_first = func.row_number().over(partition_by=Meeting.group_id,
                                          order_by=(Meeting.date.desc(), Meeting.id.desc())).label("newest")
    before = (select(*columns, newest_first).join(Group, Group.id == Meeting.group_id)
              .where(*live, Meeting.date < start, Meeting.status != "cancelled").subquery())
    during = (select(*columns).join(Group, Group.id == Meeting.group_id)
              .where(*live, Meeting.date >= start, Meeting.date <= end))
    run_start = select(before.c.id, before.c.date, before.c.status, before.c.group_id) \
        .where(before.c.newest <= PERSISTENT_RUN - 1)
    both = union_all(run_start, during).subquery()
    return list(s.execute(select(both).order_by(both.c.date, both.c.id)).all())


def _persistent(records: list[AttendanceRecord], start: date) -> set[tuple[str, str]]:
    """Seats with a run of missed meetings that reaches into the period: the
    run may begin before it (the last meetings of the quarter before count)."""
    by_seat: dict[tuple[str, str], list[AttendanceRecord]] = defaultdict(list)
    for record in records:
        if not record.meeting_cancelled:
            by_seat[(record.group, record.seat)].append(record)
    flagged = set()
    for seat, seat_records in by_seat.items():
        seat_records.sort(key=lambda r: r.meeting_date)
        first_in = next((i for i, r in enumerate(seat_records) if r.meeting_date >= start), None)
        if first_in is None:
            continue
        window = seat_records[max(0, first_in - (PERSISTENT_RUN - 1)):]
        if persistent_non_attendance([r.status for r in window], PERSISTENT_RUN):
            flagged.add(seat)
    return flagged


def _row(level: str, tally: AttendanceTally, group: str | None, agency: str | None, seat: str | None,
         holder: str | None, persistent: bool) -> AnalysisRow:
    return AnalysisRow(level, group, agency, seat, holder, tally.expected, tally.in_person, tally.by_deputy,
                       tally.apologies, tally.absent, tally.unmarked, tally.attended, tally.rate, persistent)
