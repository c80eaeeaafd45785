"""Boards, groups, agencies, people and seats."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from safeguard_desktop.store.models import Agency, Board, Group, Person, Seat, SeatHolding
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
        return tx.insert(Seat, group_id=group_id, title=title, **values).id


def appoint(ws: Workspace, *, seat_id: int, person_id: int, from_date: date) -> int:
    """``person`` holds ``seat`` from ``from_date``; whoever held it before
    stops holding it the day before. The seat keeps its history."""
    with ws.transaction() as tx:
        current = tx.session.scalars(
            select(SeatHolding).where(SeatHolding.seat_id == seat_id, SeatHolding.to_date.is_(None))
        ).all()
        for holding in current:
            tx.update(holding, "to_date", from_date)
        return tx.insert(SeatHolding, seat_id=seat_id, person_id=person_id, from_date=from_date).id
