"""Meetings, agenda items, the register and minutes."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from safeguard_desktop.store.models import AgendaItem, Attendance, Meeting, Minute
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace


def schedule_meeting(ws: Workspace, *, group_id: int, on: date, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Meeting, group_id=group_id, date=on, **values).id


def add_agenda_item(ws: Workspace, *, meeting_id: int, title: str, **values: Any) -> int:
    with ws.transaction() as tx:
        if "position" not in values:
            last = tx.session.execute(
                select(AgendaItem.position).where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position.desc()).limit(1)
            ).scalar()
            values["position"] = (last or 0.0) + 1.0
        return tx.insert(AgendaItem, meeting_id=meeting_id, title=title, **values).id


def mark_attendance(ws: Workspace, *, meeting_id: int, seat_id: int, status: str, **values: Any) -> list[Change]:
    """Set a seat's line of the register, creating it on first mark."""
    with ws.transaction() as tx:
        line = tx.session.execute(
            select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.seat_id == seat_id)
        ).scalar_one_or_none()
        if line is None:
            line = tx.insert(Attendance, meeting_id=meeting_id, seat_id=seat_id, status=status, **values)
            return list(tx.changes)
        return tx.update_many(line, {"status": status, **values})


def write_minute(ws: Workspace, *, agenda_item_id: int, field: str, text: str | None) -> Change | None:
    """One part (context, key_issues, discussion, decision) of an item's minutes."""
    with ws.transaction() as tx:
        minute = tx.session.execute(
            select(Minute).where(Minute.agenda_item_id == agenda_item_id)
        ).scalar_one_or_none()
        if minute is None:
            minute = tx.insert(Minute, agenda_item_id=agenda_item_id)
        return tx.update(minute, field, text)
