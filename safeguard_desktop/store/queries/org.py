"""The organisation as the People & agencies page shows it: the tree of
groups with their quorum rules, and each group's seats with who held them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from safeguard_desktop.store.models import Agency, Board, Group, Person, QuorumAgency, Seat, SeatHolding, StandingItem
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
    purpose: str | None = None
    duties: str | None = None
    active_to: date | None = None

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
    in_attendance: bool = False  # at the table, not a member: out of rates and quorum
    retired_on: date | None = None
    notes: str | None = None

    def holder_on(self, day: date) -> Holding | None:
        return next((h for h in self.holders if h.from_date <= day and (h.to_date is None or h.to_date >= day)), None)


def group_tree(ws: Workspace) -> list[GroupNode]:
    """Every live group, parents before their children, siblings in order."""
    with ws.session() as s:
        required: dict[int, list[str]] = defaultdict(list)
        for group_id, name in s.execute(select(QuorumAgency.group_id, Agency.name)
                                        .join(Agency, Agency.id == QuorumAgency.agency_id).order_by(Agency.name)):
            required[group_id].append(name)
        # Members only: a retired seat or one "in attendance" does not count towards quorum.
        live_seat = ((Seat.group_id == Group.id) & Seat.deleted_at.is_(None) & Seat.retired_on.is_(None)
                     & Seat.in_attendance.is_(False))
        rows = s.execute(
            select(Group.id, Group.board_id, Group.parent_id, Group.name, Group.kind, Group.cadence,
                   Group.quorum_min_voting, func.count(Seat.id), func.count(Seat.id).filter(Seat.voting.is_(True)),
                   Group.purpose, Group.duties, Group.active_to)
            .outerjoin(Seat, live_seat).where(Group.deleted_at.is_(None))
            .group_by(Group.id).order_by(Group.position, Group.name)
        ).all()
    nodes = [GroupNode(gid, board, parent, name, kind, cadence, quorum, tuple(required[gid]), seats, voting,
                       purpose, duties, active_to)
             for gid, board, parent, name, kind, cadence, quorum, seats, voting, purpose, duties, active_to in rows]
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
            select(Seat.id, Seat.title, Seat.agency_id, Agency.name, Seat.role, Seat.voting, Seat.deputies_allowed,
                   Seat.in_attendance, Seat.retired_on, Seat.notes)
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
    return [SeatDetail(*row[:7], holders=tuple(holdings[row[0]]), in_attendance=bool(row[7]), retired_on=row[8],
                       notes=row[9]) for row in seats]


@dataclass(frozen=True)
class PersonDetail:
    id: int
    name: str
    job_title: str | None
    agency_id: int | None
    agency: str | None
    email: str | None
    left_on: date | None


@dataclass(frozen=True)
class AgencyDetail:
    id: int
    name: str
    short_name: str | None
    sector: str
    statutory_partner: bool
    retired_on: date | None


@dataclass(frozen=True)
class StandingItemRow:
    id: int
    position: int
    title: str
    purpose: str | None
    role: str


def people_rows(ws: Workspace) -> list[PersonDetail]:
    """Every live person, leavers too (marked by ``left_on``), by name."""
    with ws.session() as s:
        return [PersonDetail(*row) for row in s.execute(
            select(Person.id, Person.name, Person.job_title, Person.agency_id, Agency.name, Person.email,
                   Person.left_on)
            .outerjoin(Agency, Agency.id == Person.agency_id).where(Person.deleted_at.is_(None))
            .order_by(func.lower(Person.name), Person.id))]


def agency_rows(ws: Workspace) -> list[AgencyDetail]:
    with ws.session() as s:
        return [AgencyDetail(*row) for row in s.execute(
            select(Agency.id, Agency.name, Agency.short_name, Agency.sector, Agency.statutory_partner,
                   Agency.retired_on)
            .where(Agency.deleted_at.is_(None)).order_by(func.lower(Agency.name), Agency.id))]


def standing_items(ws: Workspace, group_id: int) -> list[StandingItemRow]:
    """The items every agenda of the group starts with, in order."""
    with ws.session() as s:
        return [StandingItemRow(*row) for row in s.execute(
            select(StandingItem.id, StandingItem.position, StandingItem.title, StandingItem.purpose,
                   StandingItem.role)
            .where(StandingItem.group_id == group_id, StandingItem.deleted_at.is_(None))
            .order_by(StandingItem.position, StandingItem.id))]


@dataclass(frozen=True)
class MembershipDocument:
    """A group's terms of reference and its seats in use on ``on``: the
    membership paper. It holds nothing confidential and no contact details."""

    board: str
    group: GroupNode
    seats: tuple[SeatDetail, ...]  # live, not retired by ``on``
    on: date
    public: bool = False
    withheld: int = 0


def membership_document(ws: Workspace, group_id: int, on: date, public: bool = False) -> MembershipDocument:
    node = next((n for n in group_tree(ws) if n.id == group_id), None)
    if node is None:
        raise LookupError(f"no group {group_id}")
    with ws.session() as s:
        board = s.scalar(select(Board.name).where(Board.id == node.board_id)) or ""
    seats = tuple(seat for seat in group_seats(ws, group_id) if seat.retired_on is None or seat.retired_on >= on)
    return MembershipDocument(board, node, seats, on, public)
