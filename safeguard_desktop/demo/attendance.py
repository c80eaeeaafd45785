"""The register of each demo meeting: a line for every seat, and guests.

A real register is mostly "present", with deputies, apologies and the odd
unexplained absence. The mix is drawn from a random generator seeded with the
meeting's key, so it is the same on every build; the JSON then overrides
single lines to tell the story (a seat absent three meetings running, a late
arrival, an early leaver), or sets a default status to write a register out
in full.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Any

from safeguard_desktop.demo.org import GroupInfo, Org, PersonInfo, SeatInfo

ATTENDED = ("present", "deputy")


@dataclass
class Line:
    """One line of the register before it is written."""

    seat: SeatInfo | None
    person: PersonInfo | None
    name: str | None
    agency_key: str | None
    status: str
    deputy_name: str | None = None
    arrived_at: str | None = None  # agenda item number
    left_at: str | None = None
    note: str | None = None


def register(org: Org, group: GroupInfo, spec: dict[str, Any], day: date) -> list[Line]:
    """Every seat of ``group`` marked for the meeting ``spec``, then guests."""
    rng = random.Random(spec["key"])
    overrides: dict[str, dict[str, Any]] = spec.get("attendance", {})
    lines: list[Line] = []
    first_line: dict[str, Line] = {}  # a person holding two seats is there for both, or neither
    used: set[str] = set()  # one deputy stands in for one seat at a time
    for seat in group.seats:
        holder = org.holder_on(seat, day)
        status = _draw(rng, seat, seat.agency_key in group.quorum_agencies)
        status = spec.get("attendance_default") or status  # a register written out in full
        pool = seat.deputies or org.deputies.get(seat.agency_key or "", org.deputies["_default"])
        choice = rng.choice(pool)
        override = overrides.get(seat.key, {})
        if override:
            status = override["status"]
        elif holder is not None and holder.key in first_line:
            status = first_line[holder.key].status
        line = Line(seat, holder, holder.name if holder else None, seat.agency_key, status,
                    arrived_at=override.get("arrived_at"), left_at=override.get("left_at"), note=override.get("note"))
        if status == "deputy":
            free = [name for name in pool if name not in used]
            line.deputy_name = override.get("deputy") or (choice if choice not in used else (free or pool)[0])
            used.add(line.deputy_name)
        if status == "apologies" and line.note is None:
            line.note = "Apologies sent in advance"
        if holder is not None:
            first_line.setdefault(holder.key, line)
        lines.append(line)
    for guest in spec.get("guests", []):
        person = org.people[guest["person"]] if guest.get("person") else None
        lines.append(Line(None, person, person.name if person else guest["name"],
                          guest.get("agency") or (person.agency_key if person else None),
                          "in_attendance", note=guest.get("note")))
    return lines


def _draw(rng: random.Random, seat: SeatInfo, statutory: bool) -> str:
    roll = rng.random()  # drawn for every seat so one override never shifts the others
    if seat.role in ("chair", "secretariat"):
        return "present"
    if statutory:
        return "present" if roll < 0.75 or not seat.deputies_allowed else "deputy"
    if roll < 0.70:
        return "present"
    if roll < 0.82:
        return "deputy" if seat.deputies_allowed else "apologies"
    return "apologies" if roll < 0.96 else "absent"


def quorate(group: GroupInfo, lines: list[Line]) -> tuple[bool, str]:
    """Whether enough voting seats, and every required agency, were there."""
    there = [ln for ln in lines if ln.seat is not None and ln.status in ATTENDED]
    voting = sum(1 for ln in there if ln.seat is not None and ln.seat.voting)
    missing = [a for a in group.quorum_agencies if not any(ln.agency_key == a for ln in there)]
    needed = group.quorum_min_voting or 0
    if voting >= needed and not missing:
        return True, f"The meeting was quorate ({voting} voting members present or represented)."
    reasons = []
    if voting < needed:
        reasons.append(f"{voting} voting members present or represented, {needed} needed")
    if missing:
        reasons.append("no one from a required agency")
    return False, "The meeting was not quorate (" + "; ".join(reasons) + "): items were taken for information only."


def apologies_minute(org: Org, group: GroupInfo, lines: list[Line]) -> dict[str, str | None]:
    """The minute of the apologies item, written from the register."""

    def who(status: str) -> list[str]:
        # One entry per person: a person holding two seats is named once.
        names: dict[str, list[str]] = {}
        for ln in lines:
            if ln.status == status:
                agency = org.agency_names.get(ln.agency_key or "")
                names.setdefault(ln.name or "", [])
                if agency and agency not in names[ln.name or ""]:
                    names[ln.name or ""].append(agency)
        return [f"{name} ({' and '.join(agencies)})" if agencies else name for name, agencies in names.items()]

    parts = []
    apologies = who("apologies")
    absent = who("absent")
    deputies = [f"{ln.deputy_name} for {ln.name}" for ln in lines if ln.status == "deputy"]
    guests = [f"{ln.name}" + (f": {ln.note}" if ln.note else "") for ln in lines if ln.status == "in_attendance"]
    parts.append("Apologies: " + ("; ".join(apologies) if apologies else "none") + ".")
    if deputies:
        parts.append("Nominated deputies: " + "; ".join(deputies) + ".")
    if absent:
        parts.append("Not present, no apologies received: " + "; ".join(absent) + ".")
    if guests:
        parts.append("In attendance: " + "; ".join(guests) + ".")
    _, quorum_text = quorate(group, lines)
    return {"context": "\n".join(parts), "decision": quorum_text}
