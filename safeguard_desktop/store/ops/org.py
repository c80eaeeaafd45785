"""Boards, groups, agencies, people and seats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable

from sqlalchemy import func, select

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.audit import PendingEntry
from safeguard_desktop.store.models import Agency, Board, Group, Person, QuorumAgency, Seat, SeatHolding, StandingItem
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace


def create_board(ws: Workspace, *, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        board = tx.insert(Board, name=name, **values)
        tx.insert(Group, board_id=board.id, name=name, kind="board", position=0)
        return board.id


def create_group(ws: Workspace, *, board_id: int, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Group, board_id=board_id, name=name, **values).id


def create_agency(ws: Workspace, *, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Agency, name=name, **values).id


def create_person(ws: Workspace, *, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Person, name=name, **values).id


def create_seat(ws: Workspace, *, group_id: int, title: str, **values: Any) -> int:
    with ws.transaction() as tx:
        if "position" not in values:
            last = tx.session.execute(select(func.max(Seat.position)).where(Seat.group_id == group_id)).scalar()
            values["position"] = (last or 0) + 1
        return tx.insert(Seat, group_id=group_id, title=title, **values).id


def add_standing_item(ws: Workspace, *, group_id: int, title: str, role: str = "other", **values: Any) -> int:
    with ws.transaction() as tx:
        if "position" not in values:
            last = tx.session.execute(
                select(func.max(StandingItem.position)).where(StandingItem.group_id == group_id)).scalar()
            values["position"] = (last or 0) + 1
        return tx.insert(StandingItem, group_id=group_id, title=title, role=role, **values).id


def set_quorum_agencies(ws: Workspace, group_id: int, agency_ids: Iterable[int]) -> Change | None:
    """The agencies that must be represented for the group to be quorate.
    The link rows have no identity of their own, so the audit records the
    whole set as one field of the group; the old set is what undo puts back."""
    wanted = sorted(set(agency_ids))
    with ws.transaction() as tx:
        group = tx.get(Group, group_id)
        current = tx.session.scalars(select(QuorumAgency).where(QuorumAgency.group_id == group_id)).all()
        old = sorted(link.agency_id for link in current)
        if old == wanted:
            return None
        for link in current:
            if link.agency_id not in wanted:
                tx.session.delete(link)
        for agency_id in set(wanted) - set(old):
            tx.session.add(QuorumAgency(group_id=group_id, agency_id=agency_id))
        tx.audit.write([PendingEntry("update", Group.__tablename__, group.uuid, "required_agencies", old, wanted)])
        change = Change(Group.__tablename__, group.id, group.uuid, "required_agencies", old, wanted)
        tx.changes.append(change)
        return change


def quorum_agency_ids(ws: Workspace, group_id: int) -> set[int]:
    with ws.session() as s:
        return set(s.scalars(select(QuorumAgency.agency_id).where(QuorumAgency.group_id == group_id)))


@dataclass(frozen=True)
class Appointment:
    """What appointing did: the new holding, and the holdings it closed
    (the day before it began), which are all that undo opens again."""

    holding_id: int
    closed: tuple[int, ...]


def appoint(ws: Workspace, *, seat_id: int, person_id: int, from_date: date) -> Appointment:
    """``person`` holds ``seat`` from ``from_date``; whoever held it before
    stops holding it the day before. The seat keeps its history."""
    with ws.transaction() as tx:
        current = tx.session.scalars(
            select(SeatHolding).where(SeatHolding.seat_id == seat_id, SeatHolding.to_date.is_(None))
        ).all()
        for holding in current:
            if holding.from_date >= from_date:
                raise UserError("The new holder must start after the current holder started.")
            tx.update(holding, "to_date", from_date - timedelta(days=1))
        holding_id = tx.insert(SeatHolding, seat_id=seat_id, person_id=person_id, from_date=from_date).id
        return Appointment(holding_id, tuple(h.id for h in current))


def end_holding(ws: Workspace, *, seat_id: int, to_date: date) -> Change | None:
    """The holder leaves; the seat stays, vacant, with its history."""
    with ws.transaction() as tx:
        holding = tx.session.scalars(
            select(SeatHolding).where(SeatHolding.seat_id == seat_id, SeatHolding.to_date.is_(None))
        ).first()
        if holding is None:
            return None
        if to_date < holding.from_date:
            raise UserError("A holding cannot end before it starts.")
        return tx.update(holding, "to_date", to_date)


def unappoint(ws: Workspace, appointment: Appointment) -> list[Change]:
    """Undo of an appointment: the holding goes, and the holdings it closed
    are open again; a holder who had left before it stays gone."""
    with ws.transaction() as tx:
        changes = [tx.delete(tx.get(SeatHolding, appointment.holding_id))]
        for holding_id in appointment.closed:
            if (change := tx.update(tx.get(SeatHolding, holding_id), "to_date", None)) is not None:
                changes.append(change)
        return changes


def reopen_holding(ws: Workspace, *, seat_id: int) -> Change | None:
    """Undo of a holder leaving: the seat's latest holding is open again."""
    with ws.transaction() as tx:
        latest = tx.session.scalars(
            select(SeatHolding).where(SeatHolding.seat_id == seat_id).order_by(SeatHolding.from_date.desc())
        ).first()
        return tx.update(latest, "to_date", None) if latest is not None else None
