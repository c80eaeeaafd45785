"""Boards, agencies, people, the tree of groups, seats and who held them.

Everything else in the demo refers to these by the keys the JSON uses
("svpp", "police", "alex_example"), so the builder returns an ``Org`` that
maps those keys to the ids just written and answers "who held this seat on
that day", which attendance and minutes need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safeguard_desktop.demo.content import DemoContent, as_date, real_entries
from safeguard_desktop.store.ops.record_batches import RecordBatch


@dataclass(frozen=True)
class PersonInfo:
    key: str
    id: int
    name: str
    job_title: str | None
    agency_key: str | None

    def label(self) -> str:
        return f"{self.name} ({self.job_title})" if self.job_title else self.name


@dataclass
class SeatInfo:
    key: str
    id: int
    title: str
    agency_key: str | None
    role: str
    voting: bool
    deputies_allowed: bool
    deputies: list[str] = field(default_factory=list)  # usual nominated deputies, if named
    holders: list[tuple[str, date, date | None]] = field(default_factory=list)


@dataclass
class GroupInfo:
    key: str
    id: int
    board_key: str
    name: str
    quorum_min_voting: int | None
    quorum_agencies: list[str]
    standing: list[dict[str, Any]]
    seats: list[SeatInfo] = field(default_factory=list)


@dataclass
class Org:
    """Keys from the JSON mapped to the records written for them."""

    boards: dict[str, int]
    agencies: dict[str, int]
    agency_names: dict[str, str]
    people: dict[str, PersonInfo]
    groups: dict[str, GroupInfo]
    deputies: dict[str, list[str]]

    def holder_on(self, seat: SeatInfo, day: date) -> PersonInfo | None:
        for person_key, start, end in seat.holders:
            if start <= day and (end is None or day <= end):
                return self.people[person_key]
        return None

    def agency_id(self, key: str | None) -> int | None:
        return self.agencies[key] if key else None

    def person_id(self, key: str | None) -> int | None:
        return self.people[key].id if key else None


def build_org(batch: RecordBatch, content: DemoContent) -> Org:
    """Write boards, agencies, people, groups, quorum rules, standing items,
    seats and seat holdings; return the key -> id maps."""
    source = content.organisation
    boards = source["boards"]
    board_ids = batch.add("boards", [{k: v for k, v in b.items() if k != "key"} for b in boards])
    board_map = {b["key"]: i for b, i in zip(boards, board_ids)}

    agencies = source["agencies"]
    agency_ids = batch.add("agencies", [{k: v for k, v in a.items() if k != "key"} for a in agencies])
    agency_map = {a["key"]: i for a, i in zip(agencies, agency_ids)}

    people = real_entries(source["people"])
    person_ids = batch.add("people", [
        {"name": p["name"], "job_title": p.get("job_title"),
         "agency_id": agency_map[p["agency"]] if p.get("agency") else None, "left_on": as_date(p.get("left_on"))}
        for p in people
    ])
    person_map = {p["key"]: PersonInfo(p["key"], i, p["name"], p.get("job_title"), p.get("agency"))
                  for p, i in zip(people, person_ids)}

    deputies = {k: v for k, v in source["deputies"].items() if not k.startswith("_comment")}
    org = Org(board_map, agency_map, {a["key"]: a["name"] for a in agencies}, person_map, {}, deputies)
    _build_groups(batch, content, org)
    return org


def _build_groups(batch: RecordBatch, content: DemoContent, org: Org) -> None:
    spec = content.groups
    groups = spec["groups"]
    standing_sets = {k: v for k, v in spec["standing_sets"].items() if not k.startswith("_")}
    # Parents before children: insert the tree one level at a time.
    pending = list(groups)
    while pending:
        level = [g for g in pending if g["parent"] is None or g["parent"] in org.groups]
        if not level:
            raise ValueError("groups.json: a group's parent does not exist")
        ids = batch.add("groups", [_group_row(g, org) for g in level])
        for g, group_id in zip(level, ids):
            org.groups[g["key"]] = GroupInfo(
                g["key"], group_id, g["board"], g["name"], g.get("quorum_min_voting"),
                list(g.get("quorum_agencies", [])), standing_sets.get(g.get("standing") or "", []))
        pending = [g for g in pending if g["key"] not in org.groups]

    batch.add("quorum_agencies", [
        {"group_id": org.groups[g["key"]].id, "agency_id": org.agencies[a]}
        for g in groups for a in g.get("quorum_agencies", [])
    ])
    batch.add("standing_items", [
        {"group_id": info.id, "position": s["position"], "title": s["title"], "purpose": s["purpose"],
         "role": s["role"]}
        for info in org.groups.values() for s in info.standing
    ])
    _build_seats(batch, groups, org)


def _group_row(g: dict[str, Any], org: Org) -> dict[str, Any]:
    return {
        "board_id": org.boards[g["board"]],
        "parent_id": org.groups[g["parent"]].id if g["parent"] else None,
        "name": g["name"], "kind": g["kind"], "cadence": g.get("cadence"), "purpose": g.get("purpose"),
        "position": g.get("position", 0), "quorum_min_voting": g.get("quorum_min_voting"),
        "active_from": as_date(g.get("active_from")), "active_to": as_date(g.get("active_to")),
    }


def _build_seats(batch: RecordBatch, groups: list[dict[str, Any]], org: Org) -> None:
    flat = [(g["key"], position, s) for g in groups for position, s in enumerate(g["seats"])]
    seat_ids = batch.add("seats", [
        {"group_id": org.groups[gkey].id, "agency_id": org.agency_id(s.get("agency")), "title": s["title"],
         "role": s.get("role", "member"), "voting": s.get("voting", True),
         "deputies_allowed": s.get("deputies_allowed", True), "position": position, "notes": s.get("notes")}
        for gkey, position, s in flat
    ])
    holdings: list[dict[str, Any]] = []
    for (gkey, _position, s), seat_id in zip(flat, seat_ids):
        info = SeatInfo(s["key"], seat_id, s["title"], s.get("agency"), s.get("role", "member"),
                        s.get("voting", True), s.get("deputies_allowed", True), list(s.get("deputies", [])))
        for holder in s["holders"]:
            start, end = as_date(holder["from"]), as_date(holder.get("to"))
            assert start is not None
            info.holders.append((holder["person"], start, end))
            holdings.append({"seat_id": seat_id, "person_id": org.people[holder["person"]].id,
                             "from_date": start, "to_date": end})
        org.groups[gkey].seats.append(info)
    batch.add("seat_holdings", holdings)
