"""The attendance grid a board sends with its quarterly paper: for each
group, its seats down and its meetings across, a letter in each cell (P
present, D a nominated deputy, A apologies, X absent), and who chairs it.
The rates beside the letters are the analysis's own (attendance.py), so the
grid and the analysis can never disagree."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select

from safeguard_desktop.core.quarters import FinancialYear, Quarter
from safeguard_desktop.store.models import Attendance, Group, Meeting, Person, Seat, SeatHolding
from safeguard_desktop.store.queries.attendance import AttendanceAnalysis, _group_id, _holders, _seats
from safeguard_desktop.store.workspace import Workspace

LETTERS: Final = {"present": "P", "deputy": "D", "apologies": "A", "absent": "X", "unmarked": "?"}
KEY: Final = "P present · D a nominated deputy · A apologies · X absent · ? not recorded · blank: not a seat then"


@dataclass(frozen=True)
class GridSeat:
    label: str
    agency: str | None
    holder: str | None  # at the end of the period
    in_attendance: bool  # at the table, not a member: no rate
    marks: tuple[str, ...]  # one letter a meeting, "" where the seat did not exist that day
    rate: float | None  # the analysis's rate for the seat (None for seats in attendance)


@dataclass(frozen=True)
class GroupGrid:
    group: str
    chair: str | None  # "Alex Example, Independent chair"
    meetings: tuple[date, ...]  # held (or due by today), not cancelled, in date order
    seats: tuple[GridSeat, ...]


def attendance_grids(ws: Workspace, period: Quarter | FinancialYear, analysis: AttendanceAnalysis,
                     group: int | str | None = None, today: date | None = None) -> tuple[GroupGrid, ...]:
    """A grid per group that met in the period (one group when asked)."""
    today = today or date.today()
    rates = {(r.group, r.seat): r.rate for r in analysis.level("seat")}
    with ws.session() as s:
        group_id = _group_id(s, group)
        seats = _seats(s, group_id)
        meetings = s.execute(
            select(Meeting.id, Meeting.date, Meeting.group_id).join(Group, Group.id == Meeting.group_id)
            .where(Meeting.deleted_at.is_(None), Group.deleted_at.is_(None), Meeting.status != "cancelled",
                   Meeting.date >= period.start, Meeting.date <= min(period.end, today),
                   *([Meeting.group_id == group_id] if group_id is not None else []))
            .order_by(Meeting.date, Meeting.id)).all()
        marks = {(m, seat): status for m, seat, status in s.execute(
            select(Attendance.meeting_id, Attendance.seat_id, Attendance.status)
            .where(Attendance.seat_id.is_not(None), Attendance.deleted_at.is_(None),
                   Attendance.meeting_id.in_([m.id for m in meetings]))).all()}
        holders = _holders(s, min(period.end, today))
        chairs = _chairs(s, min(period.end, today))
    by_group: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for meeting_id, day, gid in meetings:
        by_group[gid].append((meeting_id, day))
    grids = []
    for gid, group_seats in seats.items():
        held = by_group.get(gid)
        if not held:
            continue  # a group that did not meet has no grid: no empty columns
        rows = []
        for seat in group_seats:
            letters = tuple(LETTERS.get(marks.get((m, seat.id), "unmarked"), "?")
                            if (m, seat.id) in marks or seat.existed_on(day) else "" for m, day in held)
            if any(letters):
                rows.append(GridSeat(seat.label, seat.agency, holders.get(seat.id), seat.in_attendance, letters,
                                     None if seat.in_attendance else rates.get((seat.group, seat.label))))
        rows.sort(key=lambda r: r.in_attendance)  # members first, those in attendance after them
        grids.append(GroupGrid(group_seats[0].group, chairs.get(gid), tuple(day for _, day in held), tuple(rows)))
    return tuple(grids)


def _chairs(s: object, on: date) -> dict[int, str]:
    """Each group's chair on ``on``: the holder of its chair seat, with the
    seat's words ("Independent Chair") where they say more than "Chair"."""
    rows = s.execute(  # type: ignore[attr-defined]
        select(Seat.group_id, Seat.title, Person.name).join(SeatHolding, SeatHolding.seat_id == Seat.id)
        .join(Person, Person.id == SeatHolding.person_id)
        .where(Seat.role == "chair", Seat.deleted_at.is_(None), SeatHolding.from_date <= on,
               (SeatHolding.to_date.is_(None)) | (SeatHolding.to_date >= on))
        .order_by(Seat.position, SeatHolding.from_date)).all()
    chairs: dict[int, str] = {}
    for gid, title, name in rows:
        chairs.setdefault(gid, name if title.strip().casefold() == "chair" else f"{name}, {title}")
    return chairs
