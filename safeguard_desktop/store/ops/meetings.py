"""Meetings, their agenda, the attendance register and the minutes.

The minutes of a meeting live through draft -> agreed (as a true record, at a
later meeting's "minutes of the last meeting" item) -> locked. Locked minutes
refuse every edit to the record of that meeting (agenda, register, minutes,
actions arising) until someone re-opens them, which the audit trail shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence

from sqlalchemy import select

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Minute,
    Person,
    Seat,
    SeatHolding,
    StandingItem,
)
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

MINUTE_FIELDS = ("context", "key_issues", "discussion", "decision")
MEETING_STATUSES = ("scheduled", "held", "cancelled")
SEAT_STATUSES = ("present", "deputy", "apologies", "absent", "unmarked")
# Fields of a register line a view may set directly; status has its own
# operation because it also fills in who held the seat on the day.
LINE_FIELDS = frozenset({"deputy_name", "arrived_at_item_id", "left_at_item_id", "note", "name", "agency_id"})
AGENDA_FIELDS = frozenset({"number", "title", "presenter", "purpose", "paper_ref", "confidential"})


class MinutesLockedError(UserError):
    """An edit to the record of a meeting whose minutes are locked."""


# -- meetings ------------------------------------------------------------

def schedule_meeting(ws: Workspace, *, group_id: int, on: date, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Meeting, group_id=group_id, date=on, **values).id


def set_meeting_status(ws: Workspace, meeting_id: int, status: str) -> Change | None:
    """Scheduled, held or cancelled. Whether a meeting was held is part of
    its record, so locked minutes refuse it too."""
    if status not in MEETING_STATUSES:
        raise ValueError(f"unknown meeting status {status!r}")
    with ws.transaction() as tx:
        return tx.update(open_meeting(tx, meeting_id), "status", status)


def set_meeting_confidential(ws: Workspace, meeting_id: int, confidential: bool) -> Change | None:
    """Whether the meeting itself is confidential (named after a closed
    item, say): public papers and the calendar then leave it out. This is
    about who may read the record, not the record, so locked minutes allow it."""
    with ws.transaction() as tx:
        return tx.update(tx.get(Meeting, meeting_id), "confidential", bool(confidential))


def open_meeting(tx: Tx, meeting_id: int) -> Meeting:
    """The meeting, if its record may still be changed."""
    meeting = tx.get(Meeting, meeting_id)
    if meeting.minutes_status == "locked":
        raise MinutesLockedError(
            f"The minutes of the meeting of {meeting.date:%d %B %Y} are locked. "
            "Re-open them (Meeting › Re-open minutes…) to change the record; the re-opening is audited."
        )
    return meeting


# -- agenda --------------------------------------------------------------

def add_agenda_item(ws: Workspace, *, meeting_id: int, title: str, index: int | None = None,
                    **values: Any) -> int:
    """A new item at ``index`` (0-based) or at the end; items are renumbered."""
    with ws.transaction() as tx:
        open_meeting(tx, meeting_id)
        item = tx.insert(AgendaItem, meeting_id=meeting_id, title=title, position=_end_position(tx, meeting_id),
                         **values)
        if index is not None:
            _place(tx, meeting_id, item.id, index)
        elif "number" not in values:
            _renumber(tx, meeting_id)
        return item.id


def set_agenda_field(ws: Workspace, item_id: int, field: str, value: Any) -> Change | None:
    if field not in AGENDA_FIELDS:
        raise KeyError(f"agenda item field {field} cannot be set here")
    with ws.transaction() as tx:
        item = tx.get(AgendaItem, item_id)
        open_meeting(tx, item.meeting_id)
        return tx.update(item, field, value)


def move_agenda_item(ws: Workspace, item_id: int, index: int) -> int:
    """Put the item at ``index`` of its agenda and renumber; returns the index
    it had, which is what undo moves it back to."""
    with ws.transaction() as tx:
        item = tx.get(AgendaItem, item_id)
        open_meeting(tx, item.meeting_id)
        return _place(tx, item.meeting_id, item_id, index)


def remove_agenda_items(ws: Workspace, item_ids: Sequence[int]) -> list[Change]:
    with ws.transaction() as tx:
        return _set_deleted(tx, item_ids, deleted=True)


def restore_agenda_items(ws: Workspace, item_ids: Sequence[int]) -> list[Change]:
    with ws.transaction() as tx:
        return _set_deleted(tx, item_ids, deleted=False)


def start_agenda_from_standing_items(ws: Workspace, meeting_id: int) -> list[int]:
    """Put the group's standing items at the top of the agenda. The "minutes
    of the last meeting" item points at the group's previous meeting, so that
    agreeing it there records which minutes were agreed."""
    with ws.transaction() as tx:
        meeting = open_meeting(tx, meeting_id)
        standing = tx.session.scalars(
            select(StandingItem).where(StandingItem.group_id == meeting.group_id, StandingItem.deleted_at.is_(None))
            .order_by(StandingItem.position, StandingItem.id)
        ).all()
        previous = previous_meeting_id(tx, meeting)
        ids = []
        for offset, standing_item in enumerate(standing):
            item = tx.insert(AgendaItem, meeting_id=meeting_id, title=standing_item.title,
                             purpose=standing_item.purpose, role=standing_item.role,
                             position=_end_position(tx, meeting_id),
                             agrees_minutes_of_id=previous if standing_item.role == "previous_minutes" else None)
            _place(tx, meeting_id, item.id, offset)
            ids.append(item.id)
        return ids


def previous_meeting_id(tx: Tx, meeting: Meeting) -> int | None:
    """The group's last meeting before this one that was not cancelled."""
    return tx.session.execute(
        select(Meeting.id).where(Meeting.group_id == meeting.group_id, Meeting.date < meeting.date,
                                 Meeting.status != "cancelled", Meeting.deleted_at.is_(None))
        .order_by(Meeting.date.desc(), Meeting.id.desc()).limit(1)
    ).scalar_one_or_none()


def _items(tx: Tx, meeting_id: int) -> list[AgendaItem]:
    return list(tx.session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
        .order_by(AgendaItem.position, AgendaItem.id)
    ))


def _end_position(tx: Tx, meeting_id: int) -> float:
    items = _items(tx, meeting_id)
    return items[-1].position + 1.0 if items else 1.0


def _place(tx: Tx, meeting_id: int, item_id: int, index: int) -> int:
    items = _items(tx, meeting_id)
    old_index = next(i for i, item in enumerate(items) if item.id == item_id)
    moving = items.pop(old_index)
    items.insert(max(0, min(index, len(items))), moving)
    for i, item in enumerate(items):
        tx.update(item, "position", float(i + 1))
    _renumber(tx, meeting_id)
    return old_index


def _renumber(tx: Tx, meeting_id: int) -> None:
    # Agenda numbers follow the order: boards print "1, 2, 3", and a number
    # typed by hand would be wrong the moment an item moves.
    for i, item in enumerate(_items(tx, meeting_id)):
        tx.update(item, "number", str(i + 1))


def _set_deleted(tx: Tx, item_ids: Sequence[int], *, deleted: bool) -> list[Change]:
    changes: list[Change] = []
    meetings = set()
    for item_id in item_ids:
        item = tx.get(AgendaItem, item_id)
        open_meeting(tx, item.meeting_id)
        change = tx.soft_delete(item) if deleted else tx.restore(item)
        changes += [change] if change else []
        meetings.add(item.meeting_id)
    for meeting_id in meetings:
        _renumber(tx, meeting_id)
    return changes


# -- the register --------------------------------------------------------

def mark_attendance(ws: Workspace, *, meeting_id: int, seat_id: int, status: str,
                    deputy_name: str | None = None, **values: Any) -> list[Change]:
    """Set a seat's line of the register, creating it on first mark with
    who held the seat on the day. A deputy's name only means something
    while the seat is marked "deputy", so other marks clear it."""
    if status not in SEAT_STATUSES:
        raise ValueError(f"unknown attendance status {status!r}")
    with ws.transaction() as tx:
        return apply_mark(tx, meeting_id, seat_id, status, deputy_name, **values)


def apply_mark(tx: Tx, meeting_id: int, seat_id: int, status: str, deputy_name: str | None = None,
               **values: Any) -> list[Change]:
    meeting = open_meeting(tx, meeting_id)
    fields = {"status": status, "deputy_name": deputy_name if status == "deputy" else None, **values}
    line = tx.session.execute(
        select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.seat_id == seat_id)
    ).scalar_one_or_none()
    if line is None:
        start = len(tx.changes)
        seat = tx.get(Seat, seat_id)
        holder = holder_on(tx, seat_id, meeting.date)
        fields.setdefault("agency_id", seat.agency_id)
        if holder is not None:
            fields.setdefault("person_id", holder.id)
            fields.setdefault("name", holder.name)
        tx.insert(Attendance, meeting_id=meeting_id, seat_id=seat_id, **fields)
        return tx.changes[start:]
    return tx.update_many(line, fields)


def holder_on(tx: Tx, seat_id: int, on: date) -> Person | None:
    return tx.session.scalars(
        select(Person).join(SeatHolding, SeatHolding.person_id == Person.id)
        .where(SeatHolding.seat_id == seat_id, SeatHolding.from_date <= on,
               (SeatHolding.to_date.is_(None)) | (SeatHolding.to_date >= on))
        .order_by(SeatHolding.from_date.desc()).limit(1)
    ).first()


def set_line_field(ws: Workspace, line_id: int, field: str, value: Any) -> Change | None:
    """Late arrival, early leaving, a deputy's name, a note."""
    if field not in LINE_FIELDS:
        raise KeyError(f"register field {field} cannot be set here")
    with ws.transaction() as tx:
        line = tx.get(Attendance, line_id)
        open_meeting(tx, line.meeting_id)
        return tx.update(line, field, value)


def add_guest(ws: Workspace, *, meeting_id: int, name: str, **values: Any) -> int:
    """Someone "in attendance": an officer presenting an item, a guest."""
    name = name.strip()
    if not name:
        raise UserError("Type the name of the person in attendance.")
    with ws.transaction() as tx:
        open_meeting(tx, meeting_id)
        return tx.insert(Attendance, meeting_id=meeting_id, name=name, status="in_attendance", **values).id


def remove_guest(ws: Workspace, line_id: int) -> Change | None:
    with ws.transaction() as tx:
        line = tx.get(Attendance, line_id)
        open_meeting(tx, line.meeting_id)
        return tx.soft_delete(line)


def restore_guest(ws: Workspace, line_id: int) -> Change | None:
    with ws.transaction() as tx:
        line = tx.get(Attendance, line_id)
        open_meeting(tx, line.meeting_id)
        return tx.restore(line)


# -- minutes -------------------------------------------------------------

def write_minute(ws: Workspace, *, agenda_item_id: int, field: str, text: str | None) -> Change | None:
    """One part (context, key_issues, discussion, decision) of an item's minutes."""
    if field not in MINUTE_FIELDS:
        raise KeyError(f"minutes have no part called {field}")
    with ws.transaction() as tx:
        item = tx.get(AgendaItem, agenda_item_id)
        open_meeting(tx, item.meeting_id)
        minute = tx.session.execute(
            select(Minute).where(Minute.agenda_item_id == agenda_item_id)
        ).scalar_one_or_none()
        if minute is None:
            minute = tx.insert(Minute, agenda_item_id=agenda_item_id)
        return tx.update(minute, field, text or None)


def agree_minutes(ws: Workspace, *, meeting_id: int, at_item_id: int) -> list[Change]:
    """The minutes of ``meeting_id`` were agreed as a true record at agenda
    item ``at_item_id`` of a later meeting of the same group."""
    with ws.transaction() as tx:
        meeting = open_meeting(tx, meeting_id)
        item = tx.get(AgendaItem, at_item_id)
        at_meeting = tx.get(Meeting, item.meeting_id)
        if at_meeting.group_id != meeting.group_id or at_meeting.date <= meeting.date:
            raise UserError("Minutes are agreed at a later meeting of the same group.")
        changes = tx.update_many(meeting, {"minutes_status": "agreed", "agreed_at_meeting_id": at_meeting.id})
        change = tx.update(item, "agrees_minutes_of_id", meeting_id)
        return changes + ([change] if change else [])


def withdraw_agreement(ws: Workspace, meeting_id: int) -> list[Change]:
    """Undo of agreeing: the minutes go back to draft."""
    with ws.transaction() as tx:
        meeting = open_meeting(tx, meeting_id)
        return tx.update_many(meeting, {"minutes_status": "draft", "agreed_at_meeting_id": None})


def lock_minutes(ws: Workspace, meeting_id: int) -> Change | None:
    with ws.transaction() as tx:
        meeting = tx.get(Meeting, meeting_id)
        if meeting.minutes_status != "agreed":
            raise UserError("Only minutes agreed as a true record can be locked.")
        return tx.update(meeting, "minutes_status", "locked")


def reopen_minutes(ws: Workspace, meeting_id: int, reason: str) -> Change | None:
    """Unlock the record for a correction. The reason goes into the audit
    trail as its own event, so the trail says why the record changed."""
    reason = reason.strip()
    if not reason:
        raise UserError("Say why the minutes are being re-opened; the reason is kept in the audit trail.")
    with ws.transaction("re-open minutes") as tx:
        meeting = tx.get(Meeting, meeting_id)
        if meeting.minutes_status != "locked":
            raise UserError("These minutes are not locked.")
        tx.event("meetings", meeting.uuid, "minutes re-opened", {"reason": reason})
        return tx.update(meeting, "minutes_status", "agreed")
