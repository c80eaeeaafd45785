"""A small workspace for the sync tests, built once and copied by bytes:
two copies of it are two laptops that parted at the same point."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Action, AgendaItem, Attendance, Meeting, Minute, Seat
from safeguard_desktop.store.ops.meetings import add_agenda_item, schedule_meeting
from safeguard_desktop.store.ops.org import create_agency, create_group, create_seat
from safeguard_desktop.store.ops.plans import add_actions, create_plan
from safeguard_desktop.store.workspace import Workspace, create_workspace, open_workspace


@dataclass(frozen=True)
class Small:
    path: Path
    actions: tuple[str, ...]  # uuids
    items: tuple[str, ...]
    seats: tuple[str, ...]
    meeting: str


def build_small(folder: Path) -> Small:
    path = folder / "small.sqlite"
    with create_workspace(path, board_name="Sync Test Board") as ws:
        board_id = 1
        group_id = create_group(ws, board_id=board_id, name="Board", kind="board")
        agency_id = create_agency(ws, name="Council")
        seat_ids = [create_seat(ws, group_id=group_id, title=f"Seat {n}", agency_id=agency_id) for n in (1, 2)]
        plan_id = create_plan(ws, board_id=board_id, title="Business plan 2026-27")
        add_actions(ws, [{"plan_id": plan_id, "number": str(n), "want": f"Want {n}", "position": float(n)}
                         for n in (1, 2, 3)])
        meeting_id = schedule_meeting(ws, group_id=group_id, on=date(2026, 12, 1))
        for title in ("Apologies", "Minutes of the last meeting"):
            add_agenda_item(ws, meeting_id=meeting_id, title=title)
        with ws.session() as s:
            actions = tuple(s.scalars(select(Action.uuid).order_by(Action.id)))
            items = tuple(s.scalars(select(AgendaItem.uuid).order_by(AgendaItem.id)))
            seats = tuple(s.scalars(select(Seat.uuid).where(Seat.id.in_(seat_ids)).order_by(Seat.id)))
            meeting = s.scalar(select(Meeting.uuid))
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Small(path, actions, items, seats, meeting or "")


def copy_pair(small: Small, folder: Path) -> tuple[Path, Path]:
    a, b = folder / "office.sqlite", folder / "laptop.sqlite"
    shutil.copyfile(small.path, a)
    shutil.copyfile(small.path, b)
    return a, b


def open_ws(path: Path) -> Workspace:
    return open_workspace(path, backup_on_open=False)


def record_id(ws: Workspace, model: type, uuid: str) -> int:
    with ws.session() as s:
        return s.scalar(select(model.id).where(model.uuid == uuid))  # type: ignore[attr-defined]


def value(path: Path, model: type, uuid: str, field: str) -> Any:
    with open_workspace(path, read_only=True, backup_on_open=False) as ws, ws.session() as s:
        return s.scalar(select(getattr(model, field)).where(model.uuid == uuid))  # type: ignore[attr-defined]


def problems(path: Path) -> list[str]:
    return [str(p) for p in check_workspace(path)]


def attendance_status(path: Path, meeting: str, seat: str) -> list[str]:
    with open_workspace(path, read_only=True, backup_on_open=False) as ws, ws.session() as s:
        return list(s.scalars(select(Attendance.status).join(Meeting, Meeting.id == Attendance.meeting_id)
                              .join(Seat, Seat.id == Attendance.seat_id)
                              .where(Meeting.uuid == meeting, Seat.uuid == seat)))


def minute_text(path: Path, item: str, field: str) -> list[Any]:
    with open_workspace(path, read_only=True, backup_on_open=False) as ws, ws.session() as s:
        return list(s.scalars(select(getattr(Minute, field)).join(AgendaItem, AgendaItem.id == Minute.agenda_item_id)
                              .where(AgendaItem.uuid == item)))
