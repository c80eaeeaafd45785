"""The organisation as the People & agencies page shows it: the tree of
groups with their quorum rules, and each group's seats with who held them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from safeguard_desktop.store.models import Agency, Group, Person, QuorumAgency, Seat, SeatHolding
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class GroupNode:
    id: int
    board_id: int
    parent_id: int | None
    name: str
    kind: str
    cadence: str | None
    quorum_min_voting: int | None
    required_agencies: tuple[str, ...]
    seats: int
    voting_seats: int

    @property
    def quorum_text(self) -> str:
        count = (f"{self.quorum_min_voting} of {self.voting_seats} voting seats" if self.quorum_min_voting
                 else f"a majority of {self.voting_seats} voting seats")
        required = f"; {', '.join(self.required_agencies)} must be there" if self.required_agencies else ""
        return count + required


@dataclass(frozen=True)
class Holding:
    person_id: int
    person: str
    from_date: date
    to_date: date | None


@dataclass(frozen=True)
class SeatDetail:
    id: int
    title: str
    agency_id: int | None
    agency: str | None
    role: str
    voting: bool
    deputies_allowed: bool
    holders: tuple[Holding, ...]  # newest first

    def holder_on(self, day: date) -> Holding | None:
        return next((h for h in self.holders if h.from_date <= day and (h.to_date is None or h.to_date >= day)), None)


def group_tree(ws: Workspace) -> list[GroupNode]:
    """Every live group, parents before their children, siblings in order."""
    with ws.session() as s:
        required: dict[int, list[str]] = defaultdict(list)
        for group_id, name in s.execute(select(QuorumAgency.group_id, Agency.name)
                                        .join(Agency, Agency.id == QuorumAgency.agency_id).order_by(Agency.name)):
            required[group_id].append(name)
        live_seat = (Seat.group_id == Group.id) & Seat.deleted_at.is_(None)
        rows = s.execute(
            select(Group.id, Group.board_id, Group.parent_id, Group.name, Group.kind, Group.cadence,
                   Group.quorum_min_voting, func.count(Seat.id), func.count(Seat.id).filter(Seat.voting.is_(True)))
            .outerjoin(Seat, live_seat).where(Group.deleted_at.is_(None))
            .group_by(Group.id).order_by(Group.position, Group.name)
        ).all()
    nodes = [GroupNode(gid, board, parent, name, kind, cadence, quorum, tuple(required[gid]), seats, voting)
             for gid, board, parent, name, kind, cadence, quorum, seats, voting in rows]
    children: dict[int | None, list[GroupNode]] = defaultdict(list)
    known = {n.id for n in nodes}
    for node in nodes:
        children[node.parent_id if node.parent_id in known else None].append(node)
    ordered: list[GroupNode] = []

    def walk(parent: int | None) -> None:
        for node in children[parent]:
            ordered.append(node)
            walk(node.id)

    walk(None)
    return ordered


def group_seats(ws: Workspace, group_id: int) -> list[SeatDetail]:
    with ws.session() as s:
        seats = s.execute(
            select(Seat.id, Seat.title, Seat.agency_id, Agency.name, Seat.role, Seat.voting, Seat.deputies_allowed)
            .outerjoin(Agency, Agency.id == Seat.agency_id)
            .where(Seat.group_id == group_id, Seat.deleted_at.is_(None)).order_by(Seat.position, Seat.id)
        ).all()
        holdings: dict[int, list[Holding]] = defaultdict(list)
        for seat_id, person_id, name, start, end in s.execute(
            select(SeatHolding.seat_id, Person.id, Person.name, SeatHolding.from_date, SeatHolding.to_date)
            .join(Person, Person.id == SeatHolding.person_id).join(Seat, Seat.id == SeatHolding.seat_id)
            .where(Seat.group_id == group_id).order_by(SeatHolding.from_date.desc())
        ):
            holdings[seat_id].append(Holding(person_id, name, start, end))
    return [SeatDetail(*row, holders=tuple(holdings[row[0]])) for row in seats]
